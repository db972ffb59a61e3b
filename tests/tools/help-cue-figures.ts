/**
 * How the help-text cues (lib/blur/lexicon/help-cues.ts) sort the training passages:
 * help passages recognised, and passages to blur wrongly taken for help, per kind.
 * For choosing the cues; never reads tests/fixtures/blur-eval/blind-*.
 *
 *   npx tsx tests/tools/help-cue-figures.ts [--show]
 */
import { helpTextTest } from '../../lib/blur/help-text';
import { loadTrainingData, TRAINED_LANGUAGES } from '../../lib/blur/model/train';
import { normalizeForMatching } from '../../lib/blur/normalize';

const show = process.argv.includes('--show');
for (const language of TRAINED_LANGUAGES) {
  const isHelp = helpTextTest(language);
  if (!isHelp) continue;
  const byKind = new Map<string, { all: number; help: number; examples: string[] }>();
  for (const p of loadTrainingData(language)) {
    const row = byKind.get(p.kind) ?? { all: 0, help: 0, examples: [] };
    row.all++;
    if (isHelp(normalizeForMatching(p.text))) {
      row.help++;
      row.examples.push(p.text);
    } else if (p.kind === 'help') row.examples.push(`MISSED: ${p.text}`);
    byKind.set(p.kind, row);
  }
  console.log(`\n=== ${language}: passages taken for help, by kind`);
  for (const [kind, row] of [...byKind].toSorted()) {
    console.log(`${kind.padEnd(14)} ${row.help}/${row.all} (${((100 * row.help) / row.all).toFixed(1)} %)`);
    if (show && kind !== 'negative') for (const e of row.examples.slice(0, 40)) console.log(`    ${e}`);
  }
}
