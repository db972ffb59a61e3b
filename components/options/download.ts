/**
 * Saves text as a file through the browser's ordinary download (a Blob link), so that
 * the survivor chooses nothing more than where it goes. Takes the document so that it
 * stays usable from any page.
 */
export function downloadTextFile(doc: Document, fileName: string, text: string): void {
  const view = doc.defaultView;
  if (!view) return;
  const url = view.URL.createObjectURL(new view.Blob([text], { type: 'application/json' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // The download has started from the link by now; the Blob can go soon after.
  view.setTimeout(() => view.URL.revokeObjectURL(url), 60_000);
}

/** quiet-tabs-settings-2026-11-24.json: a neutral name with the day it was saved. */
export function datedFileName(stem: string, now: Date): string {
  const day = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
  return `${stem}-${day}.json`;
}
