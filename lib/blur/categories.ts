/**
 * The content-warning categories, in the order they are shown to the survivor.
 * The ids are part of the settings file format (docs/settings.md): never rename one
 * without a settings migration.
 */
export const BLUR_CATEGORIES = [
  'sexual-violence',
  'domestic-abuse',
  'child-abuse',
  'self-harm',
  'suicide',
  'violence',
  'eating-disorders',
] as const;

export type BlurCategory = (typeof BLUR_CATEGORIES)[number];
