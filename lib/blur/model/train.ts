/**
 * Trains the content-warning models from the labelled passages and writes them as
 * data (./weights/<language>.ts). Deterministic: the passages are read in a fixed
 * order, shuffled by a seeded generator (no Math.random), trained in float64 and
 * quantised to small integers; the same data gives the same files bit for bit, which
 * tests/unit/blur/model.test.ts checks. Run after the data changes:
 *
 *   npm run train:blur             (writes the models and prints the figures)
 *
 * Data, per language (see docs/blur-model.md):
 * - tests/fixtures/blur-train/<language>/*.jsonl: one passage a line, {text, labels, kind, register};
 * Nothing under tests/fixtures/blur-eval is read: the evaluation set and its held-out
 * folders measure the model, and some of the older passages there (a helpline
 * naming suicide, marked to blur) contradict the rule that help is never hidden.
 * One passage in five (chosen by a hash of its text, so the split is stable as data
 * is added) is kept for validation; the shipped model is then trained on all of it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BLUR_CATEGORIES, type BlurCategory } from '../categories';
import { normalizeForMatching } from '../normalize';
import { featuresOf } from './features';
import { encodeWeights, LEVELS, MODEL_CLASSES, type ShippedModel } from './linear';

const REPO = join(import.meta.dirname, '../../..');

export interface TrainingPassage {
  text: string;
  labels: BlurCategory[];
  kind: string;
  register?: string;
  source: string;
}

/** What the trainer does; fixed here so that the output depends on the data only. */
export const TRAINING = {
  bits: 12,
  epochs: 8,
  seed: 20261203,
  learningRate: 0.1,
  l2: 3e-3,
  /** Log-odds from which a window counts: above even odds for a category, to keep ordinary text clear. */
  categoryThreshold: 2.5,
  helpThreshold: 3,
  maxPositiveWeight: 3,
  pruneBelow: 2,
} as const;

const CATEGORY_SET = new Set<string>(BLUR_CATEGORIES);

function readJsonLines(file: string, source: string): TrainingPassage[] {
  const out: TrainingPassage[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { text: string; labels?: string[]; kind?: string; register?: string };
    if (typeof row.text !== 'string' || !row.text.trim()) continue;
    const labels = (row.labels ?? []).filter((l): l is BlurCategory => CATEGORY_SET.has(l));
    out.push({ text: row.text, labels, kind: row.kind ?? (labels.length ? 'names' : 'negative'), register: row.register, source });
  }
  return out;
}

/** Every passage for a language, in a fixed order. */
export function loadTrainingData(language: string): TrainingPassage[] {
  const passages: TrainingPassage[] = [];
  const dir = join(REPO, 'tests/fixtures/blur-train', language);
  if (existsSync(dir))
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.jsonl'))
      .toSorted())
      passages.push(...readJsonLines(join(dir, file), `blur-train/${language}/${file}`));
  return passages;
}

/** FNV-1a of a string: picks the validation passages. */
function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

export const isValidation = (p: TrainingPassage) => stableHash(p.text) % 5 === 0;

/** mulberry32: a small seeded generator, so the shuffle is the same on every machine. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The targets of a passage, in MODEL_CLASSES order. Help text teaches the categories that it is not a trigger. */
function targetsOf(p: TrainingPassage): number[] {
  const help = p.kind === 'help';
  return MODEL_CLASSES.map((c) => (c === 'help' ? (help ? 1 : 0) : !help && p.labels.includes(c) ? 1 : 0));
}

/** Rounds to six significant digits: what is written out is exactly what is read back. */
const round6 = (x: number) => Number(x.toPrecision(6));

export function train(language: string, passages: readonly TrainingPassage[]): ShippedModel {
  const { bits, epochs, seed, learningRate, l2 } = TRAINING;
  const buckets = 1 << bits;
  const classes = MODEL_CLASSES.length;
  const examples = passages.map((p) => ({ features: featuresOf(normalizeForMatching(p.text), bits), targets: targetsOf(p) }));
  const weights = new Float64Array(buckets * classes);
  const bias = new Float64Array(classes);
  // Positives are few for each class: they weigh more, up to MAX_POSITIVE_WEIGHT times.
  const positiveWeight = MODEL_CLASSES.map((_, c) => {
    const positives = examples.filter((e) => e.targets[c] === 1).length;
    return positives ? Math.min(TRAINING.maxPositiveWeight, Math.sqrt((examples.length - positives) / positives)) : 1;
  });
  const order = examples.map((_, i) => i);
  const random = seededRandom(seed);
  for (let epoch = 0; epoch < epochs; epoch++) {
    // Fisher-Yates with the seeded generator.
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const rate = learningRate / (1 + epoch * 0.3);
    for (const index of order) {
      const { features, targets } = examples[index]!;
      for (let c = 0; c < classes; c++) {
        let z = bias[c]!;
        for (const f of features) z += weights[f * classes + c]!;
        const p = 1 / (1 + Math.exp(-z));
        const gradient = (p - targets[c]!) * (targets[c] ? positiveWeight[c]! : 1);
        if (Math.abs(gradient) < 1e-4) continue;
        bias[c]! -= rate * gradient;
        const step = rate * gradient;
        for (const f of features) {
          const at = f * classes + c;
          weights[at] = weights[at]! * (1 - rate * l2) - step;
        }
      }
    }
  }
  // Small integers per class: the largest weight of a class becomes ±LEVELS.
  const scale = MODEL_CLASSES.map((_, c) => {
    let max = 0;
    for (let b = 0; b < buckets; b++) max = Math.max(max, Math.abs(weights[b * classes + c]!));
    return round6(max > 0 ? max / LEVELS : 1);
  });
  const quantised = new Int8Array(buckets * classes);
  for (let b = 0; b < buckets; b++)
    for (let c = 0; c < classes; c++) {
      const q = Math.max(-LEVELS, Math.min(LEVELS, Math.round(weights[b * classes + c]! / scale[c]!)));
      // Small weights are dropped: they change few decisions, and zeros compress to
      // almost nothing in the content script's gzip.
      quantised[b * classes + c] = Math.abs(q) < TRAINING.pruneBelow ? 0 : q;
    }
  return {
    language,
    bits,
    bias: [...bias].map(round6),
    scale,
    threshold: MODEL_CLASSES.map((c) => (c === 'help' ? TRAINING.helpThreshold : TRAINING.categoryThreshold)),
    weights: encodeWeights(quantised),
  };
}

/** The module that ships a model, formatted as the repository's prettier settings want it. */
export async function modelSource(model: ShippedModel): Promise<string> {
  const { format } = await import('prettier');
  const text = [
    '// Generated by lib/blur/model/train.ts (npm run train:blur) from the training data. Do not edit.',
    "import type { ShippedModel } from '../linear';",
    '',
    `export const MODEL: ShippedModel = ${JSON.stringify(model)};`,
    '',
  ].join('\n');
  const options = JSON.parse(readFileSync(join(REPO, '.prettierrc.json'), 'utf8')) as Record<string, unknown>;
  return format(text, { ...options, parser: 'typescript' });
}

/** The languages that have training data. */
export const TRAINED_LANGUAGES = ['en', 'es'] as const;

if (process.argv[1]?.endsWith('train.ts')) {
  for (const language of TRAINED_LANGUAGES) {
    const passages = loadTrainingData(language);
    if (!passages.length) continue;
    const model = train(language, passages);
    writeFileSync(join(import.meta.dirname, 'weights', `${language}.ts`), await modelSource(model));
    process.stdout.write(`lib/blur/model/weights/${language}.ts written (${passages.length} passages)\n`);
  }
}
