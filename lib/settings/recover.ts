import {
  describeIssues,
  defaultSettings,
  MAX_CUSTOM_TERM_LENGTH,
  MAX_CUSTOM_TERMS,
  MAX_NEVER_WARN,
  MAX_SITES,
  passageFingerprintSchema,
  settingsObjectSchema,
  settingsSchema,
  siteSchema,
  type Settings,
} from './schema';
import { migrateSettings } from './migrations';

export interface Recovery {
  settings: Settings;
  /** Plain sentences for the options page; empty when the stored value was fine. */
  problems: string[];
}

type SectionKey = Exclude<keyof Settings, 'version'>;
const SECTIONS = Object.keys(settingsObjectSchema.shape).filter((k) => k !== 'version') as SectionKey[];

/**
 * Reads whatever is in storage without ever throwing. Valid parts are kept, field by
 * field (a broken blur setting must not cost the survivor their list of sites, nor a
 * mistyped switch their neutral page); within the site lists, each valid entry is kept. The caller keeps the raw value
 * aside whenever `problems` is not empty, so nothing is silently lost.
 */
export function recoverSettings(raw: unknown): Recovery {
  const defaults = defaultSettings();
  if (raw === undefined || raw === null) return { settings: defaults, problems: [] };

  const whole = settingsSchema.safeParse(raw);
  if (whole.success) return { settings: whole.data, problems: [] };

  const migrated = migrateSettings(raw);
  if (!migrated.ok) {
    const why = {
      'not-an-object': 'the stored settings were not readable',
      'no-version': 'the stored settings had no version number',
      'newer-version': `the stored settings come from a newer version (${migrated.version}) of the extension`,
      'no-migration': `the stored settings (version ${migrated.version}) could not be updated`,
    }[migrated.reason];
    return { settings: defaults, problems: [`All settings were reset because ${why}.`] };
  }

  const value = migrated.value;
  const problems: string[] = [];
  const settings: Settings = { ...defaults };
  for (const key of SECTIONS) {
    if (!(key in value)) continue;
    if (key === 'sites') {
      settings.sites = keepValidSites(value.sites, 'chosen sites', problems);
      continue;
    }
    const section = settingsObjectSchema.shape[key].safeParse(value[key]);
    if (section.success) {
      (settings as Record<SectionKey, unknown>)[key] = section.data;
    } else if (key === 'blur' && isObject(value.blur)) {
      settings.blur = recoverBlur(value.blur, defaults.blur, problems);
    } else if (isObject(value[key])) {
      (settings as Record<SectionKey, unknown>)[key] = recoverFields(key as ObjectSectionKey, value[key], problems);
    } else {
      problems.push(`The "${key}" settings were reset (${describeIssues(section.error).join('; ')}).`);
    }
  }
  const unknown = Object.keys(value).filter((k) => k !== 'version' && !(SECTIONS as string[]).includes(k));
  if (unknown.length) problems.push(`Unknown settings were set aside: ${unknown.join(', ')}.`);

  const final = settingsSchema.safeParse(settings);
  if (!final.success) {
    // Only the cross-field rule can fail here: the neutral page is on a chosen site.
    settings.exit = { ...settings.exit, decoyUrl: defaults.exit.decoyUrl };
    problems.push('The neutral page was on one of your chosen sites, so it was set back to the default.');
  }
  return { settings, problems };
}

type ObjectSectionKey = Exclude<SectionKey, 'sites' | 'blur'>;

/**
 * A section whose fields are not all valid: each valid field is kept, each broken one
 * goes back to its default alone (a mistyped switch must not cost the survivor their
 * neutral page), and fields the section does not know are set aside.
 */
function recoverFields(key: ObjectSectionKey, raw: Record<string, unknown>, problems: string[]): Settings[ObjectSectionKey] {
  const shape = settingsObjectSchema.shape[key].shape as Record<string, { safeParse(v: unknown): ReturnType<typeof siteSchema.safeParse> }>;
  const section: Record<string, unknown> = { ...defaultSettings()[key] };
  for (const field of Object.keys(shape)) {
    if (!(field in raw)) continue;
    const part = shape[field]!.safeParse(raw[field]);
    if (part.success) section[field] = part.data;
    else problems.push(`The "${key}" setting "${field}" was reset (${part.error.issues.map((i) => i.message).join('; ')}).`);
  }
  const unknown = Object.keys(raw).filter((field) => !(field in shape));
  if (unknown.length) problems.push(`Unknown "${key}" settings were set aside: ${unknown.join(', ')}.`);
  // Optional fields left undefined stay out, as the schema would give them.
  for (const field of Object.keys(section)) if (section[field] === undefined) delete section[field];
  return section as Settings[ObjectSectionKey];
}

