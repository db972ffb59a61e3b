/**
 * Blurred blocks on the corpus (../shared/corpus/pages), as the content script would
 * decide them with the default settings and each page's declared language: how many
 * per page, and a fixed, seeded sample of 30 to judge by hand (yes / borderline / no).
 * The judgement is written down in docs/blurring.md with the commit it was made on.
 *
 *   npx tsx tests/tools/corpus-sample.ts            SAMPLE=30 SEED=7
 */
import { compileTriggerLexicon } from '../../lib/blur/matcher';
import { defaultSettings } from '../../lib/settings/schema';
import { loadCorpusUnits } from '../support/corpus-units';

const SAMPLE = Number(process.env.SAMPLE ?? 30);
let seed = Number(process.env.SEED ?? 7);
const settings = defaultSettings().blur.categories;

/** A small LCG, its high bits only: the same sample for the same seed, on any machine. */
const next = (n: number) => Math.floor((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 8) % n;

interface Blurred {
  page: string;
  tag: string;
  categories: string[];
  text: string;
}

const pages = loadCorpusUnits();
const blurred: Blurred[] = [];
const perPage: number[] = [];
for (const page of pages) {
  const matcher = compileTriggerLexicon({ categories: settings, language: page.lang || undefined });
  let n = 0;
  page.units.forEach((text, i) => {
    const warning = matcher.categoriesIn(text);
    if (!warning) return;
    n++;
    blurred.push({ page: page.name, tag: page.tags[i]!, categories: [...warning.categories], text });
  });
  perPage.push(n);
}
const sorted = perPage.toSorted((a, b) => a - b);
const units = pages.reduce((n, p) => n + p.units.length, 0);
console.log(`${pages.length} pages, ${units} blocks; ${blurred.length} blurred (${((100 * blurred.length) / units).toFixed(2)} %)`);
console.log(
  `blurred per page: median ${sorted[Math.floor(sorted.length / 2)]}, p90 ${sorted[Math.floor(sorted.length * 0.9)]}, max ${sorted.at(-1)}; pages with none: ${perPage.filter((n) => n === 0).length}`,
);
const picked = new Set<number>();
while (picked.size < Math.min(SAMPLE, blurred.length)) picked.add(next(blurred.length));
console.log(`\nA sample of ${picked.size} (seed ${process.env.SEED ?? 7}), to judge by hand:`);
[...picked]
  .sort((a, b) => a - b)
  .forEach((i, k) => {
    const b = blurred[i]!;
    const text = b.text.replace(/\s+/g, ' ').trim();
    console.log(`\n${k + 1}. ${b.page} <${b.tag}> ${b.categories.join(', ')}\n   ${text.length > 300 ? `${text.slice(0, 300)}…` : text}`);
  });
