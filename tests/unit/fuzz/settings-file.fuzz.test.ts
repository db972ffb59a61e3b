import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addChosenSite, importSettings } from '@/lib/platform/chosen-sites';
import { replaceSettings } from '@/lib/platform/settings-store';
import { parseSettingsFile, settingsFileOf, settingsFileSchema } from '@/lib/settings/file';
import { isSettingsNotice, type SettingsNotice } from '@/lib/settings/notices';
import { defaultSettings, type Settings } from '@/lib/settings/schema';
import { CURRENT_FIXTURE, loadFixture } from '../settings/load-fixture';
import { englishNotice } from '../settings/notice-text';

/**
 * Fuzzing the settings file import (issue 15): whatever file the survivor picks, it is
 * either refused with a plain sentence or read as valid settings; reading it never
 * throws, never touches Object.prototype, and a refused file changes nothing stored.
 * Fixed seeds so that CI runs the same inputs every time.
 */
const SEED = 15_2026;
const bytes = (text: string) => new TextEncoder().encode(text).byteLength;

const VALID_DOCUMENTS: unknown[] = [settingsFileOf(defaultSettings(), []), loadFixture(CURRENT_FIXTURE), loadFixture('v1.json')];
const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];

/** Every place in a document that can be replaced: [] is the whole document. */
function pathsOf(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  const here = [path];
  if (Array.isArray(value)) return here.concat(...value.map((v, i) => pathsOf(v, [...path, i])));
  if (value && typeof value === 'object') return here.concat(...Object.entries(value).map(([k, v]) => pathsOf(v, [...path, k])));
  return here;
}

/** A copy of the document with the value at `path` given by `replace` (undefined removes it). */
function mutated(doc: unknown, path: (string | number)[], replace: (old: unknown) => unknown): unknown {
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  if (path.length === 0) return replace(copy);
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  const next = replace(parent[last]);
  if (next === undefined) delete parent[last];
  else parent[last] = next;
  return copy;
}

/** The wrong-type and edge values a hand-edited file may hold. */
const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(undefined, null, '', 0, -1, Number.MAX_VALUE, 2 ** 53, true, [], {}, '1', '2', 'true', 'null', ' 1 '),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);

/** A valid document with one field replaced, removed, turned into a string, or given a prototype key. */
const mutatedDocument: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...VALID_DOCUMENTS), fc.nat(), fc.integer({ min: 0, max: 4 }), oddValue, fc.constantFrom(...PROTOTYPE_KEYS))
  .map(([doc, pick, how, value, protoKey]) => {
    const paths = pathsOf(doc);
    const path = paths[pick % paths.length]!;
    const changed = mutated(doc, path, (old) => {
      switch (how) {
        case 0:
          return value;
        case 1:
          return undefined;
        case 2:
          // Numbers (and booleans) as strings: "version": "2".
          return old !== null && typeof old !== 'object' ? String(old) : value;
        case 3:
          return old && typeof old === 'object' && !Array.isArray(old) ? { ...old, [protoKey]: value } : value;
        default:
          // A huge string where a short one belongs.
          return 'x'.repeat(200_000);
      }
    });
    let text = JSON.stringify(changed) ?? 'undefined';
    // A key "__proto__" written by hand in the file (JSON.parse keeps it as an own key,
    // where an object literal would have set the prototype instead).
    if (how === 3 && protoKey === '__proto__') text = text.replace(/^\{/, `{"__proto__":${JSON.stringify(value) ?? 'null'},`);
    return text;
  });

const deepNesting: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 1, max: 5000 }), fc.constantFrom('[', '{"a":', '{"version":2,"exit":'))
  .map(([depth, open]) => {
    const close = open === '[' ? ']' : '}';
    return `${open.repeat(depth)}1${close.repeat(depth)}`;
  });

const prototypeDocument: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...PROTOTYPE_KEYS), fc.jsonValue({ maxDepth: 2 }), fc.boolean())
  .map(([key, value, withVersion]) => {
    const inner = JSON.stringify({ polluted: value, version: 2, isAdmin: true });
    return `{${withVersion ? '"version":2,' : ''}"${key}":${inner},"sites":{"${key}":${inner}}}`;
  });

