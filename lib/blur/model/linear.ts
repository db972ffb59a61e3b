import { BLUR_CATEGORIES, type BlurCategory } from '../categories';
import { forEachFeature, windowsOf } from './features';

/**
 * A multi-label linear model shipped as data: one logistic regression per class
 * (each category, plus `help`: text about getting support, which is never blurred),
 * over the hashed features of ./features.ts. The weights are int8 with one scale per
 * class, written as base64 by ./train.ts, so the same data gives the same file bit
 * for bit, and the model costs one character per bucket and class.
 */
export const MODEL_CLASSES = [...BLUR_CATEGORIES, 'help'] as const;
export type ModelClass = (typeof MODEL_CLASSES)[number];

export interface ShippedModel {
  /** The language it reads (primary subtag). */
  language: string;
  /** log2 of the number of buckets. */
  bits: number;
  /** Per class, in MODEL_CLASSES order: the bias and the factor that turns an int8 weight into a real one. */
  bias: number[];
  scale: number[];
  /** Per class, the score (log-odds) from which a window counts for it. */
  threshold: number[];
  /** The weights (see encodeWeights), bucket-major: weights[bucket * classes + class]. */
  weights: string;
}

export interface LiveModel {
  readonly language: string;
  /** The log-odds per class of the window that scores highest for it, in MODEL_CLASSES order. */
  scores(folded: string): Float64Array;
  /** The categories this text counts for, and whether it is help. */
  decide(folded: string): { categories: Set<BlurCategory>; help: boolean };
}

/**
 * Weights are written one character each: a weight from -LEVELS to LEVELS is the
 * character at (weight + LEVELS) in this alphabet (no quote or backslash, so it sits
 * in a source file as it is). Most weights are zero ('V'), which gzip stores in
 * well under a bit each: the content script ships two models in a few kilobytes.
 */
export const WEIGHT_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
export const LEVELS = 31;

export function decodeWeights(text: string): Int8Array {
  const value = new Int8Array(128);
  for (let i = 0; i < WEIGHT_ALPHABET.length; i++) value[WEIGHT_ALPHABET.charCodeAt(i)] = i - LEVELS;
  const out = new Int8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = value[text.charCodeAt(i) & 127]!;
  return out;
}

export function encodeWeights(weights: Int8Array): string {
  let text = '';
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i]!;
    if (w < -LEVELS || w > LEVELS) throw new Error(`weight ${w} is out of range`);
    text += WEIGHT_ALPHABET[w + LEVELS];
  }
  return text;
}

/**
 * The model reads passages, not names: a title or a button ("Suicide Squad",
 * "Cutting Edge") is too short for it to tell one meaning from another, and is left
 * to the lexicon and its exceptions.
 */
export const MIN_WORDS = 6;

function hasWords(text: string, count: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const letter = (code >= 97 && code <= 122) || code > 0xbf;
    if (letter && !inWord && ++words >= count) return true;
    inWord = letter;
  }
  return false;
}

const CLASSES = MODEL_CLASSES.length;
const HELP = MODEL_CLASSES.indexOf('help');

/** Turns shipped data into a model; the weights are decoded on first use only. */
export function liveModel(shipped: ShippedModel): LiveModel {
  let weights: Int8Array | undefined;
  const sums = new Int32Array(CLASSES);
  const best = new Float64Array(CLASSES);
  const emit = (bucket: number) => {
    const at = bucket * CLASSES;
    for (let c = 0; c < CLASSES; c++) sums[c]! += weights![at + c]!;
  };
  const scores = (folded: string): Float64Array => {
    weights ??= decodeWeights(shipped.weights);
    best.fill(-Infinity);
    for (const [start, end] of windowsOf(folded)) {
      sums.fill(0);
      forEachFeature(folded, start, end, shipped.bits, emit);
      for (let c = 0; c < CLASSES; c++) {
        const score = shipped.bias[c]! + shipped.scale[c]! * sums[c]!;
        if (score > best[c]!) best[c] = score;
      }
    }
    return best;
  };
  return {
    language: shipped.language,
    scores,
    decide(folded: string) {
      const categories = new Set<BlurCategory>();
      if (!hasWords(folded, MIN_WORDS)) return { categories, help: false };
      const s = scores(folded);
      BLUR_CATEGORIES.forEach((id, c) => {
        if (s[c]! >= shipped.threshold[c]!) categories.add(id);
      });
      return { categories, help: s[HELP]! >= shipped.threshold[HELP]! };
    },
  };
}
