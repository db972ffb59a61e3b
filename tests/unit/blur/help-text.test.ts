import { describe, expect, it } from 'vitest';
import { BLUR_CATEGORIES, type BlurCategory } from '../../../lib/blur/categories';
import { compileHelpCues, helpTextTest } from '../../../lib/blur/help-text';
import { HELP_CUES } from '../../../lib/blur/lexicon/help-cues';
import { compileTriggerLexicon } from '../../../lib/blur/matcher';
import { normalizeForMatching } from '../../../lib/blur/normalize';

const ALL_ON = Object.fromEntries(BLUR_CATEGORIES.map((id) => [id, true])) as Record<BlurCategory, boolean>;
const isHelp = (language: string, text: string) => helpTextTest(language)!(normalizeForMatching(text));

describe('help cues', () => {
  it('know a service offered, a list of services, and phrases only help uses', () => {
    expect(isHelp('en', 'If you are worried about a friend, you can call the helpline for free.')).toBe(true);
    expect(isHelp('en', 'Counselling and therapy for adults abused as children.')).toBe(true);
    expect(isHelp('en', "You're not alone.")).toBe(true);
    expect(isHelp('es', 'Si necesitas hablar, el 016 atiende las 24 horas.')).toBe(true);
    expect(isHelp('es', 'Grupos de apoyo y asesoría para supervivientes.')).toBe(true);
    expect(isHelp('es', 'No estás sola.')).toBe(true);
  });

  it('do not take harm for help when it only mentions calling, or one service', () => {
    expect(isHelp('en', 'He hit her again and she was too afraid to call anyone.')).toBe(false);
    expect(isHelp('en', 'The boy had been left without food for days, the court heard.')).toBe(false);
    expect(isHelp('en', 'She reached the shelter with bruises on her arms.')).toBe(false);
    expect(isHelp('es', 'La golpeó delante de sus hijos y le quitó el teléfono.')).toBe(false);
  });

  it('match whole words only', () => {
    const test = compileHelpCues({ services: ['line'], offers: ['call'], alone: [] });
    expect(test('call the line')).toBe(true);
    expect(test('recall the pipeline')).toBe(false);
  });

  it('cover every language that has a lexicon and a model', () => {
    expect(Object.keys(HELP_CUES).toSorted()).toEqual(['en', 'es']);
  });
});

describe('help text is never blurred', () => {
  const english = compileTriggerLexicon({ categories: ALL_ON, language: 'en' });
  const spanish = compileTriggerLexicon({ categories: ALL_ON, language: 'es' });

  it('by the lexicon stage on its own, whatever the model reads', () => {
    const lexiconOnly = compileTriggerLexicon({ categories: ALL_ON, language: 'es', stages: 'lexicon' });
    expect(lexiconOnly.categoriesIn('Si sufres violencia de género, puedes llamar al 016 gratis.')).toBeNull();
    expect(lexiconOnly.categoriesIn('Fue condenado por violencia de género contra su expareja.')).not.toBeNull();
  });

  it('in Spanish, a line for violence against women stays clear while a report of it is blurred', () => {
    expect(spanish.categoriesIn('El 016 atiende a víctimas de violencia de género las 24 horas, gratis.')).toBeNull();
    expect(spanish.categoriesIn('La policía detuvo a un hombre por maltratar a su pareja durante años.')?.categories).toContain(
      'domestic-abuse',
    );
  });

  it('in English, a rape crisis service names the subject and stays clear', () => {
    expect(english.categoriesIn('Our rape crisis centre offers free, confidential support to anyone who has been raped.')).toBeNull();
    expect(english.categoriesIn('He was convicted of raping a woman he met online.')).not.toBeNull();
  });

  it('does not let the model clear a passage that names abuse with no word of help in it', () => {
    expect(english.categoriesIn('She lived with domestic violence for years.')?.categories).toContain('domestic-abuse');
  });

  it("keeps the survivor's own words even in help text", () => {
    const own = compileTriggerLexicon({ categories: ALL_ON, language: 'en', customTerms: ['helpline'] });
    expect(own.categoriesIn('You can call the helpline for free.')?.custom).toBe(true);
  });
});
