/**
 * Which language a block is in, when the page does not say: a count of each
 * language's commonest little words, over folded text (../normalize.ts). Cheap (one
 * pass over the words, a Set lookup each) and good enough to pick a model; a page's
 * declared `lang` always wins over it. Adding a language is adding a line here and
 * its data (lexicon, training data, model).
 */
const STOP_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set('the and of to is was in that it for with he she his her they my you are on be at this not but have had'.split(' ')),
  es: new Set('el la los las de que y en un una es por con para su se lo del al no mi me le pero como mas muy fue era esta'.split(' ')),
};

/** The primary subtag of a declared language ("es-MX" → "es"), or "" when none. */
export function primaryLanguage(declared?: string): string {
  return (declared ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

const WORD = /[a-z']+/g;

/** The language whose little words are most frequent in the text; English on a tie or when none is found. */
export function guessLanguage(folded: string, languages: readonly string[] = Object.keys(STOP_WORDS)): string {
  const counts = new Map<string, number>();
  for (const word of folded.match(WORD) ?? []) {
    for (const language of languages) if (STOP_WORDS[language]?.has(word)) counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  let best = 'en';
  let bestCount = counts.get('en') ?? 0;
  for (const language of languages) {
    const count = counts.get(language) ?? 0;
    if (count > bestCount) [best, bestCount] = [language, count];
  }
  return best;
}
