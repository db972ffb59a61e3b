/**
 * The chosen sites, kept in one record (`chosenSites`, see ./site-lock.ts and
 * lib/lock/record.ts) whether their names are readable (no PIN) or encrypted (PIN).
 * Every part of the extension asks here: the background (live erasure, quick exit,
 * "check now", page status), the popup (one-click "hide my visits") and the settings
 * pages (the list, the neutral page, import, export). Matching never needs the PIN;
 * only reading encrypted names does.
 */
import { disguiseTakesPin } from '../lock/disguise';
import {
  pinKindOf,
  readSiteLock,
  siteKeysOfReading,
  storedEntriesOf,
  storedEntriesWith,
  storedEntriesWithout,
  storedKeyOf,
} from '../lock/record';
import { decoyIsOnChosenSite, SiteIndex } from '../lock/site-index';
import { siteKey, siteKeysOf, type SiteKeys } from '../lock/site-keys';
import { settingsFileOf, type SettingsFile } from '../settings/file';
import { DECOY_ON_A_CHOSEN_SITE, decoyOnChosenSite, MAX_SITES, settingsSchema, describeIssues, type Settings } from '../settings/schema';
import { normalizeSiteInput } from '../sites';
import { InvalidSettingsError, loadSettings, replaceSettings, updateSettings } from './settings-store';
import { STORED, watchAnyStored } from './extension-storage';
import {
  exclusively,
  getSiteKeySalt,
  lockOpenedBy,
  openSiteNames,
  ProtectedDataError,
  readSiteLockState,
  readStoredSites,
  siteEntryFor,
  unreadableEntriesOf,
  writeSiteEntries,
  type UnlockedLock,
} from './site-lock';

export { SiteIndex };

// Built once and kept while nothing changes it, as loadSettings keeps the settings: the
// quick exit matches every open tab and must not wait for storage. Only a cache: a
// sleeping service worker loses it and the next call reads storage again.
let cached: Promise<SiteIndex> | undefined;
watchAnyStored([STORED.chosenSites, STORED.siteKeySalt], () => (cached = undefined));

/** What matching needs, for every chosen site, readable or locked. Never needs the PIN. */
export function loadChosenSites(): Promise<SiteIndex> {
  cached ??= buildIndex().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

async function buildIndex(): Promise<SiteIndex> {
  const [salt, reading] = await Promise.all([getSiteKeySalt(), readSiteLockState()]);
  return new SiteIndex(salt, siteKeysOfReading(reading));
}

const decoyRefusal = (site?: string) =>
  new InvalidSettingsError([`exit.decoyUrl: ${site ? decoyOnChosenSite(site) : DECOY_ON_A_CHOSEN_SITE}`]);

/**
 * Saves the neutral page, refused when it is on one of the chosen sites (the one rule,
 * lib/lock/site-index.ts): nothing is written then. Works on a locked list without the
 * PIN: the rule needs keys only.
 */
export function saveDecoyUrl(url: string): Promise<Settings> {
  return exclusively('sites', async () => {
    if (decoyIsOnChosenSite(await loadChosenSites(), url)) throw decoyRefusal();
    return updateSettings((s) => ({ ...s, exit: { ...s.exit, decoyUrl: url } }));
  });
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
    const [reading, salt, settings, raw] = await Promise.all([readSiteLockState(), getSiteKeySalt(), loadSettings(), readStoredSites()]);
    if (reading.state === 'damaged') throw new ProtectedDataError('damaged');
    if (decoyIsOnChosenSite(SiteIndex.fromSites(salt, [site]), settings.exit.decoyUrl)) throw decoyRefusal(site);
    const entries = storedEntriesWith(raw, await siteEntryFor(site, reading.state === 'locked' ? reading.lock : undefined));
    if (entries.length > MAX_SITES) throw new InvalidSettingsError([`sites: at most ${MAX_SITES} sites can be chosen`]);
    // From the stored entries, not the reading's: those it could not parse stay as they are.
    await writeSiteEntries(raw, entries);
    return site;
  });
}

/**
 * Removes a site by its key: works on a locked list without the PIN. Locked or
 * damaged, the record stays exactly as stored (a damaged one is reset only by the
 * survivor's choice), minus this site's entries. Entries that cannot be read stay
 * too: they are other sites, still hidden.
 */