const anyFile: fc.Arbitrary<string> = fc.oneof(
  fc.json({ maxDepth: 4 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc
    .jsonValue({ maxDepth: 3 })
    .map((v) => JSON.stringify({ version: 2, ...(v && typeof v === 'object' && !Array.isArray(v) ? v : { v }) })),
  deepNesting,
  prototypeDocument,
  mutatedDocument,
  mutatedDocument,
  fc.constant(JSON.stringify({ ...defaultSettings(), help: { ...defaultSettings().help, country: 'x'.repeat(1_000_000) } })),
);

function prototypeUntouched(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).toSorted()).toEqual(OBJECT_PROTOTYPE_KEYS);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
}
const OBJECT_PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).toSorted();

/** What the survivor would read, held to being a plain sentence. */
function expectPlainMessage(problem: unknown): void {
  // A notice the locale has (lib/ returns keys since issue 16), written out as the page does.
  expect(isSettingsNotice(problem)).toBe(true);
  const text = englishNotice(problem as SettingsNotice);
  expect(text.trim().length).toBeGreaterThan(0);
  // No stack trace, no exception name, no internal object dump, no substitution left empty.
  expect(text).not.toMatch(/\n\s+at |\bError:|\[object |undefined|\$[A-Z]+\$/);
}

/** Parse as the options page does; the result, or what it threw. */
function readFile(text: string): { result?: ReturnType<typeof parseSettingsFile>; thrown?: unknown } {
  try {
    return { result: parseSettingsFile(text, bytes(text)) };
  } catch (thrown) {
    return { thrown };
  }
}

describe('fuzz: the settings file import', () => {
  it('refuses with plain messages or reads valid settings, never throws, never pollutes the prototype', () => {
    fc.assert(
      fc.property(anyFile, (text) => {
        const { result, thrown } = readFile(text);
        expect(thrown).toBeUndefined();
        prototypeUntouched();
        if (!result!.ok) {
          expect(result!.errors.length).toBeGreaterThan(0);
          result!.errors.forEach(expectPlainMessage);
        } else {
          expect(settingsFileSchema.safeParse(result!.settings).success).toBe(true);
          expect(Object.getPrototypeOf(result!.settings)).toBe(Object.prototype);
        }
      }),
      { numRuns: 500, seed: SEED },
    );
  });

  it('accepts a valid document whatever else it holds, and refuses one with a field of the wrong type', () => {
    // Sanity for the generators above: both branches of the property are really taken.
    const outcomes = fc.sample(mutatedDocument, { numRuns: 300, seed: SEED }).map((text) => readFile(text).result!.ok);
    expect(outcomes).toContain(true);
    expect(outcomes).toContain(false);
  });

  describe('through to storage (the options page flow: read the file, and import only what was read)', () => {
    const stored: Settings = defaultSettings();
    // The chosen sites live in their own record, not in the settings.
    const seed = async () => {
      await replaceSettings(stored);
      await addChosenSite('hotline.example');
    };

    beforeEach(async () => {
      fakeBrowser.reset();
      await seed();
    });

    it('a refused file leaves the stored settings exactly as they were; an accepted one is what is stored', async () => {
      let refused = 0;
      let imported = 0;
      await fc.assert(
        fc.asyncProperty(fc.oneof(mutatedDocument, prototypeDocument, fc.json({ maxDepth: 3 })), async (text) => {
          const before = await fakeBrowser.storage.local.get(null);
          const { result, thrown } = readFile(text);
          expect(thrown).toBeUndefined();
          if (!result!.ok) {
            refused++;
            expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
            return;
          }
          imported++;
          await importSettings(result!.settings);
          const after = await fakeBrowser.storage.local.get(null);
          expect(JSON.stringify(after)).toContain(JSON.stringify(result!.settings.exit));
          prototypeUntouched();
          // Back to the starting point for the next input.
          await fakeBrowser.storage.local.clear();
          await seed();
        }),
        { numRuns: 200, seed: SEED },
      );
      expect(refused).toBeGreaterThan(0);
      expect(imported).toBeGreaterThan(0);
    });
  });
});
