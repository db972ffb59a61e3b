import { describe, expect, it } from 'vitest';
import { BLUR_CATEGORIES, type BlurCategory } from '@/lib/blur/categories';
import { ENGLISH } from '@/lib/blur/lexicon/en';
import { LEXICONS, lexiconsFor } from '@/lib/blur/lexicon';
import { compileTriggerLexicon, MAX_CUSTOM_TERM_LENGTH, MAX_CUSTOM_TERMS, prepareCustomTerms } from '@/lib/blur/matcher';
import { normalizeForMatching } from '@/lib/blur/normalize';
import * as schema from '@/lib/settings/schema';

const ALL_ON = Object.fromEntries(BLUR_CATEGORIES.map((id) => [id, true])) as Record<BlurCategory, boolean>;
const ALL_OFF = Object.fromEntries(BLUR_CATEGORIES.map((id) => [id, false])) as Record<BlurCategory, boolean>;
const matcher = compileTriggerLexicon({ categories: ALL_ON });
const cats = (text: string) => matcher.categoriesIn(text)?.categories ?? [];

describe('compileTriggerLexicon: the default English lexicon', () => {
  it.each(['rape', 'She was raped.', 'raping', 'a convicted rapist', 'RAPISTS', 'sexually assaulted', 'he molested her'])(
    'finds sexual violence in %j',
    (text) => {
      expect(cats(text)).toContain('sexual-violence');
    },
  );

  it.each([
    'He beat her.',
    'he strangled her',
    'she was strangled',
    'non-fatal strangulation',
    'domestic abuse',
    'coercive control',
    'my husband hits me',
  ])('finds domestic abuse in %j', (text) => {
    expect(cats(text)).toContain('domestic-abuse');
  });

  it.each(['I keep cutting myself', 'self-harm', 'self harm', 'selfharm', 'self‑harm (non-breaking hyphen)', 'self – harm'])(
    'finds self-harm in %j',
    (text) => {
      expect(cats(text)).toContain('self-harm');
    },
  );

  it.each([
    'the therapist',
    'a bunch of grapes',
    'grape',
    'drape the cloth',
    'scrape the pan',
    'rapeseed oil',
    'fields of oilseed rape',
    'Cutting Edge',
    'cutting-edge design',
    'Arsenal beat Chelsea',
    'She beat her personal best',
    'She beat her rival in the final',
    'a great shot of the bay',
    'the film was shot in Rome',
    'I cut myself shaving',
    'murder mystery night',
    'political suicide',
    'the Suicide Squad',
    'I nearly killed myself laughing',
    'he shot himself in the foot',
    'My dad beat me at chess',
    'red tape has strangled the economy',
    'rates are strangling growth',
    'a start-up strangled by regulation',
  ])('finds nothing in %j', (text) => {
    expect(matcher.categoriesIn(text)).toBeNull();
  });

  it('ignores case and accents', () => {
    expect(cats('SUÏCIDE')).toEqual(['suicide']);
    expect(cats('suic\u0069\u0301de')).toEqual(['suicide']);
    expect(cats('Anorexía')).toEqual(['eating-disorders']);
  });

  it('matches phrases across any run of white space and line breaks', () => {
    expect(cats('he beat\n\n   her')).toContain('domestic-abuse');
    expect(cats('took\u00a0her\town\r\nlife')).toContain('suicide');
  });

  it('sees through soft hyphens and zero-width characters inside words', () => {
    expect(cats('sui\u00adcide')).toEqual(['suicide']);
    expect(cats('ano\u200brexia')).toEqual(['eating-disorders']);
  });

  it('matches whole words only, in any script', () => {
    expect(matcher.categoriesIn('αrape')).toBeNull();
    expect(matcher.categoriesIn('rapeщ')).toBeNull();
    expect(matcher.categoriesIn('rape123')).toBeNull();
    expect(cats('«rape»')).toEqual(['sexual-violence']);
    expect(cats('强奸 rape。')).toEqual(['sexual-violence']);
  });

  it('names categories in their display order, never the words that matched', () => {
    const warning = matcher.categoriesIn('After the suicide note, he was stabbed. She had anorexia. He raped her.');
    expect(warning).toEqual({ categories: ['sexual-violence', 'suicide', 'violence', 'eating-disorders'], custom: false });
    expect(JSON.stringify(warning)).not.toMatch(/rape|stab|anorexia/);
  });

  it('leaves out the categories that are switched off', () => {
    const some = compileTriggerLexicon({ categories: { ...ALL_OFF, suicide: true } });
    expect(some.categoriesIn('He raped her.')).toBeNull();
    expect(some.categoriesIn('suicide')).toEqual({ categories: ['suicide'], custom: false });
  });

  it('does nothing at all when everything is off', () => {
    const none = compileTriggerLexicon({ categories: ALL_OFF, customTerms: ['', '  '] });
    expect(none.isEmpty).toBe(true);
    expect(none.categoriesIn('rape suicide murder')).toBeNull();
  });

  it('has terms in every category, and every term compiles', () => {
    for (const id of BLUR_CATEGORIES) expect(ENGLISH[id].flatMap((g) => g.terms).length, id).toBeGreaterThan(5);
    for (const id of BLUR_CATEGORIES) {
      const one = compileTriggerLexicon({ categories: { ...ALL_OFF, [id]: true } });
      expect(one.isEmpty).toBe(false);
    }
  });

  it('copes with empty, huge and strange text', () => {
    expect(matcher.categoriesIn('')).toBeNull();
    expect(matcher.categoriesIn('\u0000\uffff\ud800')).toBeNull();
    expect(matcher.categoriesIn(`self${' '.repeat(200_000)}x`)).toBeNull();
    expect(matcher.categoriesIn(`beat${' \n'.repeat(100_000)}her`)).not.toBeNull();
    expect(matcher.categoriesIn('a'.repeat(1_000_000))).toBeNull();
  });
});

