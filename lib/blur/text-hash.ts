/**
 * A short fingerprint of a block's text, white space ignored (FNV-1a, 32 bits). A
 * block the survivor chose to show stays shown when the page renders it again as a
 * new element with the same words. Kept in memory for the page's life only: never
 * stored, never written into the page.
 */
export function textFingerprint(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Skip white space (space, tab, line breaks, no-break space).
    if (code === 32 || (code >= 9 && code <= 13) || code === 160) continue;
    hash ^= code;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
