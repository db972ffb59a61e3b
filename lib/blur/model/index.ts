import { MODEL as ENGLISH_MODEL } from './weights/en';
import { MODEL as SPANISH_MODEL } from './weights/es';
import { liveModel, type LiveModel, type ShippedModel } from './linear';

export { guessLanguage, primaryLanguage } from './language';
export { liveModel, MODEL_CLASSES, type LiveModel, type ModelClass, type ShippedModel } from './linear';

/**
 * The shipped models by language (primary subtag). Adding a language is adding data:
 * its training data, `npm run train:blur`, and one line here.
 */
export const MODELS: Readonly<Record<string, ShippedModel>> = { en: ENGLISH_MODEL, es: SPANISH_MODEL };

const live = new Map<string, LiveModel>();

/** The model for a language, made ready on first use; undefined when there is none. */
export function modelFor(language: string): LiveModel | undefined {
  let model = live.get(language);
  const shipped = MODELS[language];
  if (!model && shipped) live.set(language, (model = liveModel(shipped)));
  return model;
}
