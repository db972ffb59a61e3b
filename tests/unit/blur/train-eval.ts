import { BLUR_CATEGORIES, type BlurCategory } from '@/lib/blur/categories';
import type { TriggerMatcher } from '@/lib/blur/matcher';
import type { TrainingPassage } from '@/lib/blur/model/train';

/**
 * Figures on labelled training-format passages (a validation split, or a language's
 * whole set): per kind, how many positives are found or negatives blurred; per
 * category, recall and false positives; and how often the category is right.
 */
export interface TrainingFigures {
  byKind: Record<string, { passages: number; flagged: number }>;
  byCategory: Record<BlurCategory, { positives: number; found: number; negatives: number; falsePositives: number }>;
  /** Positives flagged with every labelled category and no other. */
  rightCategory: { flagged: number; right: number };
  misses: TrainingPassage[];
  wrongly: TrainingPassage[];
}

export const isPositive = (p: TrainingPassage) => p.kind !== 'help' && p.labels.length > 0;

export function trainingFigures(matcher: TriggerMatcher, passages: readonly TrainingPassage[]): TrainingFigures {
  const byKind: TrainingFigures['byKind'] = {};
  const byCategory = Object.fromEntries(
    BLUR_CATEGORIES.map((c) => [c, { positives: 0, found: 0, negatives: 0, falsePositives: 0 }]),
  ) as TrainingFigures['byCategory'];
  const rightCategory = { flagged: 0, right: 0 };
  const misses: TrainingPassage[] = [];
  const wrongly: TrainingPassage[] = [];
  for (const p of passages) {
    const found = new Set(matcher.categoriesIn(p.text)?.categories ?? []);
    const kind = (byKind[p.kind] ??= { passages: 0, flagged: 0 });
    kind.passages++;
    if (found.size) kind.flagged++;
    const positive = isPositive(p);
    if (positive && !found.size) misses.push(p);
    if (!positive && found.size) wrongly.push(p);
    if (positive && found.size) {
      rightCategory.flagged++;
      if (p.labels.every((l) => found.has(l)) && [...found].every((f) => p.labels.includes(f))) rightCategory.right++;
    }
    for (const c of BLUR_CATEGORIES) {
      const score = byCategory[c];
      if (positive && p.labels.includes(c)) {
        score.positives++;
        if (found.has(c)) score.found++;
      } else if (!positive || !p.labels.includes(c)) {
        score.negatives++;
        if (found.has(c)) score.falsePositives++;
      }
    }
  }
  return { byKind, byCategory, rightCategory, misses, wrongly };
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)} %` : '-');

/** The figures as printable rows. */
export function figureRows(f: TrainingFigures) {
  return {
    kinds: Object.entries(f.byKind)
      .toSorted(([a], [b]) => a.localeCompare(b))
      .map(([kind, k]) => ({ kind, flagged: `${pct(k.flagged, k.passages)} (${k.flagged}/${k.passages})` })),
    categories: BLUR_CATEGORIES.map((c) => {
      const s = f.byCategory[c];
      return {
        category: c,
        recall: `${pct(s.found, s.positives)} (${s.found}/${s.positives})`,
        'false positives': `${pct(s.falsePositives, s.negatives)} (${s.falsePositives}/${s.negatives})`,
      };
    }),
    rightCategory: `${pct(f.rightCategory.right, f.rightCategory.flagged)} (${f.rightCategory.right}/${f.rightCategory.flagged})`,
  };
}
