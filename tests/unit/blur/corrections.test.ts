import { describe, expect, it } from 'vitest';
import { BLUR_CATEGORIES, type BlurCategory } from '@/lib/blur/categories';
import {
  addNeverWarnPassage,
  addNeverWarnPhrases,
  addWarnAboutText,
  phrasesToOffer,
  withCorrections,
  type NeverWarn,
} from '@/lib/blur/corrections';
import { compileTriggerLexicon } from '@/lib/blur/matcher';
import { textFingerprint } from '@/lib/blur/text-hash';
import { MAX_CUSTOM_TERM_LENGTH } from '@/lib/blur/custom-terms';

const ALL_ON = Object.fromEntries(BLUR_CATEGORIES.map((id) => [id, true])) as Record<BlurCategory, boolean>;
const NONE: NeverWarn = { passages: [], phrases: [] };
const matcherWith = (neverWarn: NeverWarn, customTerms: string[] = []) =>
  withCorrections(compileTriggerLexicon({ categories: ALL_ON, customTerms, language: 'en' }), neverWarn);

const STABBED = 'A man was stabbed near the station.';
const OTHER_STABBED = 'Another man was stabbed in the park.';

describe('the matcher with the survivor’s corrections', () => {
  it('flags as before when nothing is listed', () => {
    expect(matcherWith(NONE).categoriesIn(STABBED)?.categories).toEqual(['violence']);
  });

  it('never flags a passage whose fingerprint is listed, and still flags the others', () => {
    const corrected = matcherWith({ passages: [textFingerprint(STABBED)], phrases: [] });
    expect(corrected.categoriesIn(STABBED)).toBeNull();
    // The same words laid out again (other white space) are the same passage.
    expect(corrected.categoriesIn('A man was stabbed\n  near the station.')).toBeNull();
    expect(corrected.categoriesIn(OTHER_STABBED)?.categories).toEqual(['violence']);
  });

  it('leaves a listed phrase out wherever it is, case and accents aside, and nothing else', () => {
    const corrected = matcherWith({ passages: [], phrases: ['stabbed'] });
    expect(corrected.categoriesIn(STABBED)).toBeNull();
    expect(corrected.categoriesIn('ANOTHER MAN WAS STABBED.')).toBeNull();
    expect(corrected.categoriesIn(OTHER_STABBED)).toBeNull();
    // What else the passage says still counts.
    expect(corrected.categoriesIn('He was stabbed, and she was raped.')?.categories).toEqual(['sexual-violence']);
    expect(corrected.categoriesIn('He beat her.')?.categories).toContain('domestic-abuse');
  });

  it('matches a phrase as whole words only', () => {
    const corrected = matcherWith({ passages: [], phrases: ['stab'] });
    expect(corrected.categoriesIn(STABBED)?.categories).toEqual(['violence']);
  });

  it('also leaves out one of the survivor’s own words when it is listed', () => {
    expect(matcherWith(NONE, ['Ann Smith']).categoriesIn('Ann Smith was there.')?.custom).toBe(true);
    expect(matcherWith({ passages: [], phrases: ['ann smith'] }, ['Ann Smith']).categoriesIn('Ann  Smith was there.')).toBeNull();
  });

  it('hides listed phrases from hitsIn, so they are not offered again', () => {
    const corrected = matcherWith({ passages: [], phrases: ['stabbed'] });
    expect(corrected.hitsIn('He was stabbed, and she was raped.').map((h) => h.text)).toEqual(['raped']);
  });
});

describe('phrasesToOffer', () => {
  const matcher = matcherWith(NONE);

  it('offers the lexicon hit that flagged the passage', () => {
    expect(phrasesToOffer(matcher, STABBED)).toEqual(['stabbed']);
  });

  it('keeps the page’s accents, in lower case', () => {
    const spanish = withCorrections(compileTriggerLexicon({ categories: ALL_ON, language: 'es' }), NONE);
    const [phrase] = phrasesToOffer(spanish, 'Denunció una violación en el barrio.');
    expect(phrase).toBeDefined();
    expect(phrase).toMatch(/violación/);
  });

  it('offers every distinct hit when leaving them all out unblurs the passage', () => {
    expect(phrasesToOffer(matcher, 'He was stabbed, and she was raped. He was stabbed again.').toSorted()).toEqual(['raped', 'stabbed']);
  });

  it('offers nothing when the model alone flagged it, or the survivor’s own word did', () => {
    const modelOnly = withCorrections(compileTriggerLexicon({ categories: ALL_ON, language: 'en', stages: 'model' }), NONE);
    expect(modelOnly.categoriesIn(STABBED)?.categories).toEqual(['violence']);
    expect(phrasesToOffer(modelOnly, STABBED)).toEqual([]);
    expect(phrasesToOffer(matcherWith(NONE, ['Ann Smith']), 'Ann Smith was there.')).toEqual([]);
  });

  it('offers nothing for text that is not flagged', () => {
    expect(phrasesToOffer(matcher, 'A calm day in town.')).toEqual([]);
  });
});

describe('the changes to the blur settings', () => {
  const blur = { customTerms: ['Ann Smith'], neverWarnPassages: [7], neverWarnPhrases: ['stabbed'] };

  it('adds a passage once', () => {
    expect(addNeverWarnPassage(blur, 9).neverWarnPassages).toEqual([7, 9]);
    expect(addNeverWarnPassage(blur, 7)).toBe(blur);
  });

  it('adds phrases once, and takes the same phrase out of the survivor’s own words', () => {
    const next = addNeverWarnPhrases(blur, ['Stabbed', 'ANN  smith', 'raped']);
    expect(next.neverWarnPhrases).toEqual(['stabbed', 'ANN smith', 'raped']);
    expect(next.customTerms).toEqual([]);
  });

  it('makes a selection one of the survivor’s words, and takes it off the never-warn phrases', () => {
    const next = addWarnAboutText(blur, '  the   STABBED ');
    expect(next?.customTerms).toEqual(['Ann Smith', 'the STABBED']);
    expect(addWarnAboutText(blur, 'Stabbed')).toEqual({ ...blur, customTerms: ['Ann Smith', 'Stabbed'], neverWarnPhrases: [] });
    expect(addWarnAboutText(blur, 'ann smith')).toEqual(blur);
  });

  it('refuses a selection the matcher could not use, and cuts a long one at a word', () => {
    expect(addWarnAboutText(blur, ' !! ')).toBeNull();
    expect(addWarnAboutText(blur, 'x')).toBeNull();
    const long = `${'word '.repeat(60)}end`;
    const term = addWarnAboutText(blur, long)!.customTerms.at(-1)!;
    expect(term.length).toBeLessThanOrEqual(MAX_CUSTOM_TERM_LENGTH);
    expect(term.endsWith('word')).toBe(true);
  });
});
