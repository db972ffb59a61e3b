import {
  defaultSettings,
  MAX_CUSTOM_TERM_LENGTH,
  MAX_CUSTOM_TERMS,
  MAX_NEVER_WARN,
  MAX_SITES,
  passageFingerprintSchema,
  settingsSchema,
  siteSchema,
  type Settings,
} from './schema';
import { migrateSettings } from './migrations';
import { notice, type SettingsNotice } from './notices';

export interface Recovery {
  settings: Settings;
  /** What the options page tells the survivor, as message keys; empty when the stored value was fine. */
  problems: SettingsNotice[];
}

type SectionKey = Exclude<keyof Settings, 'version'>;
const SECTIONS = Object.keys(settingsSchema.shape).filter((k) => k !== 'version') as SectionKey[];

/**
 * Reads whatever is in storage without ever throwing. Valid parts are kept, field by
 * field (a broken blur setting must not cost the survivor their paused sites, nor a
 * mistyped switch their neutral page); within the site lists, each valid entry is kept.
 * A `sites` field (the chosen sites, which live in their own record) is an unknown
 * field like any other: set aside with the stored copy. The caller keeps the raw value
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
      'not-an-object': notice('settings_problem_reset_unreadable'),
      'no-version': notice('settings_problem_reset_no_version'),
      'newer-version': notice('settings_problem_reset_newer', migrated.version ?? ''),
      'no-migration': notice('settings_problem_reset_no_migration', migrated.version ?? ''),
    }[migrated.reason];
    return { settings: defaults, problems: [why] };
  }

  const value = migrated.value;
  const problems: SettingsNotice[] = [];
  const settings: Settings = { ...defaults };
  for (const key of SECTIONS) {
    if (!(key in value)) continue;
    const section = settingsSchema.shape[key].safeParse(value[key]);
    if (section.success) {
      (settings as Record<SectionKey, unknown>)[key] = section.data;
    } else if (key === 'blur' && isObject(value.blur)) {
      settings.blur = recoverBlur(value.blur, defaults.blur, problems);
    } else if (isObject(value[key])) {
      (settings as Record<SectionKey, unknown>)[key] = recoverFields(key as ObjectSectionKey, value[key], problems);
    } else {
      problems.push(notice('settings_problem_section_reset', key));
    }
  }
  const unknown = Object.keys(value).filter((k) => k !== 'version' && !(SECTIONS as string[]).includes(k));
  if (unknown.length) problems.push(notice('settings_problem_unknown', unknown.join(', ')));
  return { settings, problems };
}

type ObjectSectionKey = Exclude<SectionKey, 'blur'>;

/**
 * A section whose fields are not all valid: each valid field is kept, each broken one
 * goes back to its default alone (a mistyped switch must not cost the survivor their
 * neutral page), and fields the section does not know are set aside.
 */
function recoverFields(key: ObjectSectionKey, raw: Record<string, unknown>, problems: SettingsNotice[]): Settings[ObjectSectionKey] {
  const shape = settingsSchema.shape[key].shape as Record<string, { safeParse(v: unknown): ReturnType<typeof siteSchema.safeParse> }>;
  const section: Record<string, unknown> = { ...defaultSettings()[key] };
  for (const field of Object.keys(shape)) {
    if (!(field in raw)) continue;
    const part = shape[field]!.safeParse(raw[field]);
    if (part.success) section[field] = part.data;
    else problems.push(notice('settings_problem_field_reset', key, field));
  }
  const unknown = Object.keys(raw).filter((field) => !(field in shape));
  if (unknown.length) problems.push(notice('settings_problem_unknown_fields', key, unknown.join(', ')));
  // Optional fields left undefined stay out, as the schema would give them.
  for (const field of Object.keys(section)) if (section[field] === undefined) delete section[field];
  return section as Settings[ObjectSectionKey];
}

