import { describe, expect, it } from 'vitest';
import { compileTriggerLexicon } from '@/lib/blur/matcher';
import { isValidation, loadTrainingData, train, TRAINED_LANGUAGES } from '@/lib/blur/model/train';
import { ALL_ON, categoriesFound, loadEvaluationSet, loadHeldOutSet, scoreEvaluation, type Passage } from './eval-set';
import { figureRows, trainingFigures } from './train-eval';

/**
 * Passages of the evaluation set that were marked to blur before issue 12, and are
 * text about getting support: help is never hidden now, so they must stay clear and
 * are left out of recall.
 */
const HELP_SINCE_ISSUE_12 = new Set([
  'Support is available for anyone who has experienced sexual violence.',
  'The charity helps survivors of sexual abuse rebuild their lives.',
  'The shelter offers emergency rooms for people fleeing domestic violence.',
  'Selfharm support groups meet on Tuesday evenings.',
  '<ul><li><a href="#">Self</a>-<a href="#">harm</a>: where to find support</li></ul>',
  'Suicide prevention training is offered to all staff.',
  'The helpline supports people having suicidal thoughts.',
]);
const isHelp = (p: Passage) => HELP_SINCE_ISSUE_12.has(p.text ?? p.html ?? '');

/**
 * The labelled evaluation set (tests/fixtures/blur-eval): recall and false-positive
 * rate per category, with the default lexicon and every category on.
 */
describe('content-warning evaluation set', () => {
  const all = loadEvaluationSet();
  const passages = all.filter((p) => !isHelp(p));
  const scores = scoreEvaluation(compileTriggerLexicon({ categories: ALL_ON }), passages);

  it('leaves the passages about getting support clear', () => {
    const matcher = compileTriggerLexicon({ categories: ALL_ON });
    const help = all.filter(isHelp);
    expect(help.length).toBe(HELP_SINCE_ISSUE_12.size);
    for (const p of help) expect([...categoriesFound(matcher, p)], p.text ?? p.html).toEqual([]);
  });

  it('has at least 300 passages, with every kind of positive for every category', () => {
    expect(passages.length).toBeGreaterThanOrEqual(300);
    for (const score of scores) {
      const kinds = new Set(passages.filter((p) => p.expect.includes(score.category)).map((p) => p.kind));
      expect([...kinds].sort(), score.category).toEqual(['inflected', 'oblique', 'plain', 'split']);
    }
    expect(passages.filter((p) => p.kind === 'negative').length).toBeGreaterThanOrEqual(150);
  });

  it('finds at least 95 % per category, with at most 2 % false positives', () => {
    const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)} %`;
    const rows = scores.map((s) => ({
      category: s.category,
      recall: `${pct(s.found, s.positives)} (${s.found}/${s.positives})`,
      'false positives': `${pct(s.falsePositives, s.negatives)} (${s.falsePositives}/${s.negatives})`,
    }));
    console.log(`\nContent-warning evaluation, ${passages.length} passages`);
    console.table(rows);
    for (const s of scores) {
      for (const p of s.misses) console.log(`  missed (${s.category}): ${p.text ?? p.html}`);
      for (const p of s.wrongly) console.log(`  wrongly flagged (${s.category}): ${p.text ?? p.html}`);
    }
    for (const s of scores) {
      expect(s.found / s.positives, `${s.category} recall`).toBeGreaterThanOrEqual(0.95);
      expect(s.positives, s.category).toBeGreaterThan(0);
      expect(s.falsePositives / s.negatives, `${s.category} false positives`).toBeLessThanOrEqual(0.02);
    }
  });

  // A set still blind prints only its figures: printing its misses on every run would
  // invite tuning on them, and it would no longer measure anything.
  for (const [folder, about, blind] of [
    ['held-out', 'set 1, written after the lexicon was first frozen, then used to tune it', false],
    ['held-out-2', 'set 2, written blind; its misses were seen before the lexicon was extended', false],
    ['held-out-3', 'set 3, written blind; scored once in session 2, then its misses were used to tune the lexicon in session 3', false],
    ['held-out-4', 'set 4, written blind in session 3; scored once, after the lexicon was frozen', true],
  ] as const) {
    it(`reports, without a threshold, how it does on passages nobody tuned it for (${about})`, () => {
      const heldOut = loadHeldOutSet(folder);
      const held = scoreEvaluation(compileTriggerLexicon({ categories: ALL_ON }), heldOut);
      const found = held.reduce((n, s) => n + s.found, 0);
      const positives = held.reduce((n, s) => n + s.positives, 0);
      const negatives = heldOut.filter((p) => p.kind === 'negative');
      const wrongly = new Set(held.flatMap((s) => s.wrongly.filter((p) => p.kind === 'negative')));
      console.log(`\nHeld-out ${about}: recall ${found}/${positives}; ordinary passages blurred ${wrongly.size}/${negatives.length}`);
      console.table(
        held.map((s) => ({
          category: s.category,
          recall: `${s.found}/${s.positives}`,
          'false positives': `${s.falsePositives}/${s.negatives}`,
        })),
      );
      const byKind = (['plain', 'inflected', 'oblique'] as const).map((kind) => {
        const positivesOfKind = heldOut.filter((p) => p.kind === kind);
        const missedOfKind = new Set(held.flatMap((s) => s.misses).filter((p) => p.kind === kind));
        return `${kind} ${positivesOfKind.length - missedOfKind.size}/${positivesOfKind.length}`;
      });
      console.log(`  by kind: ${byKind.join(', ')}`);
      if (!blind) {
        for (const s of held) for (const p of s.misses) console.log(`  missed (${s.category}, ${p.kind}): ${p.text ?? p.html}`);
        for (const s of held) for (const p of s.wrongly) console.log(`  wrongly flagged (${s.category}): ${p.text ?? p.html}`);
      }
      expect(heldOut.length).toBeGreaterThan(50);
    });
  }

  // The training data's validation split (one passage in five, by a hash of its
  // text): the model is trained here without it, then each stage is scored on it.
  for (const language of TRAINED_LANGUAGES) {
    it(`reports lexicon, model and both on the ${language} validation split, per kind and per category`, () => {
      const data = loadTrainingData(language);
      const validation = data.filter(isValidation);
      if (!validation.length) return;
      const model = train(
        language,
        data.filter((p) => !isValidation(p)),
      );
      for (const stages of ['lexicon', 'model', 'both'] as const) {
        const matcher = compileTriggerLexicon({ categories: ALL_ON, language, stages, models: { [language]: model } });
        const rows = figureRows(trainingFigures(matcher, validation));
        console.log(
          `\n${language} validation (${validation.length} of ${data.length} passages), ${stages}: right category ${rows.rightCategory}`,
        );
        console.table(rows.kinds);
        console.table(rows.categories);
      }
      expect(validation.length).toBeGreaterThan(20);
    }, 60_000);
  }
});
