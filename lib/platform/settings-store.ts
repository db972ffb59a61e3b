/**
 * The settings store for the background and the extension's pages.
 * CONTENT SCRIPTS: do not import this module (it brings zod into every page, several
 * times the content script's size budget); use ./content-settings.ts
 * (loadContentSettings / watchContentSettings), which reads the same stored value.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { SETTINGS_MIGRATIONS } from '../settings/migrations';
import { recoverSettings } from '../settings/recover';
import type { SettingsNotice } from '../settings/notices';
import { SETTINGS_VERSION, settingsSchema, describeIssues, type Settings } from '../settings/schema';

/** A stored settings value that could not be used, kept so that nothing is silently lost. */
export interface SetAsideSettings {
  at: number;
  /** Message keys since issue 16; records stored before then hold English sentences. */
  problems: (SettingsNotice | string)[];
  /** The stored value exactly as it was found. */
  value: unknown;
}

// WXT runs these when the stored version is older; the pure migrations never throw,
// and recoverSettings validates what comes out.
const wxtMigrations = Object.fromEntries(
  Object.entries(SETTINGS_MIGRATIONS).map(([version, migrate]) => [
    Number(version),
    // The stored document carries its own version too: set it, so that recoverSettings
    // does not run the same migration a second time.
    (old: unknown) =>
      typeof old === 'object' && old !== null && !Array.isArray(old)
        ? { ...migrate(old as Record<string, unknown>), version: Number(version) }
        : old,
  ]),
);

export const settingsItem = storage.defineItem<unknown>('local:settings', {
  version: SETTINGS_VERSION,
  migrations: wxtMigrations,
});

export const setAsideItem = storage.defineItem<SetAsideSettings[]>('local:settingsSetAside', { fallback: [] });

// Parsed settings, kept while nothing changes them. Only a cache: an MV3 service worker
// loses it when it sleeps, and then the next read simply goes to storage again. It
// matters for the quick exit, where validating thousands of sites on every trigger
// would delay the decoy page.
let cached: Promise<Settings> | undefined;
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && ('settings' in changes || 'settings$' in changes)) cached = undefined;
});

/** The settings in force: never throws, never loses the stored copy. */
export function loadSettings(): Promise<Settings> {
  cached ??= readSettings().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached.then((s) => structuredClone(s));
}

async function readSettings(): Promise<Settings> {
  const raw = await settingsItem.getValue();
  const { settings, problems } = recoverSettings(raw);
  if (problems.length) await setAside(raw, problems, settings);
  return settings;
}

async function setAside(raw: unknown, problems: SettingsNotice[], recovered: Settings): Promise<void> {
  const kept = await setAsideItem.getValue();
  const copy = JSON.stringify(raw);
  // Several contexts may read the same broken value at once; keep one copy of it.
  if (!kept.some((entry) => JSON.stringify(entry.value) === copy)) {
    await setAsideItem.setValue([...kept, { at: Date.now(), problems, value: raw }].slice(-10));
  }
  await settingsItem.setValue(recovered);
}

export class InvalidSettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

/** Applies a change; an invalid result is refused with readable problems and nothing is written. */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = change(await loadSettings());
  const parsed = settingsSchema.safeParse(next);
  if (!parsed.success) throw new InvalidSettingsError(describeIssues(parsed.error));
  await settingsItem.setValue(parsed.data);
  return parsed.data;
}

export async function replaceSettings(settings: Settings): Promise<void> {
  await updateSettings(() => settings);
}

/** Calls back with the settings in force whenever they change, in any context. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((raw) => onChange(recoverSettings(raw).settings));
}
