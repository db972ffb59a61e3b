/**
 * Figures on a blind set (tests/fixtures/blur-eval/blind-N): per kind, per category,
 * and the right category, for each language, with the page's language declared and
 * with none (the matcher guesses). Prints figures only, never a passage: the set
 * measures something only while nobody tunes on what it holds.
 *
 *   npx tsx tests/tools/blind-figures.ts blind-5
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BLUR_CATEGORIES, type BlurCategory } from '../../lib/blur/categories';
import { compileTriggerLexicon } from '../../lib/blur/matcher';

interface BlindPassage {
  kind: 'names' | 'describes' | 'register' | 'tricky' | 'help';
  text: string;
  expect: BlurCategory[];
  also?: BlurCategory[];
}

const folder = process.argv[2] ?? 'blind-5';
const dir = join(import.meta.dirname, '../fixtures/blur-eval', folder);
const ALL_ON = Object.fromEntries(BLUR_CATEGORIES.map((id) => [id, true])) as Record<BlurCategory, boolean>;
const pct = (n: number, of: number) => `${of ? ((100 * n) / of).toFixed(1) : '-'} % (${n}/${of})`;

for (const language of readdirSync(dir).filter((f) => !f.includes('.'))) {
  const passages = JSON.parse(readFileSync(join(dir, language, 'passages.json'), 'utf8')) as BlindPassage[];
  for (const declared of [language, undefined]) {
    const matcher = compileTriggerLexicon({ categories: ALL_ON, language: declared });
    const found = passages.map((p) => new Set(matcher.categoriesIn(p.text)?.categories ?? []));
    console.log(`\n=== ${folder}/${language}, page language ${declared ?? 'not declared'}: ${passages.length} passages`);
    const kinds = [...new Set(passages.map((p) => p.kind))];
    console.table(
      Object.fromEntries(
        kinds.map((kind) => {
          const of = passages.map((p, i) => [p, found[i]!] as const).filter(([p]) => p.kind === kind);
          return [kind, { blurred: pct(of.filter(([, f]) => f.size > 0).length, of.length) }];
        }),
      ),
    );
    const harmful = passages.map((p, i) => [p, found[i]!] as const).filter(([p]) => p.expect.length > 0);
    const flagged = harmful.filter(([, f]) => f.size > 0);
    const right = flagged.filter(
      ([p, f]) => p.expect.every((c) => f.has(c)) && [...f].every((c) => p.expect.includes(c) || p.also?.includes(c)),
    );
    console.log(`right category (every expected one, nothing unfair), of the passages found: ${pct(right.length, flagged.length)}`);
    console.table(
      Object.fromEntries(
        BLUR_CATEGORIES.map((c) => {
          const of = harmful.filter(([p]) => p.expect.includes(c));
          const wrongly = passages.filter((p, i) => !p.expect.includes(c) && !p.also?.includes(c) && found[i]!.has(c)).length;
          return [c, { found: pct(of.filter(([, f]) => f.has(c)).length, of.length), 'flagged wrongly': wrongly }];
        }),
      ),
    );
  }
}