function keepValidSites(raw: unknown, what: string, problems: string[]): string[] {
  if (!Array.isArray(raw)) {
    problems.push(`The list of ${what} could not be read and was set aside.`);
    return [];
  }
  const kept = raw.filter((s): s is string => siteSchema.safeParse(s).success);
  if (kept.length !== raw.length) problems.push(`${raw.length - kept.length} unreadable entries in the ${what} were set aside.`);
  return keepAtMost([...new Set(kept)], MAX_SITES, what, problems);
}

/**
 * A list longer than the schema allows would be kept by recovery and then refuse
 * every save: the first `max` entries are kept (in stored order) and the rest set
 * aside with the stored copy.
 */
function keepAtMost<T>(list: T[], max: number, what: string, problems: string[]): T[] {
  if (list.length <= max) return list;
  const over = list.length - max;
  problems.push(
    `The ${what} were more than the ${max.toLocaleString('en')} allowed: the last ${over.toLocaleString('en')} were set aside.`,
  );
  return list.slice(0, max);
}

/** The survivor's own words, word by word: one word that is too long must not cost them the others. */
function keepValidTerms(raw: unknown, problems: string[]): string[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  const kept = raw.filter((t): t is string => typeof t === 'string' && t.length <= MAX_CUSTOM_TERM_LENGTH);
  const dropped = raw.length - kept.length;
  if (dropped) {
    problems.push(
      `${dropped} of your own words for content warnings were set aside (each must be text of at most ${MAX_CUSTOM_TERM_LENGTH} characters).`,
    );
  }
  return keepAtMost(kept, MAX_CUSTOM_TERMS, 'own words for content warnings', problems);
}

function recoverBlur(raw: Record<string, unknown>, defaults: Settings['blur'], problems: string[]): Settings['blur'] {
  const shape = settingsObjectSchema.shape.blur.shape;
  const blur = { ...defaults };
  for (const key of ['enabled', 'categories'] as const) {
    const part = shape[key].safeParse(raw[key]);
    if (part.success) (blur as Record<string, unknown>)[key] = part.data;
    else if (key in raw) problems.push(`The content-warning setting "${key}" was reset.`);
  }
  if ('customTerms' in raw) {
    const terms = keepValidTerms(raw.customTerms, problems);
    if (terms) blur.customTerms = terms;
    else problems.push('The content-warning setting "customTerms" was reset.');
  }
  if ('pausedSites' in raw) blur.pausedSites = keepValidSites(raw.pausedSites, 'paused sites', problems);
  if ('neverWarnPassages' in raw || 'neverWarnPhrases' in raw) Object.assign(blur, keepValidCorrections(raw, problems));
  return blur;
}

/**
 * The survivor's "Don't warn me about text like this" choices, entry by entry: one
 * unreadable entry must not bring back every warning they turned off.
 */
function keepValidCorrections(raw: Record<string, unknown>, problems: string[]): Partial<Settings['blur']> {
  const kept: Partial<Settings['blur']> = {};
  if ('neverWarnPassages' in raw) {
    const list = Array.isArray(raw.neverWarnPassages) ? raw.neverWarnPassages : [];
    const passages = list.filter((p): p is number => passageFingerprintSchema.safeParse(p).success);
    if (passages.length !== list.length || !Array.isArray(raw.neverWarnPassages))
      problems.push('Some passages you chose not to be warned about could not be read and were set aside.');
    kept.neverWarnPassages = keepAtMost(passages, MAX_NEVER_WARN, 'passages you chose not to be warned about', problems);
  }
  if ('neverWarnPhrases' in raw) {
    const list = Array.isArray(raw.neverWarnPhrases) ? raw.neverWarnPhrases : [];
    const phrases = list.filter((t): t is string => typeof t === 'string' && t.length <= MAX_CUSTOM_TERM_LENGTH);
    if (phrases.length !== list.length || !Array.isArray(raw.neverWarnPhrases))
      problems.push('Some phrases you chose not to be warned about could not be read and were set aside.');
    kept.neverWarnPhrases = keepAtMost(phrases, MAX_NEVER_WARN, 'phrases you chose not to be warned about', problems);
  }
  return kept;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
