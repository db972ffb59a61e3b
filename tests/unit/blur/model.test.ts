import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BLUR_CATEGORIES, type BlurCategory } from '@/lib/blur/categories';
import { compileTriggerLexicon } from '@/lib/blur/matcher';
import { featuresOf, windowsOf, WINDOW } from '@/lib/blur/model/features';
import { guessLanguage, primaryLanguage } from '@/lib/blur/model/language';
import { decodeWeights, encodeWeights, LEVELS, liveModel, MODEL_CLASSES, type ShippedModel } from '@/lib/blur/model/linear';
import { loadTrainingData, modelSource, train, TRAINED_LANGUAGES } from '@/lib/blur/model/train';
import { normalizeForMatching } from '@/lib/blur/normalize';

const ALL_ON = Object.fromEntries(BLUR_CATEGORIES.map((id) => [id, true])) as Record<BlurCategory, boolean>;

describe('hashed features', () => {
  it('are the same buckets on every run and every machine (the shipped weights are indexed by them)', () => {
    expect(featuresOf('he hit', 12)).toEqual(featuresOf('he hit', 12));
    // Pinned: changing the hash silently would make every shipped model read noise.
    expect(featuresOf('he hit', 12)).toMatchInlineSnapshot(`
      [
        950,
        3766,
        2218,
        371,
        1054,
        476,
      ]
    `);
  });

  it('gives a word, a pair of words and the letters in fours', () => {
    // "ab cd": 2 words + 1 pair + for each word padded " ab " one 4-gram.
    expect(featuresOf('ab cd', 12)).toHaveLength(5);
    expect(featuresOf('abcd', 12)).toHaveLength(1 + 3);
    expect(featuresOf('', 12)).toEqual([]);
    expect(featuresOf('  ..!  ', 12)).toEqual([]);
    for (const b of featuresOf('strangled her in the kitchen', 10)) expect(b).toBeLessThan(1 << 10);
  });

  it('reads a long block in windows of whole sentences, and a short one whole', () => {
    expect(windowsOf('short text.')).toEqual([[0, 11]]);
    const sentence = 'This is one ordinary sentence of a long article. ';
    const long = sentence.repeat(30);
    const windows = windowsOf(long);
    expect(windows.length).toBeGreaterThan(3);
    expect(windows[0]![0]).toBe(0);
    expect(windows.at(-1)![1]).toBe(long.length);
    for (const [start, end] of windows) {
      expect(end - start).toBeLessThanOrEqual(WINDOW + sentence.length);
      expect(long.slice(start, end).startsWith('This')).toBe(true);
    }
  });
});

describe('quantised weights', () => {
  it('round-trip through their text form', () => {
    const weights = Int8Array.from([-LEVELS, -1, 0, 1, 7, LEVELS]);
    expect([...decodeWeights(encodeWeights(weights))]).toEqual([...weights]);
    expect(encodeWeights(Int8Array.from([0, 0]))).toBe('VV');
    expect(() => encodeWeights(Int8Array.from([LEVELS + 1]))).toThrow();
  });

  it('score a window as bias + scale × the sum of its weights, and take the best window', () => {
    const bits = 4;
    const classes = MODEL_CLASSES.length;
    const weights = new Int8Array((1 << bits) * classes);
    // Every feature of "ab" adds 2 to suicide (class 4) and -1 to help.
    for (const b of featuresOf('ab', bits)) {
      weights[b * classes + 4]! += 2;
      weights[b * classes + 7]! -= 1;
    }
    const shipped: ShippedModel = {
      language: 'xx',
      bits,
      bias: MODEL_CLASSES.map(() => -1),
      scale: MODEL_CLASSES.map(() => 0.5),
      threshold: MODEL_CLASSES.map(() => 0),
      weights: encodeWeights(weights),
    };
    const model = liveModel(shipped);
    // Buckets may collide (16 here): the sum is over each feature's bucket, collisions included.
    const sum = (c: number) => featuresOf('ab', bits).reduce((total, b) => total + weights[b * classes + c]!, 0);
    const scores = model.scores('ab');
    expect(sum(4)).toBeGreaterThan(0);
    expect(scores[4]).toBeCloseTo(-1 + 0.5 * sum(4));
    expect(scores[7]).toBeCloseTo(-1 + 0.5 * sum(7));
    // Too short for the model to decide (titles and buttons are the lexicon's).
    expect(model.decide('ab').categories.size).toBe(0);
    const decided = model.decide('ab ab ab ab ab ab');
    expect([...decided.categories]).toContain('suicide');
    expect(decided.help).toBe(false);
  });
});

