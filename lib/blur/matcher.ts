import { BLUR_CATEGORIES, type BlurCategory } from './categories';
import { lexiconsFor, type Lexicon } from './lexicon';
import { normalizeForMatching } from './normalize';

/**
 * One compiled matcher for every term: the lexicons' terms and the survivor's own
 * words go into a single trie, written out as one regular expression, so the cost of
 * a scan grows with the text, not with the number of terms (a regex per term is
 * 25-250 times slower: ../shared/research/blurring-anchors.md, section 3).
 *
 * - Whole words, Unicode-aware: JavaScript's `\b` only knows ASCII, so the regex uses
 *   `\b` on the folded text (accented Latin letters are folded to ASCII first) and
 *   every hit is then checked against its neighbours with `\p{L}\p{N}\p{M}`.
 * - Case and accents do not matter (see ./normalize.ts); a space in a term matches
 *   any run of white space, line breaks included.
 * - The result names categories, never the word that matched: the label on the page
 *   must not repeat what the survivor asked not to see, nor reveal their own words.
 */

/** Same limits as the settings schema (lib/settings/schema.ts); kept here so that the content script does not load zod. */
export const MAX_CUSTOM_TERMS = 5000;
export const MAX_CUSTOM_TERM_LENGTH = 200;

export interface ContentWarning {
  /** The lexicon categories found, in the order the survivor sees them. */
  categories: BlurCategory[];
  /** True when one of the survivor's own words was found. */
  custom: boolean;
}

export type SkipReason = 'empty' | 'too-short' | 'too-long' | 'no-letters' | 'too-many';

export interface SkippedTerm {
  term: string;
  reason: SkipReason;
}

export interface TriggerMatcher {
  /** What the text calls for, or null when it needs no warning. */
  categoriesIn(text: string): ContentWarning | null;
  /** True when nothing is switched on: no need to look at the page at all. */
  readonly isEmpty: boolean;
  /** Custom terms that were left out, with the reason, to show the survivor. */
  readonly skippedTerms: readonly SkippedTerm[];
  /** Size of the compiled expressions, for benchmarks. */
  readonly patternLength: number;
  /**
   * Where each hit is and what it counts for: for tests, benchmarks and tuning the
   * lexicon only. Never show this to the survivor or write it into the page.
   */
  hitsIn(text: string): Array<{ category: BlurCategory | 'custom'; text: string }>;
}

export interface TriggerLexiconOptions {
  categories: Record<BlurCategory, boolean>;
  customTerms?: readonly string[];
  /** The page's declared language (`<html lang>`), if any. */
  language?: string;
  /** For tests: use these lexicons instead of the bundled ones. */
  lexicons?: Lexicon[];
}

// ---------------------------------------------------------------------------
// Terms → segments

type Segment =
  | { kind: 'char'; ch: string }
  | { kind: 'space' }
  | { kind: 'hyphen' }
  | { kind: 'number' }
  | { kind: 'group'; alternatives: Segment[][]; key: string };

const WORD_CHAR = /[a-z0-9_]/;
const isWordChar = (ch: string) => WORD_CHAR.test(ch);

/** Parses the lexicon syntax of ./lexicon/types.ts (already normalized text). */
function parseLexiconTerm(term: string): Segment[] {
  const plain = (text: string): Segment[] => {
    const out: Segment[] = [];
    for (const ch of text) {
      if (/\s/.test(ch)) {
        if (out.at(-1)?.kind !== 'space') out.push({ kind: 'space' });
      } else if (ch === '-') out.push({ kind: 'hyphen' });
      else if (ch === '#') out.push({ kind: 'number' });
      else out.push({ kind: 'char', ch });
    }
    return out;
  };
  const segments: Segment[] = [];
  let i = 0;
  while (i < term.length) {
    const open = term.indexOf('{', i);
    if (open < 0) {
      segments.push(...plain(term.slice(i)));
      break;
    }
    segments.push(...plain(term.slice(i, open)));
    const close = term.indexOf('}', open);
    if (close < 0 || term.slice(open + 1, close).includes('{')) throw new Error(`lexicon term "${term}": braces must close and not nest`);
    let alternatives = [...new Set(term.slice(open + 1, close).split('|'))];
    i = close + 1;
    // An optional word between two spaces ("end his {own|} life") takes the
    // following space with it, so that leaving it out leaves one space, not two.
    const standsAlone = segments.length === 0 || segments.at(-1)?.kind === 'space';
    if (alternatives.includes('') && standsAlone && /\s/.test(term[i] ?? '')) {
      alternatives = alternatives.map((alt) => (alt ? `${alt} ` : alt));
      while (/\s/.test(term[i] ?? '')) i++;
    } else if (alternatives.includes('') && i >= term.length && segments.at(-1)?.kind === 'space') {
      segments.pop();
      alternatives = alternatives.map((alt) => (alt ? ` ${alt}` : alt));
    }
    segments.push({ kind: 'group', alternatives: alternatives.map(plain), key: alternatives.join('|') });
  }
  return segments;
}

