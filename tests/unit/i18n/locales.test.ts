import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type Fragment,
  type Glossary,
  type Messages,
  mergeByLanguage,
  parseFragmentName,
  translationProblems,
} from '../../../lib/i18n/locale-fragments';

// Reads whatever languages exist in locales/, so every translator's files are checked.
const dir = join(import.meta.dirname, '../../../locales');
const fragments: Fragment[] = readdirSync(dir).flatMap((file) => {
  const name = parseFragmentName(file);
  return name ? [{ file, lang: name.lang, messages: JSON.parse(readFileSync(join(dir, file), 'utf8')) as Messages }] : [];
});
const byLang = mergeByLanguage(fragments);
const english = byLang.get('en')!;
const languages = [...byLang.keys()].filter((lang) => lang !== 'en');
const features = [...new Set(fragments.map((f) => parseFragmentName(f.file)!.feature))];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function glossaryOf(lang: string): Glossary | undefined {
  const file = join(dir, 'glossary', `${lang}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Glossary) : undefined;
}

describe('translationProblems', () => {
  const en: Messages = {
    a: { message: 'Hello $NAME$', placeholders: { name: { content: '$1' } } },
    b: { message: 'Quiet Tabs' },
  };
  it('accepts a whole translation, with a name allowed to stay English', () => {
    const de: Messages = { a: { message: 'Hallo $NAME$', placeholders: { name: { content: '$1' } } }, b: { message: 'Quiet Tabs' } };
    expect(translationProblems('de', en, de, { terms: {}, avoid: [], sameAsEnglish: { b: 'product name' } })).toEqual([]);
  });
  it('names a missing key, a changed placeholder, a dropped reference and an English leftover', () => {
    const de: Messages = { a: { message: 'Hallo', placeholders: { name: { content: '$1' } } }, c: { message: 'x' } };
    expect(translationProblems('de', en, de, undefined)).toEqual([
      'de: "a" uses other placeholders in its text than the English',
      'de: "b" is missing',
      'de: "c" is not in the English',
    ]);
    const changed: Messages = { a: { message: 'Hello $NAME$', placeholders: { name: { content: '$2' } } }, b: { message: 'Stille Tabs' } };
    expect(translationProblems('de', en, changed, undefined)).toEqual([
      'de: "a" has placeholders that differ from the English',
      'de: "a" equals the English and is not in locales/glossary/de.json sameAsEnglish',
    ]);
  });
});

describe.each(languages)('locale %s', (lang) => {
  const translated = byLang.get(lang)!;
  const glossary = glossaryOf(lang);

  it('has a glossary with the four agreed terms', () => {
    expect(glossary, `locales/glossary/${lang}.json`).toBeDefined();
    expect(Object.keys(glossary!.terms).sort()).toEqual(['content warning', 'peer support', 'quick exit', 'sites to keep private']);
  });

  it('has a fragment file for every feature', () => {
    for (const feature of features) expect(existsSync(join(dir, `${feature}.${lang}.json`)), `${feature}.${lang}.json`).toBe(true);
  });

  it('has every key, the same placeholders, and no English left outside the allowed list', () => {
    expect(translationProblems(lang, english, translated, glossary)).toEqual([]);
  });

  // Each word of one of the term's accepted forms must appear (as part of a word, so
  // that inflections count: "avisos de contenido" uses "aviso de contenido"). A glossary
  // lists more forms where a word changes inside (Italian "avviso" / "avvisi", Japanese
  // "すぐに閉じる" / "すぐに閉じた").
  it('uses the glossary term wherever the English uses the English term', () => {
    const missing: string[] = [];
    for (const [term, translation] of Object.entries(glossary?.terms ?? {})) {
      const forms = (Array.isArray(translation) ? translation : [translation]).map((form) =>
        form
          .toLowerCase()
          .split(/[\s,.;:]+/)
          .filter(Boolean),
      );
      for (const [key, source] of Object.entries(english)) {
        if (!source.message.toLowerCase().includes(term)) continue;
        const text = (translated[key]?.message ?? '').toLowerCase();
        if (!forms.some((words) => words.every((word) => text.includes(word))))
          missing.push(`${key}: "${forms[0]!.join(' ')}" (for "${term}")`);
      }
    }
    expect(missing).toEqual([]);
  });

  // Whole words in languages written with spaces ("fara", danger, is not the end of
  // "fortfarande", still); anywhere in Japanese, which has no spaces between words.
  it('uses none of the words the glossary says to avoid', () => {
    const found: string[] = [];
    for (const word of glossary?.avoid ?? []) {
      const spaced = /^[\p{Script=Latin}\s'’-]+$/u.test(word);
      const pattern = new RegExp(spaced ? `(?<!\\p{L})${escapeRegExp(word)}(?!\\p{L})` : escapeRegExp(word), 'iu');
      for (const [key, entry] of Object.entries(translated)) if (pattern.test(entry.message)) found.push(`${key}: ${word}`);
    }
    expect(found).toEqual([]);
  });
});

// The Chrome Web Store refuses a manifest description over 132 characters, and the
// store listing (docs/store/<lang>.md) opens with that same short description.
describe.each([...byLang.keys()])('store texts in %s', (lang) => {
  const description = byLang.get(lang)!['ext_description']!.message;
  it('has a short description the Chrome Web Store accepts', () => {
    expect(description.length).toBeLessThanOrEqual(132);
  });
  it('has a store listing that opens with that short description', () => {
    const listing = readFileSync(join(dir, '..', 'docs', 'store', `${lang}.md`), 'utf8');
    expect(listing.split('## Long description')[0]).toContain(description);
    expect(listing).toMatch(/## Long description\n\n\S/);
  });
});
