/**
 * The chosen sites, whether the list is readable (no PIN: settings.sites) or locked
 * (PIN: the `siteLock` record, see ./site-lock.ts). Every part of the extension asks
 * here: the background (live erasure, quick exit, "check now", page status), the popup
 * (one-click "hide my visits") and the settings pages (the list, import, export).
 * Matching never needs the PIN; only reading the names does.
 */
import { browser } from 'wxt/browser';
import { disguiseTakesPin } from '../lock/disguise';
import {
  pinKindOf,
  readSiteLock,
  siteKeysOfReading,
  storedEntriesOf,
  storedEntriesWith,
  storedEntriesWithout,
  storedKeyOf,
  withStoredEntries,
  type SiteLockEntry,
} from '../lock/record';
import { SiteIndex } from '../lock/site-index';
import { siteKey, siteKeysOf } from '../lock/site-keys';
import type { Settings } from '../settings/schema';
import { addSite, hostOfUrl, normalizeSiteInput, siteMatchesHost } from '../sites';
import { InvalidSettingsError, loadSettings, replaceSettings, updateSettings } from './settings-store';
import {
  exclusively,
  getSiteKeySalt,
  LOCK_KEY,
  lockEntryFor,
  lockOpenedBy,
  openLockedSites,
  ProtectedDataError,
  readSiteLockState,
  SALT_KEY,
  unreadableEntriesOf,
  type UnlockedLock,
} from './site-lock';

export { SiteIndex };

// Built once and kept while nothing changes it, as loadSettings keeps the settings: the
// quick exit matches every open tab and must not wait for storage. Only a cache: a
// sleeping service worker loses it and the next call reads storage again.
let cached: Promise<SiteIndex> | undefined;
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && ['settings', 'settings$', LOCK_KEY, SALT_KEY].some((key) => key in changes)) cached = undefined;
});