/** A custom term is literal text: only white space is loosened (any run matches any run). */
function parseLiteralTerm(term: string): Segment[] {
  const out: Segment[] = [];
  for (const ch of term) {
    if (/\s/.test(ch)) {
      if (out.at(-1)?.kind !== 'space') out.push({ kind: 'space' });
    } else out.push({ kind: 'char', ch });
  }
  return out;
}

/** Whether a term starts (or ends) with a word character, for every way it can be written. */
function edgeIsWord(segments: Segment[], fromEnd: boolean): boolean | 'mixed' {
  const first = (seq: Segment[]): boolean | 'mixed' => {
    const [segment, ...rest] = seq;
    if (!segment) return false;
    if (segment.kind === 'char') return isWordChar(segment.ch);
    if (segment.kind === 'number') return true;
    if (segment.kind !== 'group') return first(rest);
    const kinds = new Set(segment.alternatives.map((alt) => (alt.length ? first(fromEnd ? alt.toReversed() : alt) : first(rest))));
    return kinds.size === 1 ? [...kinds][0]! : 'mixed';
  };
  return first(fromEnd ? segments.toReversed() : segments);
}

// ---------------------------------------------------------------------------
// Segments → trie → regex source

interface TrieNode {
  edges: Map<string, { segment: Segment; child: TrieNode }>;
  terminal: boolean;
  endsWithWord: boolean;
}

const newNode = (): TrieNode => ({ edges: new Map(), terminal: false, endsWithWord: true });

function segmentKey(segment: Segment): string {
  switch (segment.kind) {
    case 'char':
      return segment.ch;
    case 'space':
      return '\u0000s';
    case 'hyphen':
      return '\u0000h';
    case 'number':
      return '\u0000n';
    case 'group':
      return `\u0000g${segment.key}`;
  }
}

function insert(root: TrieNode, segments: Segment[], endsWithWord: boolean): void {
  let node = root;
  for (const segment of segments) {
    const key = segmentKey(segment);
    let edge = node.edges.get(key);
    if (!edge) {
      edge = { segment, child: newNode() };
      node.edges.set(key, edge);
    }
    node = edge.child;
  }
  node.endsWithWord = node.terminal ? node.endsWithWord && endsWithWord : endsWithWord;
  node.terminal = true;
}

const escapeRegex = (ch: string) => ch.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

const groupSources = new Map<string, string>();

function segmentSource(segment: Segment): string {
  switch (segment.kind) {
    case 'char':
      return escapeRegex(segment.ch);
    case 'space':
      return '\\s+';
    case 'hyphen':
      // "self-harm", "self - harm", "self harm", "selfharm"; bounded, so that a long
      // run of spaces cannot make the engine backtrack.
      return '[-\\s]{0,3}';
    case 'number':
      return '\\d+';
    case 'group': {
      let source = groupSources.get(segment.key);
      if (source === undefined) {
        const root = newNode();
        for (const alt of segment.alternatives) insert(root, alt, true);
        source = atom(nodeSource(root, false));
        groupSources.set(segment.key, source);
      }
      return source;
    }
  }
}

/** Wraps a source in a group unless it already is one atom (so that `?` applies to all of it). */
function atom(source: string): string {
  if (/^(?:\\.|[^\\])$/.test(source) || /^\(\?:[^()]*\)$/.test(source)) return source;
  return `(?:${source})`;
}

/** The trie below `node` as regex source; `bounded` adds `\b` after terms that end with a word character. */
function nodeSource(node: TrieNode, bounded: boolean): string {
  const parts: string[] = [];
  for (const { segment, child } of node.edges.values()) parts.push(segmentSource(segment) + nodeSource(child, bounded));
  if (node.terminal) parts.push(bounded && node.endsWithWord ? '\\b' : '');
  if (parts.length === 1) return parts[0]!;
  // The empty ending goes last, so that the longest term is tried first.
  if (parts.at(-1) === '') return `${atom(parts.slice(0, -1).join('|'))}?`;
  return `(?:${parts.join('|')})`;
}

