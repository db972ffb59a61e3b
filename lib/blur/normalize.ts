/**
 * Text as the matcher compares it: lower case, accents and other combining marks
 * removed ("Violée" → "violee"), curly apostrophes made straight, every kind of dash
 * made "-", soft hyphens and zero-width characters dropped (sites put them inside
 * words to break them across lines, and some to dodge filters). White space is left
 * as it is: the compiled pattern accepts any run of it between words (collapsing it
 * here cost more than the whole scan: two thirds of blocks hold line breaks).
 *
 * Written for speed: this runs on every block of every page. Pure-ASCII text (most
 * blocks) returns after one test; otherwise plain string replacements do the common
 * cases, and the per-character callback only runs for accented Latin letters.
 */
const NON_ASCII = /[\u0080-\uffff]/;
const QUOTES = /[\u2018\u2019\u201b\u02bc\u2032]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const INVISIBLE = /[\u0300-\u036f\u00ad\u200b-\u200d\u2060\ufeff]/g;
const ACCENTED = /[\u00c0-\u024f\u1e00-\u1eff]/;
const ACCENTED_ALL = /[\u00c0-\u024f\u1e00-\u1eff]/g;

const folded = new Map<string, string>();

function foldLetter(ch: string): string {
  let out = folded.get(ch);
  if (out === undefined) {
    // Keep the base letter when it is plain ASCII (é → e); letters with no ASCII
    // base (ø, æ, ß, ł) stay as they are.
    const base = ch.normalize('NFD').charAt(0);
    out = base.charCodeAt(0) < 0x80 ? base : ch;
    folded.set(ch, out);
  }
  return out;
}

export function normalizeForMatching(text: string): string {
  let out = text.toLowerCase();
  if (!NON_ASCII.test(out)) return out;
  out = out.replace(QUOTES, "'").replace(DASHES, '-').replace(INVISIBLE, '');
  return ACCENTED.test(out) ? out.replace(ACCENTED_ALL, foldLetter) : out;
}
