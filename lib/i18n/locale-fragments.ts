/**
 * Locale fragments: each feature keeps its strings in `locales/<feature>.<lang>.json`
 * (browser messages.json format). This module merges them per language and checks
 * every translation against the English, so that a missing key or a changed
 * placeholder is a build error instead of a blank or English line in front of a
 * survivor. Pure: the caller reads the files.
 */

export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export type Messages = Record<string, MessageEntry>;

export interface Glossary {
  /** The calm term for each English one; a list where a word changes inside (plural, verb form). */
  terms: Record<string, string | string[]>;
  avoid: string[];
  /** Message keys whose text may equal the English (a name, a number), with why. */
  sameAsEnglish: Record<string, string>;
}

export interface Fragment {
  /** File name, e.g. "popup.de.json": for error messages. */
  file: string;
  lang: string;
  messages: Messages;
}

const FRAGMENT_NAME = /^([a-z]+)\.([A-Za-z_]+)\.json$/;

/** "popup.pt_BR.json" → { feature: "popup", lang: "pt_BR" }; anything else → undefined. */
export function parseFragmentName(file: string): { feature: string; lang: string } | undefined {
  const match = FRAGMENT_NAME.exec(file);
  return match ? { feature: match[1]!, lang: match[2]! } : undefined;
}

/** Merges fragments into one table per language; a key defined twice in a language throws. */
export function mergeByLanguage(fragments: Fragment[]): Map<string, Messages> {
  const byLang = new Map<string, Messages>();
  for (const fragment of [...fragments].sort((a, b) => a.file.localeCompare(b.file))) {
    const merged = byLang.get(fragment.lang) ?? {};
    byLang.set(fragment.lang, merged);
    for (const [key, value] of Object.entries(fragment.messages)) {
      if (key in merged) throw new Error(`locales/${fragment.file}: message "${key}" is defined twice`);
      merged[key] = value;
    }
  }
  return byLang;
}

/** Placeholders in a stable form, so that key order does not matter. */
function placeholderShape(entry: MessageEntry): string {
  const placeholders = entry.placeholders ?? {};
  return JSON.stringify(
    Object.keys(placeholders)
      .sort()
      .map((name) => [name, placeholders[name]!.content]),
  );
}

/** The $NAME$ references a message makes, lower-cased and sorted. */
function referencedPlaceholders(message: string): string {
  return JSON.stringify([...new Set([...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()))].sort());
}

/**
 * Every problem of one translation against the English, as readable lines (empty when
 * it is whole): a missing or extra key, placeholders that differ, a message that drops
 * or adds a placeholder, and a text equal to the English that the glossary does not allow.
 */
export function translationProblems(lang: string, english: Messages, translated: Messages, glossary: Glossary | undefined): string[] {
  const problems: string[] = [];
  const allowedSame = glossary?.sameAsEnglish ?? {};
  for (const [key, source] of Object.entries(english)) {
    const entry = translated[key];
    if (!entry) {
      problems.push(`${lang}: "${key}" is missing`);
      continue;
    }
    if (typeof entry.message !== 'string' || !entry.message.trim()) {
      problems.push(`${lang}: "${key}" has no message`);
      continue;
    }
    if (placeholderShape(entry) !== placeholderShape(source))
      problems.push(`${lang}: "${key}" has placeholders that differ from the English`);
    else if (referencedPlaceholders(entry.message) !== referencedPlaceholders(source.message))
      problems.push(`${lang}: "${key}" uses other placeholders in its text than the English`);
    if (entry.message === source.message && !(key in allowedSame))
      problems.push(`${lang}: "${key}" equals the English and is not in locales/glossary/${lang}.json sameAsEnglish`);
  }
  for (const key of Object.keys(translated)) if (!(key in english)) problems.push(`${lang}: "${key}" is not in the English`);
  return problems;
}
