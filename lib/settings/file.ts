import { describeIssues, settingsSchema, type Settings } from './schema';
import { migrateSettings } from './migrations';

export const MAX_SETTINGS_FILE_BYTES = 1024 * 1024;

export type SettingsFileResult = { ok: true; settings: Settings } | { ok: false; errors: string[] };

/**
 * Reads an imported settings file. Unlike recoverSettings this is strict: the
 * survivor chose the file, so anything wrong in it is reported and nothing is
 * changed, rather than half of it being applied.
 */
export function parseSettingsFile(text: string, byteLength: number): SettingsFileResult {
  if (byteLength > MAX_SETTINGS_FILE_BYTES) {
    return { ok: false, errors: [`The file is too large (${Math.ceil(byteLength / 1024)} KB). A settings file is at most 1 MB.`] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, errors: ['This file is not a settings file (it is not JSON).'] };
  }
  const migrated = migrateSettings(raw);
  if (!migrated.ok) {
    const message = {
      'not-an-object': 'This file is not a settings file (it holds no settings object).',
      'no-version': 'This file has no "version" number, so it is not a settings file from this extension.',
      'newer-version': `This file comes from a newer version of the extension (settings version ${migrated.version}). Update the extension, then import it again.`,
      'no-migration': `This file's settings version (${migrated.version}) cannot be read by this version of the extension.`,
    }[migrated.reason];
    return { ok: false, errors: [message] };
  }
  const parsed = settingsSchema.safeParse(migrated.value);
  if (!parsed.success) return { ok: false, errors: describeIssues(parsed.error) };
  return { ok: true, settings: parsed.data };
}

export function serializeSettingsFile(settings: Settings): string {
  return `${JSON.stringify(settings, null, 2)}\n`;
}
