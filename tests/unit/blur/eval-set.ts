import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { BLUR_CATEGORIES, type BlurCategory } from '@/lib/blur/categories';
import { findUnits, textOfUnit } from '@/lib/blur/blocks';
import type { TriggerMatcher } from '@/lib/blur/matcher';

export interface Passage {
  kind: 'plain' | 'inflected' | 'oblique' | 'split' | 'negative';
  text?: string;
  html?: string;
  expect: BlurCategory[];
  also?: BlurCategory[];
  file: string;
}

export const EVAL_DIR = join(import.meta.dirname, '../../fixtures/blur-eval');

export function loadEvaluationSet(): Passage[] {
  return readdirSync(EVAL_DIR)
    .filter((f) => f.endsWith('.json'))
    .toSorted()
    .flatMap((file) => (JSON.parse(readFileSync(join(EVAL_DIR, file), 'utf8')) as Omit<Passage, 'file'>[]).map((p) => ({ ...p, file })));
}

/**
 * Passages the lexicon was not written from: `held-out` (set 1, written after the
 * lexicon was first frozen, later used to tune it), `held-out-2`, `held-out-3` and
 * `held-out-4` (written blind, by people who never saw the lexicon). See each folder's README.
 */
export function loadHeldOutSet(folder: 'held-out' | 'held-out-2' | 'held-out-3' | 'held-out-4' = 'held-out'): Passage[] {
  const file = `${folder}/passages.json`;
  return (JSON.parse(readFileSync(join(EVAL_DIR, file), 'utf8')) as Omit<Passage, 'file'>[]).map((p) => ({ ...p, file }));
}

export const ALL_ON = Object.fromEntries(BLUR_CATEGORIES.map((id) => [id, true])) as Record<BlurCategory, boolean>;

const window = new Window();

/** The categories the page would show for a passage: each unit's, as the content script sees them. */
export function categoriesFound(matcher: TriggerMatcher, passage: Passage): Set<BlurCategory> {
  const texts: string[] = [];
  if (passage.html !== undefined) {
    const doc = window.document;
    doc.body.innerHTML = passage.html;
    for (const unit of findUnits(doc.body as unknown as Node).units) texts.push(textOfUnit(unit));
  } else texts.push(passage.text ?? '');
  return new Set(texts.flatMap((t) => matcher.categoriesIn(t)?.categories ?? []));
}

export interface CategoryScore {
  category: BlurCategory;
  positives: number;
  found: number;
  negatives: number;
  falsePositives: number;
  misses: Passage[];
  wrongly: Passage[];
}

export function scoreEvaluation(matcher: TriggerMatcher, passages: Passage[]): CategoryScore[] {
  const results = passages.map((p) => ({ p, found: categoriesFound(matcher, p) }));
  return BLUR_CATEGORIES.map((category) => {
    const score: CategoryScore = { category, positives: 0, found: 0, negatives: 0, falsePositives: 0, misses: [], wrongly: [] };
    for (const { p, found } of results) {
      if (p.expect.includes(category)) {
        score.positives++;
        if (found.has(category)) score.found++;
        else score.misses.push(p);
      } else if (!p.also?.includes(category)) {
        score.negatives++;
        if (found.has(category)) {
          score.falsePositives++;
          score.wrongly.push(p);
        }
      }
    }
    return score;
  });
}
