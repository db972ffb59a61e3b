import { BLUR_CATEGORIES } from './categories';
import type { TriggerMatcher } from './matcher';
import { normalizeForMatching } from './normalize';
import { textFingerprint } from './text-hash';
import { MAX_CUSTOM_TERM_LENGTH, MAX_CUSTOM_TERMS, prepareCustomTerms } from './custom-terms';

/**
 * The survivor's corrections (docs/blurring.md, "Corrections"):
 * - "Don't warn me about text like this", from a label: this passage (kept as its
 *   fingerprint, never its text) or this phrase is never blurred again;
 * - "Warn me about text like this", from a selection: it becomes one of their own words.
 * Stored with the settings, on the device only; pure functions here, the browser glue
 * is in entrypoints/background/corrections.ts.
 */

export interface NeverWarn {
  passages: readonly number[];
  phrases: readonly string[];
}

/** The same limit as the settings schema (lib/settings/schema.ts), kept here so that the content script does not load zod. */
export const MAX_NEVER_WARN = 5000;

/** At most this many phrases are offered for one passage: past that, "this passage" is the honest choice. */
export const MAX_OFFERED_PHRASES = 3;

/** How two phrases are compared: as the matcher reads them (case and accents aside), white space as one space. */
export function phraseKey(phrase: string): string {
  return normalizeForMatching(phrase).trim().replace(/\s+/g, ' ');
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** Every never-warn phrase in folded text, whole words only (as the matcher finds them). */
function phrasePattern(phrases: readonly string[]): RegExp | null {
  const keys = [...new Set(phrases.map(phraseKey).filter((key) => /[\p{L}\p{N}]/u.test(key)))];
  if (!keys.length) return null;
  // Longest first, so that "domestic abuse" wins over "abuse" where both are listed.
  const alternatives = keys.toSorted((a, b) => b.length - a.length).map((key) => escapeRegex(key).replace(/ /g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}\\p{M}])`, 'gu');
}

/**
 * The matcher with the survivor's corrections applied. A passage on the list is never
 * flagged. In a passage that holds a phrase on the list, the phrase is blanked out
 * and only the lexicon's other hits (and the survivor's own words) still count: the
 * model's reading of that passage is set aside, because the phrase they said they
 * can read is most likely what it read (measured: with "stabbed" blanked out, the
 * model still read "A man was … near the station." as violence). Text that needs no
 * warning costs nothing more: the corrections are looked at only once the matcher
 * has flagged a passage.
 */
export function withCorrections(matcher: TriggerMatcher, neverWarn: NeverWarn): TriggerMatcher {
  if (matcher.isEmpty || (!neverWarn.passages.length && !neverWarn.phrases.length)) return matcher;
  const passages = new Set(neverWarn.passages);
  let pattern: RegExp | null | undefined;
  /** The folded text with every listed phrase replaced by spaces, or null when none is in it. */
  const blanked = (text: string): string | null => {
    pattern ??= phrasePattern(neverWarn.phrases);
    if (!pattern) return null;
    const folded = normalizeForMatching(text);
    pattern.lastIndex = 0;
    const out = folded.replace(pattern, (found) => ' '.repeat(found.length));
    return out === folded ? null : out;
  };
  return {
    get isEmpty() {
      return matcher.isEmpty;
    },
    get skippedTerms() {
      return matcher.skippedTerms;
    },
    get patternLength() {
      return matcher.patternLength;
    },
    categoriesIn(text) {
      const warning = matcher.categoriesIn(text);
      if (!warning) return null;
      if (passages.has(textFingerprint(text))) return null;
      const rest = blanked(text);
      if (rest === null) return warning;
      const found = new Set(matcher.hitsIn(rest).map((hit) => hit.category));
      if (!found.size) return null;
      return { categories: BLUR_CATEGORIES.filter((id) => found.has(id)), custom: found.has('custom') };
    },
    hitsIn(text) {
      return matcher.hitsIn(blanked(text) ?? text);
    },
  };
}

/**
 * The phrases to offer for a flagged passage ("Not text with …"): the lexicon's hits
 * in it, as the page writes them. Offered only when leaving them out would really
 * unblur the passage; otherwise (the model alone flagged it, or too many phrases, or
 * one of the survivor's own words) only "this passage" is offered. Called when the
 * survivor asks, never while the page loads.
 */
export function phrasesToOffer(matcher: TriggerMatcher, text: string): string[] {
  const folded = normalizeForMatching(text);
  const byKey = new Map<string, string>();
  for (const hit of matcher.hitsIn(text)) {
    if (hit.category === 'custom') continue;
    const key = phraseKey(hit.text);
    if (key && !byKey.has(key)) byKey.set(key, asWritten(text, folded, hit.text));
  }
  if (!byKey.size || byKey.size > MAX_OFFERED_PHRASES) return [];
  const offered = [...byKey.values()];
  return withCorrections(matcher, { passages: [], phrases: offered }).categoriesIn(text) === null ? offered : [];
}

/** The hit as the page writes it (accents kept), lower case, when the folded text lines up with it; else the folded hit. */
function asWritten(text: string, folded: string, hit: string): string {
  const at = folded.indexOf(hit);
  const written = at >= 0 && folded.length === text.length ? text.slice(at, at + hit.length) : hit;
  return written.toLowerCase().trim().replace(/\s+/g, ' ');
}

// ---------------------------------------------------------------------------
// Changes to the blur settings, as the background makes them

interface BlurLists {
  customTerms: string[];
  neverWarnPassages: number[];
  neverWarnPhrases: string[];
}

/** "Not this passage". Unchanged when it is listed already or the list is full. */
export function addNeverWarnPassage<T extends BlurLists>(blur: T, fingerprint: number): T {
  if (blur.neverWarnPassages.includes(fingerprint) || blur.neverWarnPassages.length >= MAX_NEVER_WARN) return blur;
  return { ...blur, neverWarnPassages: [...blur.neverWarnPassages, fingerprint] };
}

/**
 * "Not text with …". One of the survivor's own words that is the same phrase goes
 * from their words: the newest choice wins, and the settings never say both.
 */
export function addNeverWarnPhrases<T extends BlurLists>(blur: T, phrases: readonly string[]): T {
  const listed = new Set(blur.neverWarnPhrases.map(phraseKey));
  const added: string[] = [];
  for (const phrase of phrases) {
    const text = phrase.trim().replace(/\s+/g, ' ');
    const key = phraseKey(text);
    if (!key || text.length > MAX_CUSTOM_TERM_LENGTH || listed.has(key)) continue;
    listed.add(key);
    added.push(text);
  }
  const neverWarnPhrases = [...blur.neverWarnPhrases, ...added].slice(0, MAX_NEVER_WARN);
  const customTerms = blur.customTerms.filter((term) => !listed.has(phraseKey(term)));
  return { ...blur, neverWarnPhrases, customTerms };
}

/**
 * "Warn me about text like this": the selected text as one of the survivor's own
 * words (white space made single; a long selection cut at a word to fit the limit).
 * A never-warn phrase that is the same goes. Null when the selection holds nothing
 * the matcher could use (see ./custom-terms.ts) or the words are full.
 */
export function addWarnAboutText<T extends BlurLists>(blur: T, selection: string): T | null {
  let term = selection.trim().replace(/\s+/g, ' ');
  if (term.length > MAX_CUSTOM_TERM_LENGTH) {
    const cut = term.slice(0, MAX_CUSTOM_TERM_LENGTH + 1);
    const space = cut.lastIndexOf(' ');
    term = (space > 0 ? cut.slice(0, space) : cut.slice(0, MAX_CUSTOM_TERM_LENGTH)).trim();
  }
  if (!prepareCustomTerms([term]).usable.length) return null;
  const key = phraseKey(term);
  const neverWarnPhrases = blur.neverWarnPhrases.filter((phrase) => phraseKey(phrase) !== key);
  if (blur.customTerms.some((existing) => phraseKey(existing) === key)) return { ...blur, neverWarnPhrases };
  if (blur.customTerms.length >= MAX_CUSTOM_TERMS) return null;
  return { ...blur, customTerms: [...blur.customTerms, term], neverWarnPhrases };
}
