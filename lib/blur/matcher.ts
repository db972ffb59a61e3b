import { helpTextsFor } from './help-text';
import { BLUR_CATEGORIES, type BlurCategory } from './categories';
import { compiledLexicon } from './lexicon/compiled';
import type { Lexicon } from './lexicon/types';
import { normalizeForMatching } from './normalize';
import { prepareCustomTerms, type SkippedTerm } from './custom-terms';
import { guessLanguage, liveModel, MODELS, modelFor, primaryLanguage, type LiveModel, type ShippedModel } from './model/index';

export { MAX_CUSTOM_TERM_LENGTH, MAX_CUSTOM_TERMS, prepareCustomTerms, type SkipReason, type SkippedTerm } from './custom-terms';

/**
 * One compiled matcher for every term: the lexicons' terms and the survivor's own
 * words go into a single trie, written out as one regular expression, so the cost of
 * a scan grows with the text, not with the number of terms (a regex per term is
 * 25-250 times slower: `npm run bench:blur`, figures in the README).
 *
 * - Whole words, Unicode-aware: JavaScript's `\b` only knows ASCII, so the regex uses
 *   `\b` on the folded text (accented Latin letters are folded to ASCII first) and
 *   every hit is then checked against its neighbours with `\p{L}\p{N}\p{M}`.
 * - Case and accents do not matter (see ./normalize.ts); a space in a term matches
 *   any run of white space, line breaks included.
 * - The result names categories, never the word that matched: the label on the page
 *   must not repeat what the survivor asked not to see, nor reveal their own words.
 */

export interface ContentWarning {
  /** The lexicon categories found, in the order the survivor sees them. */
  categories: BlurCategory[];
  /** True when one of the survivor's own words was found. */
  custom: boolean;
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
  /** Use these lexicons (compiled now) instead of the bundled, precompiled ones: for tests and new languages. */
  lexicons?: Lexicon[];
  /**
   * Use these models (by language) instead of the bundled ones: for tests and new
   * languages. With `lexicons` and no `models`, no model is used.
   */
  models?: Readonly<Record<string, ShippedModel>>;
  /**
   * Which stages decide: the lexicon, the model (./model), or both (the default: a
   * passage is flagged when either finds it, and never when the model reads it as
   * help). The other two are for measuring one stage against the other.
   */
  stages?: 'both' | 'lexicon' | 'model';
}

// ---------------------------------------------------------------------------
// Terms → segments

type Segment =
  | { kind: 'char'; ch: string }
  | { kind: 'space' }
  | { kind: 'hyphen' }
  | { kind: 'number' }
  | { kind: 'gap' }
  | { kind: 'group'; alternatives: Segment[][]; key: string };

const WORD_CHAR = /[a-z0-9_]/;
const isWordChar = (ch: string) => WORD_CHAR.test(ch);

