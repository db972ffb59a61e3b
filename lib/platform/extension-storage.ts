/**
 * Every value the extension keeps in `storage.local` and `storage.session`, in one
 * table (name, area, what a reader gets while nothing is stored), and the one way to
 * read, write and follow them. Nothing else calls `browser.storage`.
 *
 * CONTENT SCRIPTS import this file too (./content-settings.ts): it must stay free of
 * zod, of WXT's storage wrapper and of anything else heavy, and import types only.
 * Values are stored exactly as the pages and the background hand them over; whoever
 * reads a value that a hand edit or an older version may have shaped differently
 * (the settings, the chosen sites) checks it itself, so those entries are typed `unknown`.
 */
import { browser } from 'wxt/browser';
import type { SiteEraseStats } from '../lock/stats';
import type { EraseProgress } from '../history/erase-progress';

export type StorageArea = 'local' | 'session';

export interface StoredValue<T> {
  readonly area: StorageArea;
  readonly key: string;
  /** What a read gives while nothing is stored (a fresh copy each time: callers may change it). */
  readonly fallback: T;
}

const stored = <T>(area: StorageArea, key: string, fallback: T): StoredValue<T> => ({ area, key, fallback });

/**
 * The keys. `storage.local` is kept on disk until the extension is removed;
 * `storage.session` is kept in memory only (never written to disk) and survives the
 * MV3 service worker's sleep, not a browser restart.
 *
 * Not in the table: `settings$`, the version record WXT's `defineItem` wrote next to
 * the settings until the settings document's own `version` became the only one
 * (lib/settings/migrations.ts). It is never read; installs that have it keep it.
 */
export const STORED = {
  /** The settings document, as stored: lib/settings/recover.ts (or content-view.ts in pages) reads it. */
  settings: stored<unknown>('local', 'settings', undefined),
  /** Stored settings that could not be used as they were, kept for the survivor (settings-store.ts). */
  settingsSetAside: stored<unknown>('local', 'settingsSetAside', []),
  /** The per-install salt of the site keys (lib/lock/site-keys.ts). */
  siteKeySalt: stored<unknown>('local', 'siteKeySalt', undefined),
  /**
   * The one home of the chosen sites, with or without a PIN: each site's keys and its name,
   * readable, or encrypted while a PIN is set, with the PIN-sealed private key (lib/lock/record.ts).
   */
  chosenSites: stored<unknown>('local', 'chosenSites', undefined),
  /** The count of wrong PINs and when the next try is allowed (lib/lock/attempts.ts). */
  pinAttempts: stored<unknown>('local', 'pinAttempts', undefined),
  /** "Forgot your PIN?" was used: when (lib/lock/reset-notice.ts). */
  pinResetNotice: stored<unknown>('local', 'pinResetNotice', undefined),
  /** Per site key, never by name: when its history was last cleared and how much (lib/lock/stats.ts). */
  siteEraseStats: stored<Record<string, SiteEraseStats>>('local', 'siteEraseStats', {}),
  /** The erase running now, for the settings page's progress. */
  eraseProgress: stored<EraseProgress | undefined>('session', 'eraseProgress', undefined),
  /** What the background remembers about open tabs (entrypoints/background/session-state.ts). */
  backgroundSession: stored<unknown>('session', 'backgroundSession', undefined),
  /** What the quick exit needs, kept ready for a worker that has just woken (entrypoints/background/exit-ready.ts). */
  exitReady: stored<unknown>('session', 'exitReady', undefined),
} as const;

function areaOf(area: StorageArea) {
  return area === 'local' ? browser.storage.local : browser.storage.session;
}

// Browsers report a removed key without `newValue`; WXT's fake browser reports null.
const orFallback = <T>(item: StoredValue<T>, value: unknown): T =>
  value === undefined || value === null ? structuredClone(item.fallback) : (value as T);

/** The stored value, or a fresh copy of the fallback while there is none. Rejects when the area cannot be read. */
export async function readStored<T>(item: StoredValue<T>): Promise<T> {
  const found = await areaOf(item.area).get(item.key);
  return orFallback(item, found[item.key]);
}

export async function writeStored<T>(item: StoredValue<T>, value: T): Promise<void> {
  await areaOf(item.area).set({ [item.key]: value });
}

/** Removes values; readers get the fallback again. */
export async function removeStored(...items: StoredValue<unknown>[]): Promise<void> {
  for (const area of ['local', 'session'] as const) {
    const keys = items.filter((item) => item.area === area).map((item) => item.key);
    if (keys.length) await areaOf(area).remove(keys);
  }
}

type Changes = Record<string, { newValue?: unknown }>;

/**
 * Calls back with the new value (the fallback once removed) whenever it changes, in
 * any context of the extension. Returns the way to stop.
 *
 * Each watch is its own browser listener, on purpose: the browser calls listeners in
 * the order they were added, and the background relies on that order (caches that
 * drop their copy are registered when their modules load, before the quick exit's
 * rebuild of what it keeps ready, which reads through those caches).
 */
export function watchStored<T>(item: StoredValue<T>, onChange: (value: T) => void): () => void {
  return listen((changes, area) => {
    if (area === item.area && item.key in changes) onChange(orFallback(item, changes[item.key]!.newValue));
  });
}

/** Calls back once per change that touches any of the values (however many of them it touches). */
export function watchAnyStored(items: readonly StoredValue<unknown>[], onChange: () => void): () => void {
  return listen((changes, area) => {
    if (items.some((item) => item.area === area && item.key in changes)) onChange();
  });
}

function listen(listener: (changes: Changes, area: string) => void): () => void {
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