describe('custom terms', () => {
  const custom = (terms: string[]) => compileTriggerLexicon({ categories: ALL_OFF, customTerms: terms });

  it('are literal text: regex characters are just characters', () => {
    const m = custom(['a.b', 'c++', '(x)', '[abc]', '\\d', 'x|y', '$5', '^up']);
    expect(m.categoriesIn('a.b')).toEqual({ categories: [], custom: true });
    expect(m.categoriesIn('axb')).toBeNull();
    expect(m.categoriesIn('learn c++ today')?.custom).toBe(true);
    expect(m.categoriesIn('cc')).toBeNull();
    expect(m.categoriesIn('see (x) here')?.custom).toBe(true);
    expect(m.categoriesIn('x')).toBeNull();
    expect(m.categoriesIn('a')).toBeNull();
    expect(m.categoriesIn('[abc]')?.custom).toBe(true);
    expect(m.categoriesIn('7')).toBeNull();
    expect(m.categoriesIn('\\d')?.custom).toBe(true);
    expect(m.categoriesIn('y')).toBeNull();
    expect(m.categoriesIn('costs $5 now')?.custom).toBe(true);
    expect(m.categoriesIn('look ^up')?.custom).toBe(true);
  });

  it('match whole words, any case, any accents, any white space', () => {
    const m = custom(['Ann Smith', 'café']);
    expect(m.categoriesIn('ANN\n  SMITH called')?.custom).toBe(true);
    expect(m.categoriesIn('annual smithy')).toBeNull();
    expect(m.categoriesIn('Cafe Nero')?.custom).toBe(true);
    expect(m.categoriesIn('cafeteria')).toBeNull();
  });

  it('say which terms they could not use, and why, without failing', () => {
    const long = 'x'.repeat(MAX_CUSTOM_TERM_LENGTH + 1);
    const m = custom(['', '   ', long, '...', 'a', 'ok term', 'OK  Term']);
    expect(m.skippedTerms.map((s) => s.reason)).toEqual(['empty', 'empty', 'too-long', 'no-letters', 'too-short']);
    expect(m.categoriesIn('an ok term')?.custom).toBe(true);
  });

  it('cope with thousands of terms, and cap them', () => {
    const terms = Array.from({ length: MAX_CUSTOM_TERMS + 10 }, (_, i) => `word${i} (${i.toString(36)})`);
    const m = custom(terms);
    expect(m.skippedTerms).toHaveLength(10);
    expect(m.skippedTerms.every((s) => s.reason === 'too-many')).toBe(true);
    expect(m.categoriesIn('he said word4321 (3c1) twice')?.custom).toBe(true);
    expect(m.categoriesIn('he said word4321 (3c2) twice')).toBeNull();
    expect(m.categoriesIn('nothing here '.repeat(10_000))).toBeNull();
  });

  it('add to the lexicon categories', () => {
    const m = compileTriggerLexicon({ categories: ALL_ON, customTerms: ['Tom Jones'] });
    expect(m.categoriesIn('Tom Jones stabbed him')).toEqual({ categories: ['violence'], custom: true });
  });

  it('are never more than the settings allow', () => {
    expect(MAX_CUSTOM_TERMS).toBe(schema.MAX_CUSTOM_TERMS);
    expect(MAX_CUSTOM_TERM_LENGTH).toBe(schema.MAX_CUSTOM_TERM_LENGTH);
  });

  it('are deduplicated without case or accents', () => {
    expect(prepareCustomTerms(['Café', 'cafe', 'CAFÉ ']).usable).toEqual(['cafe']);
  });
});