/**
 * V8 and SpiderMonkey (both use irregexp) stop optimizing a regular expression
 * whose source is longer than 20 KB (kRegExpTooLargeToOptimize): measured here, the
 * whole English lexicon in one 28 KB expression scanned at 1 MB/s, each category on
 * its own at 250-550 MB/s. So the trie is cut into as few expressions as fit.
 */
const MAX_SOURCE = 19_500;

/** Pieces of the trie (each one a prefix and what follows it), none longer than MAX_SOURCE. */
function trieSlices(node: TrieNode, prefix: string, out: string[]): void {
  const whole = prefix + nodeSource(node, true);
  if (whole.length <= MAX_SOURCE || !node.edges.size) {
    out.push(whole);
    return;
  }
  for (const { segment, child } of node.edges.values()) trieSlices(child, prefix + segmentSource(segment), out);
  if (node.terminal) out.push(prefix + (node.endsWithWord ? '\\b' : ''));
}

interface TermSet {
  /** Terms that start with a word character (they get a leading `\b`) and the others. */
  wordStart: TrieNode;
  otherStart: TrieNode;
  count: number;
}

const newTermSet = (): TermSet => ({ wordStart: newNode(), otherStart: newNode(), count: 0 });

function addTerm(set: TermSet, segments: Segment[]): void {
  // A term that starts with alternatives ("{my|her|his} father…") is entered once
  // per first letter of them ("m{y} father…", "h{er|is} father…"): the top of the
  // expression then branches on one character, which the regex engine checks in one
  // step at each position, instead of trying every such term in turn (measured: the
  // terms that start with alternatives took two thirds of the scanning time).
  const [first, ...rest] = segments;
  if (first?.kind === 'group') {
    const byLetter = new Map<string, Segment[][]>();
    for (const alt of first.alternatives) {
      const head = alt[0];
      if (!head) {
        addTerm(set, rest);
        continue;
      }
      if (head.kind !== 'char') {
        addTerm(set, [...alt, ...rest]);
        continue;
      }
      const tails = byLetter.get(head.ch) ?? [];
      tails.push(alt.slice(1));
      byLetter.set(head.ch, tails);
    }
    for (const [letter, tails] of byLetter) {
      const tail: Segment[] =
        tails.length === 1 ? tails[0]! : [{ kind: 'group', alternatives: tails, key: tails.map((t) => JSON.stringify(t)).join('|') }];
      addTerm(set, [{ kind: 'char', ch: letter }, ...tail, ...rest]);
    }
    return;
  }
  const start = edgeIsWord(segments, false);
  const end = edgeIsWord(segments, true);
  if (start === 'mixed' || end === 'mixed') throw new Error('a term must start and end the same way in all its forms');
  insert(start ? set.wordStart : set.otherStart, segments, end);
  set.count++;
}

/** The scanning expressions for a set of terms: as few as fit under MAX_SOURCE each. */
function scannerSources(set: TermSet): string[] {
  const sources: string[] = [];
  for (const [root, lead] of [
    [set.wordStart, '\\b'],
    [set.otherStart, ''],
  ] as const) {
    if (!root.edges.size) continue;
    const slices: string[] = [];
    trieSlices(root, '', slices);
    let bin: string[] = [];
    let size = 0;
    const flush = () => {
      if (bin.length) sources.push(`${lead}${bin.length > 1 ? `(?:${bin.join('|')})` : atom(bin[0]!)}`);
      bin = [];
      size = 0;
    };
    for (const slice of slices) {
      if (size + slice.length + 1 > MAX_SOURCE) flush();
      bin.push(slice);
      size += slice.length + 1;
    }
    flush();
  }
  return sources;
}

/**
 * What the scanner looks for: the start of each term. Its first word is enough to
 * find where a term may begin, the group's own expression then checks the whole term
 * at that spot; only when the first word is a common little word ("my", "he") does
 * the scanner take the second word too, or every "my" in a page would need a check.
 * This keeps the scanner small enough for one optimized expression (see MAX_SOURCE)
 * and one pass over the text.
 */
const LITTLE_WORDS = new Set(
  'a an the my her his their your our its he she they we i you it me him us them to of in on at by for with from and or not no is was were be been am are do does did dont doesnt didnt wont cant will would can could has have had this that these those when as'.split(
    ' ',
  ),
);

/** The ways the first word of a term can be written, or null when that is not plain letters. */
function firstWordsOf(segments: Segment[]): string[] | null {
  let words = [''];
  for (const segment of segments) {
    if (segment.kind === 'char') words = words.map((w) => w + segment.ch);
    else if (segment.kind === 'group') {
      const tails: string[] = [];
      for (const alt of segment.alternatives) {
        // An alternative that holds a word break ends the first word inside it.
        if (alt.some((s) => s.kind !== 'char')) return null;
        tails.push(alt.map((s) => (s.kind === 'char' ? s.ch : '')).join(''));
      }
      words = words.flatMap((w) => tails.map((t) => w + t));
    } else if (segment.kind === 'number') return null;
    else break;
  }
  return words.every(Boolean) ? words : null;
}

