/**
 * The features the linear model reads, hashed into a fixed number of buckets so that
 * the model is a plain table of weights and the cost of scoring grows with the text,
 * never with the vocabulary:
 * - every word (`w`), and every pair of neighbouring words (`b`) of a window;
 * - every 4 letters inside a word padded with a space on each side (`c`), which is
 *   what lets the model see "strangl" in "strangling" or "suicid" in "suicidal"
 *   without a list of inflections, in any language.
 *
 * The hash is FNV-1a over the character codes, computed in place (no substring is
 * made), with a different seed per kind of feature. It must stay exactly as it is:
 * the shipped weights are indexed by it (tests/unit/blur/model.test.ts pins a few
 * values, and the determinism test retrains the model from the data).
 *
 * Input is text already folded by ../normalize.ts (lower case, no accents).
 */

const FNV_PRIME = 0x01000193;
const SEED_WORD = 0x811c9dc5;
const SEED_PAIR = 0x050c5d1f;
const SEED_CHARS = 0x2f0bd1a3;

/** A letter, digit or apostrophe of folded text: what a word is made of. */
function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 39 || (code > 0xbf && code !== 0x2019);
}

const mix = (hash: number, code: number) => Math.imul(hash ^ code, FNV_PRIME) >>> 0;

/**
 * Calls `emit` with the bucket of each feature of `text[start, end)`, in order.
 * `bits` is log2 of the number of buckets.
 */
export function forEachFeature(text: string, start: number, end: number, bits: number, emit: (bucket: number) => void): void {
  const mask = (1 << bits) - 1;
  let previousWord = -1;
  let i = start;
  while (i < end) {
    // Skip to the next word.
    while (i < end && !isWordCode(text.charCodeAt(i))) i++;
    if (i >= end) break;
    const wordStart = i;
    let word = SEED_WORD;
    while (i < end && isWordCode(text.charCodeAt(i))) word = mix(word, text.charCodeAt(i++));
    const wordEnd = i;
    emit(word & mask);
    if (previousWord >= 0) emit(mix(mix(SEED_PAIR, previousWord), word) & mask);
    previousWord = word;
    // Letters in fours, the word padded with a space (code 32) on each side.
    const padded = wordEnd - wordStart + 2;
    for (let k = 0; k + 4 <= padded; k++) {
      let hash = SEED_CHARS;
      for (let j = k; j < k + 4; j++) {
        const at = wordStart + j - 1;
        hash = mix(hash, at < wordStart || at >= wordEnd ? 32 : text.charCodeAt(at));
      }
      emit(hash & mask);
    }
  }
}

/** The buckets of a whole text, for training and tests. */
export function featuresOf(text: string, bits: number): number[] {
  const out: number[] = [];
  forEachFeature(text, 0, text.length, bits, (bucket) => out.push(bucket));
  return out;
}

/**
 * Where the model looks: a short block is read whole; a long one in windows of whole
 * sentences of about WINDOW characters, so that one sentence about abuse in a long
 * article still stands out, and a sentence's words are read together.
 */
export const WINDOW = 320;

export function windowsOf(text: string): Array<[number, number]> {
  if (text.length <= WINDOW * 1.5) return [[0, text.length]];
  const out: Array<[number, number]> = [];
  const sentenceEnd = /[.!?;\n]+\s+/g;
  let from = 0;
  let last = 0;
  let match: RegExpExecArray | null;
  while ((match = sentenceEnd.exec(text))) {
    const end = match.index + match[0].length;
    if (end - from > WINDOW && last > from) {
      out.push([from, last]);
      from = last;
    }
    last = end;
  }
  if (text.length - from > WINDOW && last > from) {
    out.push([from, last]);
    from = last;
  }
  if (from < text.length) out.push([from, text.length]);
  return out;
}
