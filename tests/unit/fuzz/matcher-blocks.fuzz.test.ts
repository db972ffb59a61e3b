import fc from 'fast-check';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { findUnits, textOfUnit } from '@/lib/blur/blocks';
import { BLUR_CATEGORIES, type BlurCategory } from '@/lib/blur/categories';
import { compileTriggerLexicon } from '@/lib/blur/matcher';

/**
 * Fuzzing the content-warning matcher and the block finder (issue 15): random Unicode
 * text and random DOM trees never make them throw or hang, and the same input gives
 * the same answer twice. Only the exported functions are used, so that changes to
 * the matcher's inside do not break these tests. Fixed seeds: CI runs the same inputs.
 */
const SEED = 15_2026;
/** Per input of at most ~10 KB. Loose on purpose: the machine may be loaded; a hang is far above it. */
const TIME_LIMIT_MS = 500;

const ALL_ON = Object.fromEntries(BLUR_CATEGORIES.map((id) => [id, true])) as Record<BlurCategory, boolean>;
const MATCHERS = [
  compileTriggerLexicon({ categories: ALL_ON }),
  compileTriggerLexicon({ categories: ALL_ON, language: 'es', customTerms: ['my ex', 'the house on elm', 'ñandú'] }),
];

/** Cue words from the matcher's own tests, so that generated text reaches the match paths. */
const CUES = [
  'She was raped.',
  'He beat her.',
  'he strangled her',
  'non-fatal strangulation',
  'self-harm',
  'self – harm',
  'selfharm',
  'I keep cutting myself',
  'coercive control',
  'my husband hits me',
  'sexually assaulted',
  'RAPISTS',
  'rapeseed oil',
  'cutting-edge',
  'my ex',
];
/** Code units and sequences that trip up text handling. */
const AWKWARD = [
  '\uD800', // lone high surrogate
  '\uDC00', // lone low surrogate
  '\u0301\u0301\u0301', // combining marks with nothing to combine with
  'e\u0301',
  '\u200B', // zero-width space
  '\u200C\u200D', // zero-width (non-)joiner
  '\u00AD', // soft hyphen
  '\u202E', // right-to-left override
  '\u2066\u2069', // isolates
  'مرحبا بالعالم',
  'שלום',
  '\uFEFF',
  '\u0000',
  '\u2028',
  '🏳️‍🌈',
  'ＲＡＰＥ', // full-width
  'r\u200Ba\u200Bp\u200Be',
  '-'.repeat(50),
  ' '.repeat(50),
];

const fragment = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.constantFrom(...CUES) },
  { weight: 2, arbitrary: fc.constantFrom(...AWKWARD) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
);
const separator = fc.constantFrom(' ', '', '-', '\n', '. ', '\u00A0', '\t');

const shortText = fc.array(fc.tuple(fragment, separator), { maxLength: 60 }).map((parts) => parts.map(([f, s]) => f + s).join(''));
/** Up to ~10 KB: one piece repeated, the shape that makes a backtracking expression slow. */
const longText = fc
  .tuple(shortText, fc.integer({ min: 1, max: 10_000 }))
  .map(([piece, size]) => (piece || 'a ').repeat(Math.ceil(size / Math.max(1, piece.length))).slice(0, 10_000));
const anyText = fc.oneof({ weight: 3, arbitrary: shortText }, { weight: 1, arbitrary: longText });

function timed<T>(run: () => T): T {
  const start = performance.now();
  const result = run();
  expect(performance.now() - start).toBeLessThan(TIME_LIMIT_MS);
  return result;
}

describe('fuzz: the matcher on random Unicode text', () => {
  it('never throws, answers within the time bound, and answers the same twice', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(0, 1), (text, which) => {
        const matcher = MATCHERS[which]!;
        const first = timed(() => matcher.categoriesIn(text));
        const hits = timed(() => matcher.hitsIn(text));
        expect(matcher.categoriesIn(text)).toEqual(first);
        expect(matcher.hitsIn(text)).toEqual(hits);
        if (first) {
          expect(first.categories.every((c) => BLUR_CATEGORIES.includes(c))).toBe(true);
          expect(first.categories.length > 0 || first.custom).toBe(true);
        }
      }),
      { numRuns: 400, seed: SEED },
    );
  });

  it('the generated text does reach the match paths (both answers are seen)', () => {
    const answers = fc.sample(anyText, { numRuns: 200, seed: SEED }).map((t) => MATCHERS[0]!.categoriesIn(t) !== null);
    expect(answers).toContain(true);
    expect(answers).toContain(false);
  });
});