describe('languages', () => {
  it('always uses English, plus the page language when there is a lexicon for it', () => {
    expect(lexiconsFor(undefined)).toEqual([ENGLISH]);
    expect(lexiconsFor('en-GB')).toEqual([ENGLISH]);
    expect(lexiconsFor('de-AT')).toEqual([ENGLISH]);
    expect(Object.keys(LEXICONS)).toContain('en');
  });

  it('matches another language given as data', () => {
    const german = Object.fromEntries(BLUR_CATEGORIES.map((id) => [id, []])) as unknown as typeof ENGLISH;
    german.violence = [{ terms: ['erstoch{en|ene}'] }];
    const m = compileTriggerLexicon({ categories: ALL_ON, lexicons: [ENGLISH, german] });
    expect(m.categoriesIn('Ein Mann wurde erstochen.')?.categories).toEqual(['violence']);
    expect(m.categoriesIn('He was stabbed.')?.categories).toEqual(['violence']);
  });
});

describe('lexicon syntax: gaps and hyphens', () => {
  const only = (terms: string[]) => {
    const lexicon = Object.fromEntries(BLUR_CATEGORIES.map((id) => [id, []])) as unknown as typeof ENGLISH;
    lexicon['sexual-violence'] = [{ terms }];
    return compileTriggerLexicon({ categories: ALL_ON, lexicons: [lexicon] });
  };

  it('lets `~` skip nothing, or up to six words, and never across a sentence end', () => {
    const m = only(['said no ~ kept going']);
    const found = (text: string) => m.categoriesIn(text) !== null;
    expect(found('I said no, he kept going.')).toBe(true);
    expect(found('I said no kept going')).toBe(true);
    expect(found('I said no but he just kept going')).toBe(true);
    expect(found('I said no and one two three four he kept going')).toBe(true);
    expect(found('I said no and one two three four five six he kept going')).toBe(false);
    expect(found('I said no. Then the bus kept going.')).toBe(false);
    expect(found('I said no! He kept going')).toBe(false);
  });

  it('finds a term after a gap at its start word, and never hangs on long text', () => {
    const m = only(['{husband|ex-husband} ~ hit me']);
    expect(m.categoriesIn('My ex-husband, when drunk, hit me.')).not.toBeNull();
    expect(m.categoriesIn('My exhusband hit me.')).not.toBeNull();
    expect(m.categoriesIn('My husband said the car hit me.')).not.toBeNull(); // a gap is blunt: it does not read grammar
    expect(m.categoriesIn('My husband is kind. A ball hit me.')).toBeNull();
    const long = `${'husband '.repeat(20_000)}and`;
    const t0 = performance.now();
    expect(m.categoriesIn(long)).toBeNull();
    expect(performance.now() - t0).toBeLessThan(5_000); // generous: catastrophic backtracking would take minutes
  });

  it('finds a term whose first word has an optional hyphen, written all three ways', () => {
    const m = only(['self-{harm|harming}', '{ex-partner|partner} hurt me']);
    for (const text of [
      'self-harm',
      'self harm',
      'selfharm',
      'self–harming',
      'My ex-partner hurt me',
      'my ex partner hurt me',
      'my expartner hurt me',
    ])
      expect(m.categoriesIn(text), text).not.toBeNull();
  });
});

describe('normalizeForMatching', () => {
  it('folds case, accents, quotes and dashes', () => {
    expect(normalizeForMatching('Don’t — CAFÉ')).toBe("don't - cafe");
  });
});
