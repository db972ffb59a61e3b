/**
 * The settings store for the background and the extension's pages.
 * CONTENT SCRIPTS: do not import this module (it brings zod into every page, several
 * times the content script's size budget); use ./content-settings.ts
 * (loadContentSettings / watchContentSettings), which reads the same stored value.
 */
import { recoverSettings } from '../settings/recover';
import type { SettingsNotice } from '../settings/notices';
import { SETTINGS_VERSION, settingsSchema, describeIssues, type Settings } from '../settings/schema';
import { readStored, STORED, watchStored, writeStored } from './extension-storage';

/** A stored settings value that could not be used, kept so that nothing is silently lost. */
export interface SetAsideSettings {
  at: number;
  /** Message keys since issue 16; records stored before then hold English sentences. */
  problems: (SettingsNotice | string)[];
  /** The stored value exactly as it was found. */
  value: unknown;
}

// Parsed settings, kept while nothing changes them. Only a cache: an MV3 service worker
// loses it when it sleeps, and then the next read simply goes to storage again. It
// matters for the quick exit, where validating thousands of sites on every trigger
// would delay the decoy page.
let cached: Promise<Settings> | undefined;
watchStored(STORED.settings, () => (cached = undefined));

/** The settings in force: never throws, never loses the stored copy. */
export function loadSettings(): Promise<Settings> {
  cached ??= readSettings().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached.then((s) => structuredClone(s));
}

/**
 * The one migration path: the document's own `version`, brought up to date by
 * recoverSettings (lib/settings/migrations.ts). A document of an older version that
 * needed nothing else is written back in the new shape, so that every reader (the
 * content script reads the stored document as it is) finds the current one.
 */
async function readSettings(): Promise<Settings> {
  const raw = await readStored(STORED.settings);
  const { settings, problems } = recoverSettings(raw);
  if (problems.length) await setAside(raw, problems, settings);
  else if (isOlderDocument(raw)) await writeStored(STORED.settings, settings);
  return settings;
}

function isOlderDocument(raw: unknown): boolean {
  const version = (raw as { version?: unknown } | undefined)?.version;
  return typeof version === 'number' && version < SETTINGS_VERSION;
}

/** The stored values that were set aside, newest last; anything unreadable there counts as none. */
export async function loadSetAside(): Promise<SetAsideSettings[]> {
  return setAsideEntries(await readStored(STORED.settingsSetAside));
}

export function watchSetAside(onChange: (entries: SetAsideSettings[]) => void): () => void {
  return watchStored(STORED.settingsSetAside, (raw) => onChange(setAsideEntries(raw)));
}

/** The survivor dismissed the notice: the copies go, since they may hold the list of chosen sites. */
export async function forgetSetAside(): Promise<void> {
  await writeStored(STORED.settingsSetAside, []);
}

function setAsideEntries(raw: unknown): SetAsideSettings[] {
  return Array.isArray(raw)
    ? raw.filter((entry): entry is SetAsideSettings => typeof entry?.at === 'number' && Array.isArray(entry.problems))
    : [];
}

async function setAside(raw: unknown, problems: SettingsNotice[], recovered: Settings): Promise<void> {
  const kept = await loadSetAside();
  const copy = JSON.stringify(raw);
  // Several contexts may read the same broken value at once; keep one copy of it.
  if (!kept.some((entry) => JSON.stringify(entry.value) === copy)) {
    await writeStored(STORED.settingsSetAside, [...kept, { at: Date.now(), problems, value: raw }].slice(-10));
  }
  await writeStored(STORED.settings, recovered);
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
  await writeStored(STORED.settings, parsed.data);
  return parsed.data;
}

export async function replaceSettings(settings: Settings): Promise<void> {
  await updateSettings(() => settings);
}

/** Calls back with the settings in force whenever they change, in any context. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return watchStored(STORED.settings, (raw) => onChange(recoverSettings(raw).settings));
}