/** What matching needs, for every chosen site, readable or locked. Never needs the PIN. */
export function loadChosenSites(): Promise<SiteIndex> {
  cached ??= buildIndex().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

async function buildIndex(): Promise<SiteIndex> {
  const [settings, salt, reading] = await Promise.all([loadSettings(), getSiteKeySalt(), readSiteLockState()]);
  // Sites still in settings.sites while a lock exists (written by an older page, or
  // not yet moved by the background) are matched too: nothing chosen is ever missed.
  return new SiteIndex(salt, [...siteKeysOfReading(reading), ...settings.sites.map((site) => siteKeysOf(salt, site))]);
}

function decoyProblem(settings: Settings, site: string): string | undefined {
  const host = hostOfUrl(settings.exit.decoyUrl);
  // The same sentence the settings schema gives for a readable list.
  return host && siteMatchesHost(site, host)
    ? `exit.decoyUrl: the neutral page is on ${site}, one of your chosen sites; pick a page elsewhere`
    : undefined;
}

/** The lock record exactly as stored (see storedEntriesOf: writes start from this). */
async function readStoredLock(): Promise<unknown> {
  return (await browser.storage.local.get(LOCK_KEY))[LOCK_KEY];
}

/** Writes the stored record with other entries; every other field stays as stored. */
async function writeLockEntries(raw: unknown, entries: unknown[]): Promise<void> {
  await browser.storage.local.set({ [LOCK_KEY]: withStoredEntries(raw, entries) });
}

/**
 * Adds a site (as typed or as a host: it is normalised first). Needs no PIN: with a
 * lock, the name is encrypted to the stored public key. Throws InvalidSettingsError
 * with readable problems when the site cannot be added.
 */
export function addChosenSite(input: string): Promise<string> {
  const normal = normalizeSiteInput(input);
  if (!normal.ok) return Promise.reject(new InvalidSettingsError([normal.error]));
  const site = normal.site;
  return exclusively('sites', async () => {
    const reading = await readSiteLockState();
    if (reading.state === 'none') {
      await updateSettings((s) => ({ ...s, sites: addSite(s.sites, site) }));
      return site;
    }
    if (reading.state === 'damaged') throw new ProtectedDataError('damaged');
    const problem = decoyProblem(await loadSettings(), site);
    if (problem) throw new InvalidSettingsError([problem]);
    const entry = await lockEntryFor(reading.record, site);
    // From the stored entries, not the reading's: those it could not parse stay as they are.
    const raw = await readStoredLock();
    await writeLockEntries(raw, storedEntriesWith(raw, entry));
    return site;
  });
}

/** Removes a site by its key: works on a locked list without the PIN. */
export function removeChosenSiteByKey(key: string): Promise<void> {
  return exclusively('sites', async () => {
    const salt = await getSiteKeySalt();
    const raw = await readStoredLock();
    // Locked or damaged, the record stays exactly as stored (a damaged one is reset only
    // by the survivor's choice), minus this site's entries. Entries that cannot be read
    // stay too: they are other sites, still hidden.
    if (readSiteLock(raw).state !== 'none' && storedEntriesWithout(raw, key).length !== storedEntriesOf(raw).length) {
      await writeLockEntries(raw, storedEntriesWithout(raw, key));
    }
    const settings = await loadSettings();
    if (settings.sites.some((site) => siteKey(salt, site) === key)) {
      await updateSettings((s) => ({ ...s, sites: s.sites.filter((site) => siteKey(salt, site) !== key) }));
    }
  });
}

export async function removeChosenSite(site: string): Promise<void> {
  await removeChosenSiteByKey(siteKey(await getSiteKeySalt(), site));
}

export interface ChosenSiteList {
  /** Sorted site addresses. */
  sites: string[];
  /** Site → its key (erase statistics are kept by key). */
  keys: Record<string, string>;
  /** True when the list is kept behind the PIN. */
  locked: boolean;
  /** Locked entries whose name could not be decrypted: their keys still hide visits. */
  unreadable: number;
  /** Locked entries too badly formed to parse: they hide nothing, and are kept as they are. */
  damaged: number;
}

/** The readable list. With a PIN set, only for a page that was unlocked with it. */
export async function listChosenSites(unlocked?: UnlockedLock): Promise<ChosenSiteList> {
  const [settings, salt, reading] = await Promise.all([loadSettings(), getSiteKeySalt(), readSiteLockState()]);
  let names = [...settings.sites];
  let unreadable = 0;
  let damaged = 0;
  if (reading.state === 'locked') {
    if (!unlocked) throw new ProtectedDataError('locked');
    const opened = await openLockedSites(unlocked, reading.record);
    names = [...names, ...opened.sites];
    unreadable = opened.unreadable;
    // Entries too badly formed to parse hide nothing: the survivor is told so, apart.
    damaged = reading.dropped;
  } else if (reading.state === 'damaged') {
    unreadable = reading.sites.length;
  }
  const sites = [...new Set(names)].toSorted();
  return {
    sites,
    keys: Object.fromEntries(sites.map((site) => [site, siteKey(salt, site)])),
    locked: reading.state !== 'none',
    unreadable,
    damaged,
  };
}

/** The settings as a file holds them: with the readable list, whether or not a PIN is set. */
export async function exportableSettings(unlocked?: UnlockedLock): Promise<Settings> {
  const [settings, list] = await Promise.all([loadSettings(), listChosenSites(unlocked)]);
  return { ...settings, sites: list.sites };
}

/**
 * Replaces every setting with an imported file's. With a PIN set, the file's list
 * replaces the readable part of the locked list and is encrypted: it never reaches
 * settings.sites. Entries of the lock that cannot be read (not decrypted with the
 * page's key, or badly formed) are kept exactly as they are: nobody can tell whether
 * the file holds their site, and dropping them would stop hiding visits to it. So with
 * a PIN set the page must have been opened with it (`unlocked`). Returns the sites
 * that were not chosen before (their earlier visits are to be removed).
 */
export function importSettings(next: Settings, unlocked?: UnlockedLock): Promise<string[]> {
  return exclusively('sites', async () => {
    const [salt, reading, index] = await Promise.all([getSiteKeySalt(), readSiteLockState(), loadChosenSites()]);
    const added = next.sites.filter((site) => !index.has(siteKey(salt, site)));
    if (reading.state === 'none') {
      await replaceSettings(next);
      return added;
    }
    if (reading.state === 'damaged') throw new ProtectedDataError('damaged');
    // The same rule as the settings page: a calculator cannot take a passphrase, and
    // would lock the survivor out of the real popup. Refused before anything is written.
    if (!disguiseTakesPin(next.discretion.disguise, pinKindOf(reading.record))) throw new ProtectedDataError('calculator-passphrase');
    if (!unlocked) throw new ProtectedDataError('locked');
    // A key from a lock reset and set again since would read nothing, and every old
    // entry would be kept as unreadable: refused instead, as the PIN changes are.
    await lockOpenedBy(unlocked);
    const raw = await readStoredLock();
    const fileKeys = new Set(next.sites.map((site) => siteKey(salt, site)));
    // An unreadable entry whose key is in the file is that very site: the file's entry replaces it.
    const kept = (await unreadableEntriesOf(unlocked, storedEntriesOf(raw))).filter((e) => !fileKeys.has(storedKeyOf(e) ?? ''));
    const fresh: SiteLockEntry[] = [];
    for (const site of new Set(next.sites)) fresh.push(await lockEntryFor(reading.record, site));
    await writeLockEntries(raw, [...kept, ...fresh]);
    await replaceSettings({ ...next, sites: [] });
    return added;
  });
}

/**
 * With a lock, settings.sites must stay empty. A page that writes the readable list
 * anyway (an older page, a hand edit) has its sites moved into the lock here; the
 * background calls this whenever the settings change.
 */
export function absorbReadableSites(): Promise<number> {
  return exclusively('sites', async () => {
    const reading = await readSiteLockState();
    if (reading.state !== 'locked') return 0;
    const settings = await loadSettings();
    if (!settings.sites.length) return 0;
    const raw = await readStoredLock();
    let entries = storedEntriesOf(raw);
    for (const site of settings.sites) entries = storedEntriesWith({ entries }, await lockEntryFor(reading.record, site));
    await writeLockEntries(raw, entries);
    const moved = new Set(settings.sites);
    await updateSettings((s) => ({ ...s, sites: s.sites.filter((site) => !moved.has(site)) }));
    return moved.size;
  });
}
