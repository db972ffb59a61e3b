/**
 * What the settings code has to tell the survivor (a refused file, settings that went
 * back to their defaults), as message keys and their substitutions. lib/ stays pure and
 * speaks no language: the pages look each key up in the locale (components/i18n.ts) and
 * write the numbers with Intl in the page's language.
 */

/** Each message key, with the number of substitutions its text takes ($1, $2, …). */
export const SETTINGS_NOTICE_KEYS = {
  // A settings file the survivor chose to load (lib/settings/file.ts).
  settings_problem_file_too_large: 1,
  settings_problem_file_not_json: 0,
  settings_problem_file_not_object: 0,
  settings_problem_file_no_version: 0,
  settings_problem_file_newer: 1,
  settings_problem_file_no_migration: 1,
  settings_problem_file_site: 1,
  settings_problem_file_setting: 1,
  settings_problem_file_unknown: 1,
  // Stored settings that could not all be used (lib/settings/recover.ts).
  settings_problem_reset_unreadable: 0,
  settings_problem_reset_no_version: 0,
  settings_problem_reset_newer: 1,
  settings_problem_reset_no_migration: 1,
  settings_problem_section_reset: 1,
  settings_problem_field_reset: 2,
  settings_problem_unknown: 1,
  settings_problem_unknown_fields: 2,
  settings_problem_paused_unreadable: 0,
  settings_problem_paused_entries: 1,
  settings_problem_paused_over: 2,
  settings_problem_words_over: 2,
  settings_problem_words_too_long: 2,
  settings_problem_never_warn_passages: 0,
  settings_problem_never_warn_phrases: 0,
  settings_problem_never_warn_over: 2,
} as const;

export type SettingsNoticeKey = keyof typeof SETTINGS_NOTICE_KEYS;

/**
 * One thing to tell the survivor. Numbers stay numbers, so that the page writes them in
 * its own language ("5,000", "5 000", "5.000"); names of settings and sites stay as written.
 */
export interface SettingsNotice {
  key: SettingsNoticeKey;
  substitutions: (string | number)[];
}

export function notice(key: SettingsNoticeKey, ...substitutions: (string | number)[]): SettingsNotice {
  return { key, substitutions };
}

/** True for a stored notice; set-aside records written before notices hold plain English strings. */
export function isSettingsNotice(value: unknown): value is SettingsNotice {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as SettingsNotice).key === 'string' &&
    Object.hasOwn(SETTINGS_NOTICE_KEYS, (value as SettingsNotice).key) &&
    Array.isArray((value as SettingsNotice).substitutions)
  );
}
