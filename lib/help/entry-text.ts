import { DIRECTORY_TEXT_LANGUAGE } from './format.ts';
import type { HelpEntry, LocalizedText } from './schema.ts';

/** A directory text with the language it is written in, for the element's `lang`. */
export interface DirectoryText {
  text: string;
  lang: string;
}

/** A list of directory texts (safety notes) in one language. */
export interface DirectoryTexts {
  texts: string[];
  lang: string;
}

/** The English of the fields shown in another language, kept beside them. */
export type EnglishOriginal = LocalizedText;

/** An entry's own words as a card shows them to a reader of one language. */
export interface EntryTexts {
  description: DirectoryText;
  howToJoin?: DirectoryText;
  costNote?: DirectoryText;
  safetyNotes?: DirectoryTexts;
  /** The English of every field above that is shown translated; undefined when none is. */
  english?: EnglishOriginal;
}

/** "pt-BR" → "pt", "de_AT" → "de": translations are keyed by the base language. */
export function baseLanguage(tag: string): string {
  return (tag.split(/[-_]/)[0] ?? '').toLowerCase();
}

/**
 * The entry's texts in the reader's language where the directory has them, the English
 * otherwise, field by field: a German survivor reads the German description even when
 * the safety notes are not translated yet. Whatever is shown translated keeps its
 * English beside it, so nothing a translation might have lost is hidden.
 */
export function entryTextsFor(entry: HelpEntry, readerLanguage: string): EntryTexts {
  const lang = baseLanguage(readerLanguage);
  const translation = lang === DIRECTORY_TEXT_LANGUAGE ? undefined : entry.translations?.[lang];
  const english: EnglishOriginal = {};
  const pick = (field: 'description' | 'howToJoin' | 'costNote'): DirectoryText | undefined => {
    const source = entry[field];
    if (source === undefined) return undefined;
    const translated = translation?.[field];
    if (translated === undefined) return { text: source, lang: DIRECTORY_TEXT_LANGUAGE };
    english[field] = source;
    return { text: translated, lang };
  };
  const texts: EntryTexts = { description: pick('description')! };
  const howToJoin = pick('howToJoin');
  if (howToJoin) texts.howToJoin = howToJoin;
  const costNote = pick('costNote');
  if (costNote) texts.costNote = costNote;
  if (entry.safetyNotes && entry.safetyNotes.length > 0) {
    const translated = translation?.safetyNotes;
    if (translated && translated.length > 0) {
      english.safetyNotes = entry.safetyNotes;
      texts.safetyNotes = { texts: translated, lang };
    } else {
      texts.safetyNotes = { texts: entry.safetyNotes, lang: DIRECTORY_TEXT_LANGUAGE };
    }
  }
  if (Object.keys(english).length > 0) texts.english = english;
  return texts;
}
