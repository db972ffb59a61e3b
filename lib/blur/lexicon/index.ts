import { ENGLISH } from './en';
import { SPANISH } from './es';
import type { Lexicon } from './types';

export type { Lexicon, LexiconGroup } from './types';

/**
 * Lexicons by language (the primary subtag of a page's declared `lang`). Adding a
 * language is adding data here: a file shaped like ./en.ts and one line below.
 */
export const LEXICONS: Readonly<Record<string, Lexicon>> = { en: ENGLISH, es: SPANISH };

/**
 * The lexicons to use on a page: English always (English passages turn up on pages
 * in every language, and a page without `lang` is most often English), plus the
 * page's own language when there is a lexicon for it.
 */
export function lexiconsFor(language?: string): Lexicon[] {
  const primary = (language ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  const own = primary && primary !== 'en' ? LEXICONS[primary] : undefined;
  return own ? [ENGLISH, own] : [ENGLISH];
}
