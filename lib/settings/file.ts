import type { z } from 'zod';
import { settingsSchema, type Settings } from './schema';
import { migrateSettings } from './migrations';
import { notice, type SettingsNotice } from './notices';

export const MAX_SETTINGS_FILE_BYTES = 1024 * 1024;

export type SettingsFileResult = { ok: true; settings: Settings } | { ok: false; errors: SettingsNotice[] };

/**
 * Reads an imported settings file. Unlike recoverSettings this is strict: the
 * survivor chose the file, so anything wrong in it is reported and nothing is
 * changed, rather than half of it being applied.
 */
export function parseSettingsFile(text: string, byteLength: number): SettingsFileResult {
  if (byteLength > MAX_SETTINGS_FILE_BYTES) {
    return { ok: false, errors: [notice('settings_problem_file_too_large', Math.ceil(byteLength / 1024))] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, errors: [notice('settings_problem_file_not_json')] };
  }
  const migrated = migrateSettings(raw);
  if (!migrated.ok) {
    const why = {
      'not-an-object': notice('settings_problem_file_not_object'),
      'no-version': notice('settings_problem_file_no_version'),
      'newer-version': notice('settings_problem_file_newer', migrated.version ?? ''),
      'no-migration': notice('settings_problem_file_no_migration', migrated.version ?? ''),
    }[migrated.reason];
    return { ok: false, errors: [why] };
  }
  const parsed = settingsSchema.safeParse(migrated.value);
  if (!parsed.success) return { ok: false, errors: fileIssues(parsed.error, migrated.value) };
  return { ok: true, settings: parsed.data };
}

/**
 * The schema's findings, one notice each, naming the setting (its path in the file, as
 * docs/settings.md names it) or the site address concerned. The schema's own wording is
 * English and stays out of what the survivor reads.
 */
function fileIssues(error: z.ZodError, value: Record<string, unknown>): SettingsNotice[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      return notice('settings_problem_file_unknown', issue.keys.map((key) => [...path, key].join('.')).join(', '));
    }
    const [first, index] = issue.path;
    if (first === 'sites' && typeof index === 'number' && path.length === 2 && Array.isArray(value.sites)) {
      return notice('settings_problem_file_site', String(value.sites[index]));
    }
    if (!path.length) return notice('settings_problem_file_not_object');
    return notice('settings_problem_file_setting', path.join('.'));
  });
}

export function serializeSettingsFile(settings: Settings): string {
  return `${JSON.stringify(settings, null, 2)}\n`;
}
