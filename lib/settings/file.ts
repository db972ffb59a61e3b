import { z } from 'zod';
import { decoyIsOnChosenSite, SiteIndex } from '../lock/site-index';
import { decoyOnChosenSite, MAX_SITES, settingsSchema, siteSchema, type Settings } from './schema';
import { migrateSettings } from './migrations';
import { notice, type SettingsNotice } from './notices';

export const MAX_SETTINGS_FILE_BYTES = 1024 * 1024;

/**
 * A settings file: the settings document with the chosen sites beside it, readable
 * (docs/settings.md). Only a file holds `sites`; in storage they have their own record
 * (lib/lock/record.ts), so that a PIN can keep them encrypted.
 */
export const settingsFileSchema = settingsSchema
  .extend({ sites: z.array(siteSchema).max(MAX_SITES) })
  .strict()
  .superRefine((file, ctx) => {
    // The rule the whole extension keeps (lib/lock/site-index.ts), against the file's own
    // list; any salt makes an index that answers for these names.
    const clash = file.sites.find((site) => decoyIsOnChosenSite(SiteIndex.fromSites('', [site]), file.exit.decoyUrl));
    if (clash) ctx.addIssue({ code: 'custom', path: ['exit', 'decoyUrl'], message: decoyOnChosenSite(clash) });
  });

export type SettingsFile = z.infer<typeof settingsFileSchema>;

export type SettingsFileResult = { ok: true; settings: SettingsFile } | { ok: false; errors: SettingsNotice[] };

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
  const parsed = settingsFileSchema.safeParse(migrated.value);
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

/** The settings and the readable list of chosen sites, as a file holds them. */
export function settingsFileOf(settings: Settings, sites: readonly string[]): SettingsFile {
  // Second in the file, where it always was: the first thing a survivor looks for.
  const { version, ...rest } = settings;
  return { version, sites: [...sites], ...rest };
}

export function serializeSettingsFile(settings: SettingsFile): string {
  return `${JSON.stringify(settings, null, 2)}\n`;
}