/** Parses the lexicon syntax of ./lexicon/types.ts (already normalized text). */
function parseLexiconTerm(term: string): Segment[] {
  const plain = (text: string): Segment[] => {
    const out: Segment[] = [];
    for (const ch of text) {
      if (/\s/.test(ch)) {
        if (out.at(-1)?.kind !== 'space' && out.at(-1)?.kind !== 'gap') out.push({ kind: 'space' });
      } else if (ch === '~') {
        // A gap takes the white space on both sides with it.
        if (out.at(-1)?.kind === 'space') out.pop();
        out.push({ kind: 'gap' });
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
    case 'gap':
      return '\u0000w';
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

/** The words a gap (`~`) may skip; see ./lexicon/types.ts. */
export const GAP_WORDS = 6;
const GAP_SOURCE = `[,'")\\]]?\\s+(?:[^\\s.!?;:]+\\s+){0,${GAP_WORDS}}`;

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
    case 'gap':
      // Up to six words in between, within one sentence (a comma or a closing quote
      // may end the word before). Words and white space are disjoint classes, so the
      // engine cannot backtrack more than seven ways.
      return GAP_SOURCE;
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

function addTerm(set: TermSet, segments: Segment[], splitFirst = true): void {
  // A term that starts with alternatives ("{my|her|his} father…") is entered once
  // per first letter of them ("m{y} father…", "h{er|is} father…"): the top of the
  // expression then branches on one character, which the regex engine checks in one
  // step at each position, instead of trying every such term in turn (measured: the
  // terms that start with alternatives took two thirds of the scanning time).
  // Only the scanner needs this: a group's own expression is tried at one position,
  // where the split would only copy each tail once per first letter.
  const [first, ...rest] = segments;
  if (splitFirst && first?.kind === 'group') {
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
  // Each way so far, and whether its first word has ended. A hit is looked up by
  // its text up to the first white space or hyphen, so an optional hyphen gives two
  // ways: "self-harm" is found as "self" ("self-harm", "self harm") and as
  // "selfharm"; "ex-husband" as "ex" and "exhusband".
  type Way = { text: string; done: boolean };
  let unusable = false;
  const walk = (from: Way[], seq: Segment[]): Way[] => {
    let ways = from;
    for (const segment of seq) {
      if (ways.every((w) => w.done)) break;
      const open = ways.filter((w) => !w.done);
      const done = ways.filter((w) => w.done);
      if (segment.kind === 'char') ways = [...done, ...open.map((w) => ({ text: w.text + segment.ch, done: false }))];
      else if (segment.kind === 'space' || segment.kind === 'gap') ways = [...done, ...open.map((w) => ({ ...w, done: true }))];
      else if (segment.kind === 'hyphen') ways = [...done, ...open.map((w) => ({ ...w, done: true })), ...open];
      else if (segment.kind === 'group') ways = [...done, ...segment.alternatives.flatMap((alt) => walk(open, alt))];
      else {
        unusable = true;
        return [];
      }
    }
    return ways;
  };
  const ways = walk([{ text: '', done: false }], segments);
  const texts = [...new Set(ways.map((w) => w.text))];
  return !unusable && texts.length && texts.every(Boolean) ? texts : null;
}

function scanPrefix(segments: Segment[]): Segment[] {
  const spaceAt = (from: number) => segments.findIndex((s, i) => i >= from && (s.kind === 'space' || s.kind === 'gap'));
  const first = spaceAt(0);
  if (first < 0) return segments;
  const firstWords = (firstWordsOf(segments.slice(0, first)) ?? ['']).map((w) => w.replace(/'/g, ''));
  // A gap right after the first word: the scanner cannot hold it (correct, only slower for a little word).
  if (segments[first]!.kind === 'gap' || !firstWords.some((w) => LITTLE_WORDS.has(w) || w.length < 3)) return segments.slice(0, first);
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

/**
 * A lexicon turned into what the matcher runs: the scanning expressions and, per
 * group of terms, its own expression and exceptions. Plain data, so that the
 * bundled lexicons are compiled ahead of time (./lexicon/compiled.ts, made by
 * ./lexicon/generate.ts): building the trie in a page's fresh script, before the
 * engine has optimized anything, took a quarter of a second per page.
 */
export interface CompiledLexicon {
  /** Each term's start (see scanPrefix), as few expressions as fit under MAX_SOURCE. */
  scanners: string[];
  groups: CompiledGroup[];
}

export interface CompiledGroup {
  id: BlurCategory | 'custom';
  /** The group's terms, whole, with word boundaries: tried at one position only. */
  source: string;
  /** Exceptions: what may not follow or precede a term of the group. */
  followed?: string;
  preceded?: string;
  /** The first words the group's terms can start with; null when some term starts otherwise. */
  firstWords: string[] | null;
}

function groupOf(
  id: BlurCategory | 'custom',
  terms: Segment[][],
  notFollowedBy?: readonly string[],
  notPrecededBy?: readonly string[],
): CompiledGroup {
  const set = newTermSet();
  let firstWords: Set<string> | null = new Set();
  for (const segments of terms) {
    addTerm(set, segments, false);
    const words = firstWordsOf(segments);
    if (!words) firstWords = null;
    else for (const word of words) firstWords?.add(word);
  }
  return {
    id,
    source: termSetSource(set),
    ...(notFollowedBy?.length ? { followed: `[\\s\\-]+(?:${phrasesSource(notFollowedBy)})` } : {}),
    ...(notPrecededBy?.length ? { preceded: `\\b(?:${phrasesSource(notPrecededBy)})[\\s\\-]+$` } : {}),
    firstWords: firstWords ? [...firstWords].toSorted() : null,
  };
}

/** Compiles lexicons (every category: switching one off is done when matching). */
export function compileLexicons(lexicons: readonly Lexicon[]): CompiledLexicon {
  const scan = newTermSet();
  const groups: CompiledGroup[] = [];
  for (const id of BLUR_CATEGORIES) {
    for (const lexicon of lexicons) {
      for (const entry of lexicon[id] ?? []) {
        const terms = entry.terms.map((term) => parseLexiconTerm(normalizeForMatching(term)));
        for (const segments of terms) addTerm(scan, scanPrefix(segments));
        if (terms.length) groups.push(groupOf(id, terms, entry.notFollowedBy, entry.notPrecededBy));
      }
    }
  }
  return { scanners: scan.count ? scannerSources(scan) : [], groups };
}

/** The survivor's own terms, compiled when settings arrive (they are few, and literal). */
function compileCustomTerms(terms: readonly string[]): CompiledLexicon {
  const scan = newTermSet();
  const segments = terms.map(parseLiteralTerm);
  for (const s of segments) addTerm(scan, scanPrefix(s));
  return { scanners: scannerSources(scan), groups: [groupOf('custom', segments)] };
}

interface LiveGroup extends CompiledGroup {
  compiled?: { at: RegExp; followed?: RegExp; preceded?: RegExp };
}

function compileGroup(group: LiveGroup): NonNullable<LiveGroup['compiled']> {
  group.compiled ??= {
    at: new RegExp(group.source, 'y'),
    followed: group.followed ? new RegExp(group.followed, 'y') : undefined,
    preceded: group.preceded ? new RegExp(group.preceded) : undefined,
  };
  return group.compiled;
}

const FIRST_WORD_END = /[\s-]/;

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

/** The bundled lexicons for a page: English always, plus the page's language when there is one. */
function bundledFor(language?: string): CompiledLexicon[] {
  const primary = primaryLanguage(language);
  const own = primary && primary !== 'en' ? compiledLexicon(primary) : undefined;
  return own ? [compiledLexicon('en')!, own] : [compiledLexicon('en')!];
}

type Hit = { category: BlurCategory | 'custom'; text: string };

export function compileTriggerLexicon(options: TriggerLexiconOptions): TriggerMatcher {
  const enabled = BLUR_CATEGORIES.filter((id) => options.categories[id] === true);
  const { usable, skipped } = prepareCustomTerms(options.customTerms ?? []);
  if (!enabled.length && !usable.length)
    return { categoriesIn: () => null, hitsIn: () => [], isEmpty: true, skippedTerms: skipped, patternLength: 0 };
  const on = new Set<BlurCategory | 'custom'>([...enabled, ...(usable.length ? ['custom' as const] : [])]);

  const stages = options.stages ?? 'both';
  const useLexicon = stages !== 'model';
  const models = options.models;
  const modelOf = (language: string): LiveModel | undefined => {
    if (stages === 'lexicon' || !enabled.length) return undefined;
    // Lexicons given in place of the bundled ones come without the bundled models.
    if (!models) return options.lexicons ? undefined : modelFor(language);
    let model = testModels.get(language);
    const shipped = models[language];
    if (!model && shipped) testModels.set(language, (model = liveModel(shipped)));
    return model;
  };
  const testModels = new Map<string, LiveModel>();
  const knownLanguages = Object.keys(models ?? MODELS);
  const declared = primaryLanguage(options.language);
  const declaredKnown =
    declared !== '' && (knownLanguages.includes(declared) || (!options.lexicons && compiledLexicon(declared) !== undefined));
  /**
   * The language a block is read in: the page's declared one when there is data for
   * it, or else a guess from the block's little words (./model/language.ts).
   */
  const languageOf = (folded: string): string =>
    declaredKnown ? declared : knownLanguages.length > 1 ? guessLanguage(folded, knownLanguages) : (knownLanguages[0] ?? 'en');

  /**
   * Built on the first text to read, not before: every frame of a page runs the
   * content script, and most frames (ads, trackers, empty ones) never hold text.
   * They skip parsing the lexicon and compiling its expressions. One per language
   * (the page's, or the one guessed for a block), made when first needed.
   */
  type Engine = { scanners: RegExp[]; sources: string[]; groupsFor(hit: string): LiveGroup[] };
  const engines = new Map<string, Engine>();
  let language = declaredKnown ? declared : 'en';
  const engine = (): Engine => {
    let built = engines.get(language);
    if (!built) engines.set(language, (built = build(language)));
    return built;
  };
  const build = (forLanguage: string): Engine => {
    const parts: CompiledLexicon[] = [];
    if (enabled.length && useLexicon) parts.push(...(options.lexicons ? [compileLexicons(options.lexicons)] : bundledFor(forLanguage)));
    if (usable.length) parts.push(compileCustomTerms(usable));
    // Groups of categories that are off are dropped; the scanner may still stop at
    // their words, and finds no group to check there.
    const groups: LiveGroup[] = parts.flatMap((part) => part.groups.filter((g) => on.has(g.id)).map((g) => ({ ...g })));
    const sources = groups.length ? parts.flatMap((part) => part.scanners) : [];
    // A hit is checked only against the groups with a term starting with its first word.
    const groupsByFirstWord = new Map<string, LiveGroup[]>();
    const checkAlways: LiveGroup[] = [];
    for (const group of groups) {
      if (!group.firstWords) checkAlways.push(group);
      else
        for (const word of group.firstWords) {
          const list = groupsByFirstWord.get(word);
          if (list) list.push(group);
          else groupsByFirstWord.set(word, [group]);
        }
    }
    return {
      sources,
      scanners: sources.map((source) => new RegExp(source, 'g')),
      groupsFor(hit: string): LiveGroup[] {
        const list = groupsByFirstWord.get(hit.split(FIRST_WORD_END, 1)[0]!);
        return list ? (checkAlways.length ? [...list, ...checkAlways] : list) : checkAlways;
      },
    };
  };

  /**
   * The scanner found the start of some term at `start`; which groups have a whole
   * term there? Each group looks for its own term at that position, then its
   * exceptions have their say.
   */
  const groupsAt = (text: string, start: number, scanned: string, found: Set<BlurCategory | 'custom'>, hits?: Hit[]): void => {
    for (const group of engine().groupsFor(scanned)) {
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

  const scanOne = (scanner: RegExp, text: string, found: Set<BlurCategory | 'custom'>, hits?: Hit[]): void => {
    scanner.lastIndex = 0;
    let hit: RegExpExecArray | null;
    while ((hit = scanner.exec(text))) {
      const start = hit.index;
      if (hit[0]) groupsAt(text, start, hit[0], found, hits);
      if (!hits && found.size === on.size) return;
      // Look again from the next character: a term may start inside this one.
      scanner.lastIndex = start + 1;
    }
  };

  return {
    isEmpty: false,
    skippedTerms: skipped,
    get patternLength() {
      return engine().sources.reduce((n, s) => n + s.length, 0);
    },
    categoriesIn(text: string): ContentWarning | null {
      if (!text) return null;
      const folded = normalizeForMatching(text);
      language = languageOf(folded);
      const found = new Set<BlurCategory | 'custom'>();
      for (const scanner of engine().scanners) {
        scanOne(scanner, folded, found);
        if (found.size === on.size) break;
      }
      const model = modelOf(language);
      const read = model?.decide(folded);
      // Help is never hidden: a helpline's page names the subject in order to offer
      // help. Only the survivor's own words still count there. The model's help class
      // and the help cues (./help-text.ts) each catch wordings the other misses.
      // The model's help reading alone does not clear a passage the lexicon found: it
      // also needs a word of help in it (a passage naming abuse, with no line, service
      // or offer in sight, read as help once the model learned from recovery stories).
      const help = useLexicon ? helpTextsFor(language) : undefined;
      const modelHelp = read?.help === true && (!found.size || !help || help.hasHelpWords(folded));
      if (modelHelp || (help && (found.size || read?.categories.size) && help.isHelp(folded))) for (const id of enabled) found.delete(id);
      else if (read) for (const id of read.categories) if (on.has(id)) found.add(id);
      if (!found.size) return null;
      return { categories: enabled.filter((id) => found.has(id)), custom: found.has('custom') };
    },
    hitsIn(text: string) {
      const folded = normalizeForMatching(text);
      language = languageOf(folded);
      const hits: Hit[] = [];
      for (const scanner of engine().scanners) scanOne(scanner, folded, new Set(), hits);
      return hits;
    },
  };
}