/** The sites where content warnings are paused: each valid entry is kept. */
function keepValidPausedSites(raw: unknown, problems: SettingsNotice[]): string[] {
  if (!Array.isArray(raw)) {
    problems.push(notice('settings_problem_paused_unreadable'));
    return [];
  }
  const kept = raw.filter((s): s is string => siteSchema.safeParse(s).success);
  if (kept.length !== raw.length) problems.push(notice('settings_problem_paused_entries', raw.length - kept.length));
  return keepAtMost([...new Set(kept)], MAX_SITES, 'settings_problem_paused_over', problems);
}

/**
 * A list longer than the schema allows would be kept by recovery and then refuse
 * every save: the first `max` entries are kept (in stored order) and the rest set
 * aside with the stored copy.
 */
function keepAtMost<T>(
  list: T[],
  max: number,
  over: 'settings_problem_paused_over' | 'settings_problem_words_over' | 'settings_problem_never_warn_over',
  problems: SettingsNotice[],
): T[] {
  if (list.length <= max) return list;
  problems.push(notice(over, max, list.length - max));
  return list.slice(0, max);
}

/** The survivor's own words, word by word: one word that is too long must not cost them the others. */
function keepValidTerms(raw: unknown, problems: SettingsNotice[]): string[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  const kept = raw.filter((t): t is string => typeof t === 'string' && t.length <= MAX_CUSTOM_TERM_LENGTH);
  const dropped = raw.length - kept.length;
  if (dropped) problems.push(notice('settings_problem_words_too_long', dropped, MAX_CUSTOM_TERM_LENGTH));
  return keepAtMost(kept, MAX_CUSTOM_TERMS, 'settings_problem_words_over', problems);
}

function recoverBlur(raw: Record<string, unknown>, defaults: Settings['blur'], problems: SettingsNotice[]): Settings['blur'] {
  const shape = settingsSchema.shape.blur.shape;
  const blur = { ...defaults };
  for (const key of ['enabled', 'categories'] as const) {
    const part = shape[key].safeParse(raw[key]);
    if (part.success) (blur as Record<string, unknown>)[key] = part.data;
    else if (key in raw) problems.push(notice('settings_problem_field_reset', 'blur', key));
  }
  if ('customTerms' in raw) {
    const terms = keepValidTerms(raw.customTerms, problems);
    if (terms) blur.customTerms = terms;
    else problems.push(notice('settings_problem_field_reset', 'blur', 'customTerms'));
  }
  if ('pausedSites' in raw) blur.pausedSites = keepValidPausedSites(raw.pausedSites, problems);
  if ('neverWarnPassages' in raw || 'neverWarnPhrases' in raw) Object.assign(blur, keepValidCorrections(raw, problems));
  return blur;
}

/**
 * The survivor's "Don't warn me about text like this" choices, entry by entry: one
 * unreadable entry must not bring back every warning they turned off.
 */
function keepValidCorrections(raw: Record<string, unknown>, problems: SettingsNotice[]): Partial<Settings['blur']> {
  const kept: Partial<Settings['blur']> = {};
  if ('neverWarnPassages' in raw) {
    const list = Array.isArray(raw.neverWarnPassages) ? raw.neverWarnPassages : [];
    const passages = list.filter((p): p is number => passageFingerprintSchema.safeParse(p).success);
    if (passages.length !== list.length || !Array.isArray(raw.neverWarnPassages))
      problems.push(notice('settings_problem_never_warn_passages'));
    kept.neverWarnPassages = keepAtMost(passages, MAX_NEVER_WARN, 'settings_problem_never_warn_over', problems);
  }
  if ('neverWarnPhrases' in raw) {
    const list = Array.isArray(raw.neverWarnPhrases) ? raw.neverWarnPhrases : [];
    const phrases = list.filter((t): t is string => typeof t === 'string' && t.length <= MAX_CUSTOM_TERM_LENGTH);
    if (phrases.length !== list.length || !Array.isArray(raw.neverWarnPhrases))
      problems.push(notice('settings_problem_never_warn_phrases'));
    kept.neverWarnPhrases = keepAtMost(phrases, MAX_NEVER_WARN, 'settings_problem_never_warn_over', problems);
  }
  return kept;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