function scanPrefix(segments: Segment[]): Segment[] {
  const spaceAt = (from: number) => segments.findIndex((s, i) => i >= from && s.kind === 'space');
  const first = spaceAt(0);
  if (first < 0) return segments;
  const firstWords = (firstWordsOf(segments.slice(0, first)) ?? ['']).map((w) => w.replace(/'/g, ''));
  if (!firstWords.some((w) => LITTLE_WORDS.has(w) || w.length < 3)) return segments.slice(0, first);
  const second = spaceAt(first + 1);
  return second < 0 ? segments : segments.slice(0, second);
}

/** One expression for a whole term set, with boundaries (for looking at one position only). */
function termSetSource(set: TermSet): string {
  const parts: string[] = [];
  if (set.wordStart.edges.size) parts.push(`\\b${atom(nodeSource(set.wordStart, true))}`);
  if (set.otherStart.edges.size) parts.push(nodeSource(set.otherStart, true));
  return parts.join('|');
}

/** A list of phrases (lexicon syntax) as one alternation. */
function phrasesSource(phrases: readonly string[]): string {
  const set = newTermSet();
  for (const phrase of phrases) addTerm(set, parseLexiconTerm(normalizeForMatching(phrase)));
  return [set.wordStart, set.otherStart]
    .filter((root) => root.edges.size)
    .map((root) => nodeSource(root, true))
    .join('|');
}

// ---------------------------------------------------------------------------
// The matcher

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

/**
 * A group of terms that share a category and exceptions. Its expressions are built
 * on first use: they only ever look at the position of a hit and the few words
 * around it.
 */
interface TermGroup {
  id: BlurCategory | 'custom';
  terms: TermSet;
  /** The first words its terms can start with (null: some term starts otherwise). */
  firstWords: Set<string> | null;
  notFollowedBy?: readonly string[];
  notPrecededBy?: readonly string[];
  compiled?: { at: RegExp; followed?: RegExp; preceded?: RegExp };
}

function compileGroup(group: TermGroup): NonNullable<TermGroup['compiled']> {
  if (!group.compiled) {
    group.compiled = {
      at: new RegExp(termSetSource(group.terms), 'y'),
      followed: group.notFollowedBy?.length ? new RegExp(`[\\s\\-]+(?:${phrasesSource(group.notFollowedBy)})`, 'y') : undefined,
      preceded: group.notPrecededBy?.length ? new RegExp(`\\b(?:${phrasesSource(group.notPrecededBy)})[\\s\\-]+$`) : undefined,
    };
  }
  return group.compiled;
}

const FIRST_WORD_END = /[\s-]/;

function noteFirstWords(group: TermGroup, segments: Segment[]): void {
  if (!group.firstWords) return;
  const words = firstWordsOf(segments);
  if (!words) group.firstWords = null;
  else for (const word of words) group.firstWords.add(word);
}

/** How far back an exception may reach ("fields of" + "rape"): the longest listed phrase is far shorter. */
const EXCEPTION_LOOKBEHIND = 80;

/** A hit glued to letters of a script `\b` does not know ("виолончельный") is not a whole word. */
function isWholeWord(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  const first = text[start]!;
  const last = text[end - 1]!;
  if (before !== undefined && (before > '\u007f' || first > '\u007f') && LETTER_OR_DIGIT.test(before) && LETTER_OR_DIGIT.test(first))
    return false;
  if (after !== undefined && (after > '\u007f' || last > '\u007f') && LETTER_OR_DIGIT.test(after) && LETTER_OR_DIGIT.test(last))
    return false;
  return true;
}

export function compileTriggerLexicon(options: TriggerLexiconOptions): TriggerMatcher {
  const enabled = BLUR_CATEGORIES.filter((id) => options.categories[id] === true);
  const lexicons = options.lexicons ?? lexiconsFor(options.language);
  const { usable, skipped } = prepareCustomTerms(options.customTerms ?? []);

  const all = newTermSet();
  const groups: TermGroup[] = [];
  for (const id of enabled) {
    for (const lexicon of lexicons) {
      for (const entry of lexicon[id] ?? []) {
        const group: TermGroup = {
          id,
          terms: newTermSet(),
          firstWords: new Set(),
          notFollowedBy: entry.notFollowedBy,
          notPrecededBy: entry.notPrecededBy,
        };
        for (const term of entry.terms) {
          const segments = parseLexiconTerm(normalizeForMatching(term));
          addTerm(all, scanPrefix(segments));
          addTerm(group.terms, segments);
          noteFirstWords(group, segments);
        }
        if (group.terms.count) groups.push(group);
      }
    }
  }
  if (usable.length) {
    const group: TermGroup = { id: 'custom', terms: newTermSet(), firstWords: new Set() };
    for (const term of usable) {
      const segments = parseLiteralTerm(term);
      addTerm(all, scanPrefix(segments));
      addTerm(group.terms, segments);
      noteFirstWords(group, segments);
    }
    groups.push(group);
  }
  // A hit is checked only against the groups with a term starting with its first word.
  const groupsByFirstWord = new Map<string, TermGroup[]>();
  const checkAlways: TermGroup[] = [];
  for (const group of groups) {
    if (!group.firstWords) checkAlways.push(group);
    else
      for (const word of group.firstWords) {
        const list = groupsByFirstWord.get(word) ?? [];
        list.push(group);
        groupsByFirstWord.set(word, list);
      }
  }
  const groupsFor = (hit: string): TermGroup[] => {
    const list = groupsByFirstWord.get(hit.split(FIRST_WORD_END, 1)[0]!);
    return list ? (checkAlways.length ? [...list, ...checkAlways] : list) : checkAlways;
  };

  if (all.count === 0) return { categoriesIn: () => null, hitsIn: () => [], isEmpty: true, skippedTerms: skipped, patternLength: 0 };

  const sources = scannerSources(all);
  const scanners = sources.map((source) => new RegExp(source, 'g'));
  const wanted = new Set<BlurCategory | 'custom'>([...enabled, ...(usable.length ? ['custom' as const] : [])]);

  /**
   * The scanner found some term at `start`; which groups have a term there? Each
   * group looks for its own term at that position (the scanner stops at the first
   * branch that matches, which may belong to another group), then its exceptions
   * have their say.
   */
  const groupsAt = (
    text: string,
    start: number,
    scanned: string,
    found: Set<BlurCategory | 'custom'>,
    hits?: Array<{ category: BlurCategory | 'custom'; text: string }>,
  ): void => {
    for (const group of groupsFor(scanned)) {
      if (found.has(group.id)) continue;
      const compiled = compileGroup(group);
      compiled.at.lastIndex = start;
      const hit = compiled.at.exec(text);
      if (!hit || !hit[0]) continue;
      const end = start + hit[0].length;
      if (!isWholeWord(text, start, end)) continue;
      if (compiled.followed) {
        compiled.followed.lastIndex = end;
        if (compiled.followed.test(text)) continue;
      }
      if (compiled.preceded && compiled.preceded.test(text.slice(Math.max(0, start - EXCEPTION_LOOKBEHIND), start))) continue;
      if (hits) hits.push({ category: group.id, text: hit[0] });
      else found.add(group.id);
    }
  };

  const scanOne = (scanner: RegExp, text: string, found: Set<BlurCategory | 'custom'>): void => {
    scanner.lastIndex = 0;
    let hit: RegExpExecArray | null;
    while ((hit = scanner.exec(text))) {
      const start = hit.index;
      if (hit[0]) groupsAt(text, start, hit[0], found);
      if (found.size === wanted.size) return;
      // Look again from the next character: a term may start inside this one.
      scanner.lastIndex = start + 1;
    }
  };

  return {
    hitsIn(text: string) {
      const folded = normalizeForMatching(text);
      const hits: Array<{ category: BlurCategory | 'custom'; text: string }> = [];
      for (const scanner of scanners) {
        scanner.lastIndex = 0;
        let hit: RegExpExecArray | null;
        while ((hit = scanner.exec(folded))) {
          if (hit[0]) groupsAt(folded, hit.index, hit[0], new Set(), hits);
          scanner.lastIndex = hit.index + 1;
        }
      }
      return hits;
    },
    isEmpty: false,
    skippedTerms: skipped,
    patternLength: sources.reduce((n, s) => n + s.length, 0),
    categoriesIn(text: string): ContentWarning | null {
      if (!text) return null;
      const folded = normalizeForMatching(text);
      const found = new Set<BlurCategory | 'custom'>();
      for (const scanner of scanners) {
        scanOne(scanner, folded, found);
        if (found.size === wanted.size) break;
      }
      if (!found.size) return null;
      return { categories: enabled.filter((id) => found.has(id)), custom: found.has('custom') };
    },
  };
}