export function removeChosenSiteByKey(key: string): Promise<void> {
  return exclusively('sites', async () => {
    const raw = await readStoredSites();
    const kept = storedEntriesWithout(raw, key);
    if (kept.length !== storedEntriesOf(raw).length) await writeSiteEntries(raw, kept);
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
  /** Entries whose name could not be read (not decrypted): their keys still hide visits. */
  unreadable: number;
  /** Entries too badly formed to parse: they hide nothing, and are kept as they are. */
  damaged: number;
}

/** The readable list. With a PIN set, only for a page that was unlocked with it. */
export async function listChosenSites(unlocked?: UnlockedLock): Promise<ChosenSiteList> {
  const [salt, reading] = await Promise.all([getSiteKeySalt(), readSiteLockState()]);
  let names: string[] = [];
  let unreadable = 0;
  let damaged = 0;
  if (reading.state === 'damaged') {
    unreadable = reading.sites.length;
  } else {
    if (reading.state === 'locked' && !unlocked) throw new ProtectedDataError('locked');
    const opened = await openSiteNames(reading.record, unlocked);
    names = opened.sites;
    unreadable = opened.unreadable;
    // Entries too badly formed to parse hide nothing: the survivor is told so, apart.
    damaged = reading.dropped;
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
export async function exportableSettings(unlocked?: UnlockedLock): Promise<SettingsFile> {
  const [settings, list] = await Promise.all([loadSettings(), listChosenSites(unlocked)]);
  return settingsFileOf(settings, list.sites);
}

/**
 * Replaces every setting with an imported file's, and the sites this page can read
 * with the file's list (encrypted on the way in while a PIN is set). Entries of the
 * record that cannot be read (not decrypted with the page's key, or badly formed) are
 * kept exactly as they are: nobody can tell whether the file holds their site, and
 * dropping them would stop hiding visits to it. So with a PIN set the page must have
 * been opened with it (`unlocked`). Refused, changing nothing, when the file's neutral
 * page is on a site the list keeps. Returns the sites that were not chosen before
 * (their earlier visits are to be removed).
 */
export function importSettings(file: SettingsFile, unlocked?: UnlockedLock): Promise<string[]> {
  return exclusively('sites', async () => {
    const { sites, ...next } = file;
    const [salt, reading, index] = await Promise.all([getSiteKeySalt(), readSiteLockState(), loadChosenSites()]);
    if (reading.state === 'damaged') throw new ProtectedDataError('damaged');
    const lock = reading.state === 'locked' ? reading.lock : undefined;
    if (lock) {
      // The same rule as the settings page: a calculator cannot take a passphrase, and
      // would lock the survivor out of the real popup. Refused before anything is written.
      if (!disguiseTakesPin(next.discretion.disguise, pinKindOf(lock))) throw new ProtectedDataError('calculator-passphrase');
      if (!unlocked) throw new ProtectedDataError('locked');
      // A key from a lock reset and set again since would read nothing, and every old
      // entry would be kept as unreadable: refused instead, as the PIN changes are.
      await lockOpenedBy(unlocked);
    }
    const parsed = settingsSchema.safeParse(next);
    if (!parsed.success) throw new InvalidSettingsError(describeIssues(parsed.error));
    const raw = await readStoredSites();
    const fileKeys = new Set(sites.map((site) => siteKey(salt, site)));
    // An unreadable entry whose key is in the file is that very site: the file's entry replaces it.
    const kept = (await unreadableEntriesOf(storedEntriesOf(raw), unlocked)).filter((e) => !fileKeys.has(storedKeyOf(e) ?? ''));
    const keptKeys = siteKeysOfReading(readSiteLock({ ...(raw as object), entries: kept }));
    const after = new SiteIndex(salt, [...keptKeys, ...sites.map((site): SiteKeys => siteKeysOf(salt, site))]);
    if (decoyIsOnChosenSite(after, next.exit.decoyUrl)) throw decoyRefusal();
    const fresh: unknown[] = [];
    for (const site of new Set(sites)) fresh.push(await siteEntryFor(site, lock));
    // The file alone fits (its schema); with the kept entries it may not, as adding a site.
    if (kept.length + fresh.length > MAX_SITES) throw new InvalidSettingsError([`sites: at most ${MAX_SITES} sites can be chosen`]);
    // The sites first, then the settings: the neutral page was checked against the new list.
    await writeSiteEntries(raw, [...kept, ...fresh]);
    await replaceSettings(parsed.data);
    return sites.filter((site) => !index.has(siteKey(salt, site)));
  });
}
