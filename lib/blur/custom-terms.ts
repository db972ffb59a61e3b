import { normalizeForMatching } from './normalize';

/**
 * The survivor's own words, as the matcher will use them. Its own module, so that
 * the settings page can tell the survivor about a word that cannot be used without
 * loading the matcher and its lexicons.
 */

/** Same limits as the settings schema (lib/settings/schema.ts); kept here so that the content script does not load zod. */
export const MAX_CUSTOM_TERMS = 5000;
export const MAX_CUSTOM_TERM_LENGTH = 200;

export type SkipReason = 'empty' | 'too-short' | 'too-long' | 'no-letters' | 'too-many';

export interface SkippedTerm {
  term: string;
  reason: SkipReason;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;

/** The survivor's terms as they will be matched, and the ones that cannot be used. */
export function prepareCustomTerms(terms: readonly string[]): { usable: string[]; skipped: SkippedTerm[] } {
  const usable: string[] = [];
  const skipped: SkippedTerm[] = [];
  const seen = new Set<string>();
  for (const raw of terms) {
    if (typeof raw !== 'string') continue;
    const term = normalizeForMatching(raw).trim().replace(/\s+/g, ' ');
    if (!term) skipped.push({ term: raw, reason: 'empty' });
    else if (term.length > MAX_CUSTOM_TERM_LENGTH) skipped.push({ term: raw.slice(0, 40), reason: 'too-long' });
    else if (!LETTER_OR_DIGIT.test(term)) skipped.push({ term: raw, reason: 'no-letters' });
    else if ([...term].length < 2) skipped.push({ term: raw, reason: 'too-short' });
    else if (seen.has(term)) continue;
    else if (usable.length >= MAX_CUSTOM_TERMS) skipped.push({ term: raw.slice(0, 40), reason: 'too-many' });
    else {
      seen.add(term);
      usable.push(term);
    }
  }
  return { usable, skipped };
}