describe('language', () => {
  it('takes the declared primary subtag', () => {
    expect(primaryLanguage('es-MX')).toBe('es');
    expect(primaryLanguage(' EN_gb ')).toBe('en');
    expect(primaryLanguage(undefined)).toBe('');
  });

  it('guesses from the little words when none is declared, English on a tie', () => {
    expect(guessLanguage(normalizeForMatching('Mi pareja me controla el teléfono y no me deja salir con mis amigas.'))).toBe('es');
    expect(guessLanguage(normalizeForMatching('My partner checks my phone and will not let me see my friends.'))).toBe('en');
    expect(guessLanguage('')).toBe('en');
    expect(guessLanguage('mi', ['en'])).toBe('en');
  });
});

describe('the shipped model', () => {
  it('is the one the training script makes from the data, bit for bit', async () => {
    for (const language of TRAINED_LANGUAGES) {
      const data = loadTrainingData(language);
      if (!data.length) continue;
      const shipped = readFileSync(join(import.meta.dirname, '../../../lib/blur/model/weights', `${language}.ts`), 'utf8');
      expect(await modelSource(train(language, data)), `${language}: run npm run train:blur`).toBe(shipped);
    }
  }, 120_000);

  it('never hides help, and still blurs the passage that describes the harm', () => {
    const matcher = compileTriggerLexicon({ categories: ALL_ON, language: 'en' });
    expect(
      matcher.categoriesIn('Our rape crisis centre offers free, confidential support and counselling to anyone, whenever it happened.'),
    ).toBeNull();
    expect(matcher.categoriesIn('She was raped by a man she had met at a party.')?.categories).toContain('sexual-violence');
  });

  it('leaves a model out when asked to measure the lexicon alone', () => {
    const text = 'He never lets me see my friends and checks my phone every night.';
    const lexicon = compileTriggerLexicon({ categories: ALL_ON, stages: 'lexicon' });
    const model = compileTriggerLexicon({ categories: ALL_ON, stages: 'model' });
    const both = compileTriggerLexicon({ categories: ALL_ON });
    const union = new Set([...(lexicon.categoriesIn(text)?.categories ?? []), ...(model.categoriesIn(text)?.categories ?? [])]);
    expect(new Set(both.categoriesIn(text)?.categories ?? [])).toEqual(union);
  });

  it('leaves figurative use alone, and warns on a synopsis that names the harm (docs/blur-model.md)', () => {
    const matcher = compileTriggerLexicon({ categories: ALL_ON });
    expect(matcher.categoriesIn('The band absolutely killed it on stage last night, what a show.')).toBeNull();
    expect(matcher.categoriesIn('Over the years the ivy choked the old fence at the bottom of the garden.')).toBeNull();
    // Decided: a plot summary that names killings is still a content warning for
    // someone who switched violence on; it shows with one click.
    expect(
      matcher.categoriesIn('In this game you play a detective who must solve a string of murders in a rainy city.')?.categories,
    ).toEqual(['violence']);
  });

  it('reads a Spanish passage with the Spanish model when the page is in Spanish', () => {
    const matcher = compileTriggerLexicon({ categories: ALL_ON, language: 'es-MX' });
    expect(matcher.categoriesIn('Mi pareja me pega cuando bebe y tengo miedo de volver a casa.')?.categories).toContain('domestic-abuse');
  });
});