// ---------------------------------------------------------------------------
// Random DOM trees from a small grammar

type Tree = { kind: 'text'; text: string } | { kind: 'element'; tag: string; editable: boolean; shadow: boolean; children: Tree[] };

const TAGS = [
  'div',
  'p',
  'span',
  'b',
  'a',
  'article',
  'section',
  'main',
  'ul',
  'li',
  'table',
  'tr',
  'td',
  'blockquote',
  'pre',
  'h2',
  'figure',
  'figcaption',
  'script',
  'style',
  'noscript',
  'textarea',
  'template',
  'svg',
  'shreddit-comment',
  'x-card',
];

const { tree } = fc.letrec<{ tree: Tree; node: Tree }>((tie) => ({
  // The text leaf first: at the depth limit fast-check takes the first choice.
  tree: fc.oneof(
    { maxDepth: 5, depthIdentifier: 'dom', withCrossShrink: true },
    fc.record({ kind: fc.constant('text' as const), text: shortText }),
    tie('node'),
  ),
  node: fc.record({
    kind: fc.constant('element' as const),
    tag: fc.constantFrom(...TAGS),
    editable: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
    shadow: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
    children: fc.array(tie('tree'), { maxLength: 5, depthIdentifier: 'dom' }),
  }),
}));

function build(doc: Document, node: Tree, parent: Node): void {
  if (node.kind === 'text') {
    parent.appendChild(doc.createTextNode(node.text));
    return;
  }
  const element = doc.createElement(node.tag);
  if (node.editable) element.setAttribute('contenteditable', 'true');
  parent.appendChild(element);
  // A custom element may hold an open shadow root, which findUnits reports rather than enters.
  const into = node.shadow && node.tag.includes('-') ? element.attachShadow({ mode: 'open' }) : element;
  for (const child of node.children) build(doc, child, into);
}

function pageOf(trees: Tree[]): Document {
  const window = new Window();
  const doc = window.document as unknown as Document;
  doc.write('<!doctype html><html><body></body></html>');
  for (const t of trees) build(doc, t, doc.body);
  return doc;
}

describe('fuzz: the block finder on random DOM trees', () => {
  it('never throws, finishes within the time bound, finds the same units twice (with or without caches)', () => {
    let unitsSeen = 0;
    let shadowsSeen = 0;
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 6 }), (trees) => {
        const doc = pageOf(trees);
        const first = timed(() => findUnits(doc));
        const again = findUnits(doc);
        unitsSeen += first.units.size;
        shadowsSeen += first.shadowRoots.length;
        const cached = timed(() => findUnits(doc, { unitCache: new Map(), sizeCache: new Map(), editableCache: new Map() }));
        expect([...again.units]).toEqual([...first.units]);
        expect(new Set(cached.units)).toEqual(new Set(first.units));
        expect(again.shadowRoots).toEqual(first.shadowRoots);
        for (const unit of first.units) {
          // A unit is an element of this page, never the body or the root.
          expect(unit.ownerDocument).toBe(doc);
          expect(['html', 'body']).not.toContain(unit.localName);
          const text = timed(() => textOfUnit(unit));
          expect(textOfUnit(unit)).toBe(text);
          const warning = timed(() => MATCHERS[0]!.categoriesIn(text));
          expect(MATCHERS[0]!.categoriesIn(text)).toEqual(warning);
        }
      }),
      { numRuns: 200, seed: SEED },
    );
    // The grammar does make pages with units and with shadow roots.
    expect(unitsSeen).toBeGreaterThan(100);
    expect(shadowsSeen).toBeGreaterThan(0);
  });
});
