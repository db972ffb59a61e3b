/**
 * Lexicon alone, model alone, and both, on the validation split of the training data
 * (the model trained without it) and on the already-seen held-out sets, per language.
 * For choosing and for the model card; never reads tests/fixtures/blur-eval/blind-*.
 *
 *   npx tsx tests/tools/blur-figures.ts
 */
import { BLUR_CATEGORIES, type BlurCategory } from '../../lib/blur/categories';
import { compileTriggerLexicon } from '../../lib/blur/matcher';
import { isValidation, loadTrainingData, train, TRAINED_LANGUAGES } from '../../lib/blur/model/train';
import { loadHeldOutSet, scoreEvaluation } from '../unit/blur/eval-set';
import { figureRows, trainingFigures } from '../unit/blur/train-eval';

const ALL_ON = Object.fromEntries(BLUR_CATEGORIES.map((id) => [id, true])) as Record<BlurCategory, boolean>;
const STAGES = ['lexicon', 'model', 'both'] as const;

for (const language of TRAINED_LANGUAGES) {
  const passages = loadTrainingData(language);
  if (!passages.length) continue;
  const validation = passages.filter(isValidation);
  const model = train(
    language,
    passages.filter((p) => !isValidation(p)),
  );
  console.log(`\n=== ${language}: validation ${validation.length} of ${passages.length} passages (model trained on the rest)`);
  for (const stages of STAGES) {
    const matcher = compileTriggerLexicon({ categories: ALL_ON, language, stages, models: { [language]: model } });
    const rows = figureRows(trainingFigures(matcher, validation));
    console.log(`\n-- ${stages}: right category ${rows.rightCategory}`);
    console.table(rows.kinds);
    console.table(rows.categories);
  }
  if (language !== 'en') continue;
  for (const folder of ['held-out', 'held-out-2', 'held-out-3', 'held-out-4'] as const) {
    const set = loadHeldOutSet(folder);
    const line = STAGES.map((stages) => {
      const held = scoreEvaluation(compileTriggerLexicon({ categories: ALL_ON, stages }), set);
      const found = held.reduce((n, s) => n + s.found, 0);
      const positives = held.reduce((n, s) => n + s.positives, 0);
      const negatives = set.filter((p) => p.kind === 'negative');
      const wrongly = new Set(held.flatMap((s) => s.wrongly.filter((p) => p.kind === 'negative')));
      return `${stages} ${found}/${positives} found, ${wrongly.size}/${negatives.length} ordinary blurred`;
    });
    console.log(`${folder} (already seen, shipped model): ${line.join(' | ')}`);
  }
}
