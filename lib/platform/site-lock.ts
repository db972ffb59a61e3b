/**
 * The chosen sites' storage and the PIN lock (docs/discretion.md): the per-install salt
 * of the site keys, the `chosenSites` record (keys + each name, readable or encrypted,
 * + the PIN-sealed private key while a PIN is set) and the count of wrong PINs. The decisions are in lib/lock and lib/crypto; this file
 * reads and writes storage.local, one change at a time across every context of the
 * extension (Web Locks: the popup, the options page and the background can all write).
 */
import { createKeyPair, LockDamagedError, openPrivateKey, openSiteName, sealPrivateKey, sealSiteName } from '../crypto/lock-box';
import { afterFailure, readAttempts, waitLeftMs } from '../lock/attempts';
import { isDigitsPin } from '../lock/pin-rules';
import {
  isReadableEntry,
  isWellFormedEntry,
  readSiteLock,
  siteKeysOfReading,
  storedEntriesOf,
  withStoredEntries,
  type ChosenSitesRecord,
  type ReadableSiteEntry,
  type SealedSiteEntry,
  type SiteEntry,
  type SiteLock,
  type SiteLockReading,
} from '../lock/record';
import type { ResetNotice } from '../lock/reset-notice';
import { newSalt, siteKey, siteKeysOf } from '../lock/site-keys';
import { statsBySiteKey } from '../lock/stats';
import { defaultDiscretion } from '../settings/schema';
import { readStored, removeStored, STORED, watchStored, writeStored } from './extension-storage';
import { loadSetAside, updateSettings } from './settings-store';

/**
 * Runs `work` while no other context of the extension runs work under the same name
 * (Web Locks are shared by every page and worker of one origin). Without Web Locks
 * (never seen in the supported browsers) it runs at once.
 */
export function exclusively<T>(name: string, work: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (!locks) return work();
  return locks.request(`quiet-tabs:${name}`, work) as Promise<T>;
}

let saltCache: Promise<string> | undefined;
watchStored(STORED.siteKeySalt, () => (saltCache = undefined));

/** The per-install salt of the site keys, created on first use (once, whichever context asks first). */
export function getSiteKeySalt(): Promise<string> {
  saltCache ??= exclusively('salt', async () => {
    const stored = await readStored(STORED.siteKeySalt);
    if (typeof stored === 'string' && /^[0-9a-f]{32,}$/.test(stored)) return stored;
    const salt = newSalt();
    await writeStored(STORED.siteKeySalt, salt);
    return salt;
  }).catch((error: unknown) => {
    saltCache = undefined;
    throw error;
  });
  return saltCache;
}

export async function readSiteLockState(): Promise<SiteLockReading> {
  return readSiteLock(await readStored(STORED.chosenSites));
}

/** The record exactly as stored (see storedEntriesOf: every write starts from this). */
export function readStoredSites(): Promise<unknown> {
  return readStored(STORED.chosenSites);
}

/** Writes the stored record with other entries; every other field stays as stored. */
export async function writeSiteEntries(raw: unknown, entries: unknown[]): Promise<void> {
  await writeStored(STORED.chosenSites, withStoredEntries(raw, entries));
}

export async function hasPin(): Promise<boolean> {
  return (await readSiteLockState()).state !== 'none';
}

/** The private key, held in the memory of the page that was unlocked; never stored. */
export interface UnlockedLock {
  privateKey: CryptoKey;
  /** The lock it opens (a reset and a new PIN elsewhere make a different one). */
  publicKey: string;
}

export type UnlockResult =
  | { ok: true; unlocked: UnlockedLock }
  /** `waitMs`: before the next PIN may be tried (0 while attempts are still free). */
  | { ok: false; reason: 'wrong' | 'wait'; waitMs: number }
  | { ok: false; reason: 'no-pin' | 'damaged' };

/** How long before a PIN may be tried again (0: now). */
export async function pinWaitLeft(now = Date.now()): Promise<number> {
  return waitLeftMs(readAttempts(await readStored(STORED.pinAttempts)), now);
}

/**
 * Tries a PIN. Attempts are made one at a time across the extension, and a wrong PIN
 * is counted before the answer is given, so that closing the page does not undo it.
 */
export function unlockWithPin(pin: string): Promise<UnlockResult> {
  return exclusively('pin', async () => {
    const attempts = readAttempts(await readStored(STORED.pinAttempts));
    const wait = waitLeftMs(attempts, Date.now());
    if (wait > 0) return { ok: false, reason: 'wait', waitMs: wait };
    const reading = await readSiteLockState();
    if (reading.state === 'none') return { ok: false, reason: 'no-pin' };
    if (reading.state === 'damaged') return { ok: false, reason: 'damaged' };
    let privateKey: CryptoKey | undefined;
    try {
      privateKey = await openPrivateKey(reading.lock.privateKey, pin);
    } catch (error) {
      if (error instanceof LockDamagedError) return { ok: false, reason: 'damaged' };
      throw error;
    }
    if (!privateKey) {
      const next = afterFailure(attempts, Date.now());
      await writeStored(STORED.pinAttempts, next);
      return { ok: false, reason: 'wrong', waitMs: waitLeftMs(next, Date.now()) };
    }
    if (attempts.failures) await removeStored(STORED.pinAttempts);
    return { ok: true, unlocked: { privateKey, publicKey: reading.lock.publicKey } };
  });
}

/**
 * One site's entry: its keys for matching, and its name, readable without a PIN or
 * encrypted to the lock's public key (`lock`) with one.
 */
export async function siteEntryFor(site: string, lock?: Pick<SiteLock, 'publicKey'>): Promise<SiteEntry> {
  const keys = siteKeysOf(await getSiteKeySalt(), site);
  return lock ? { ...keys, cipher: await sealSiteName(lock.publicKey, site) } : { ...keys, name: site };
}

const PROTECTED_DATA_PROBLEMS = {
  'set-aside': 'Old settings kept aside may hold the list of sites in plain text: save or dismiss them first.',
  'already-set': 'A PIN is already set.',
  'no-pin': 'No PIN is set.',
  locked: 'The list of sites is protected with a PIN: open the settings with it.',
  damaged: 'The protected list of sites could not be read. It can be reset in the settings.',
  stale:
    'The PIN was changed or reset in another page after this page was opened with it. Nothing was changed: open the settings again with the PIN in use now.',
  'calculator-passphrase':
    'This file would make the button a calculator, and the calculator takes only a PIN made of digits; your PIN is a passphrase. Nothing was changed: choose another disguise in the file, or change your PIN to digits first.',
  unreadable:
    'Some sites of your protected list could not be read, so the PIN was kept: removing it would lose them, and visits to them would no longer be hidden. Nothing was changed.',
} as const;

/** A change the lock refuses. The message is a plain sentence (pages show their own, translated). */
export class ProtectedDataError extends Error {
  /** `count`: for 'unreadable', how many sites could not be read. */
  constructor(
    readonly reason: keyof typeof PROTECTED_DATA_PROBLEMS,
    readonly count = 0,
  ) {
    super(
      reason === 'unreadable' && count
        ? PROTECTED_DATA_PROBLEMS[reason].replace('Some sites', count === 1 ? '1 site' : `${count} sites`)
        : PROTECTED_DATA_PROBLEMS[reason],
    );
  }
}

/**
 * The stored lock, if the key this page holds opens it. A page unlocked before a reset
 * and a new PIN (here or in another page) holds the key of a lock that is gone: sealing
 * that key under a new PIN, or reading the list with it, would act on the wrong lock.
 * The public key says which lock the key was opened from; a test seal checks that the
 * key really is the stored lock's (a record edited by hand could keep the public key).
 */
export async function lockOpenedBy(unlocked: UnlockedLock): Promise<{ record: ChosenSitesRecord; lock: SiteLock; dropped: number }> {
  const reading = await readSiteLockState();
  if (reading.state !== 'locked') throw new ProtectedDataError(reading.state === 'none' ? 'no-pin' : 'damaged');
  if (reading.lock.publicKey !== unlocked.publicKey) throw new ProtectedDataError('stale');
  const probe = 'quiet-tabs-key-check';
  const opened = await sealSiteName(reading.lock.publicKey, probe)
    .then((cipher) => openSiteName(unlocked.privateKey, cipher))
    .catch(() => undefined);
  if (opened !== probe) throw new ProtectedDataError('stale');
  return reading;
}

/**
 * Sets a PIN: every readable name of the record is encrypted, and the lock added, in
 * one write. The keys stay as they are, so that at no moment is a chosen site
 * unmatched, and no readable name outlives the write. Entries that cannot be read
 * (badly formed, or encrypted already) are kept exactly as stored.
 */
export function setPin(pin: string): Promise<UnlockedLock> {
  return exclusively('sites', async () => {
    if ((await readSiteLockState()).state !== 'none') throw new ProtectedDataError('already-set');
    // Settings kept aside after a problem may hold the list in plain text: the survivor
    // saves or dismisses them first (the notice at the top of the settings page).
    if ((await loadSetAside()).length) throw new ProtectedDataError('set-aside');
    const { publicKey, privateKey } = await createKeyPair();
    const lock: SiteLock = {
      pinKind: isDigitsPin(pin) ? 'digits' : 'passphrase',
      publicKey,
      privateKey: await sealPrivateKey(privateKey, pin),
    };
    const raw = await readStoredSites();
    const entries: unknown[] = [];
    for (const entry of storedEntriesOf(raw)) entries.push(isReadable(entry) ? await sealed(entry, lock) : entry);
    await rekeyStats();
    await writeStored(STORED.chosenSites, { ...withStoredEntries(raw, entries), lock });
    await removeStored(STORED.pinAttempts);
    return { privateKey, publicKey };
  });
}

function isReadable(entry: unknown): entry is ReadableSiteEntry {
  return isWellFormedEntry(entry) && isReadableEntry(entry);
}

async function sealed({ key, wordKeys, name }: ReadableSiteEntry, lock: SiteLock): Promise<SealedSiteEntry> {
  return { key, wordKeys, cipher: await sealSiteName(lock.publicKey, name) };
}

/** The name of an entry: readable as it is, or opened with the page's key; undefined when neither. */
async function nameOf(entry: unknown, unlocked: UnlockedLock | undefined): Promise<string | undefined> {
  if (!isWellFormedEntry(entry)) return undefined;
  if (isReadableEntry(entry)) return entry.name;
  if (!unlocked) return undefined;
  return openSiteName(unlocked.privateKey, entry.cipher).catch(() => undefined);
}

/** A new PIN for the same lock: only the sealed private key changes. */
export function changePin(unlocked: UnlockedLock, pin: string): Promise<void> {
  return exclusively('sites', async () => {
    await lockOpenedBy(unlocked);
    const privateKey = await sealPrivateKey(unlocked.privateKey, pin);
    const pinKind = isDigitsPin(pin) ? 'digits' : 'passphrase';
    // Written over the raw stored value, so that entries this page could not parse are kept too.
    const raw = (await readStoredSites()) as ChosenSitesRecord & { lock: SiteLock };
    await writeStored(STORED.chosenSites, { ...raw, lock: { ...raw.lock, pinKind, privateKey } });
  });
}

/**
 * The names of the record's sites: readable ones as they are, encrypted ones opened
 * with the page's key. Entries whose name cannot be had are counted, not thrown.
 */
export async function openSiteNames(record: ChosenSitesRecord, unlocked?: UnlockedLock): Promise<{ sites: string[]; unreadable: number }> {
  const names = await Promise.all(record.entries.map((entry) => nameOf(entry, unlocked)));
  const sites = names.filter((name): name is string => name !== undefined);
  return { sites, unreadable: names.length - sites.length };
}

/**
 * The stored entries whose name this page cannot have: badly formed, or encrypted and
 * not opened by its key (`unlocked`). Writes that replace the readable list keep these
 * as they are.
 */
export async function unreadableEntriesOf(stored: unknown[], unlocked?: UnlockedLock): Promise<unknown[]> {
  const names = await Promise.all(stored.map((entry) => nameOf(entry, unlocked)));
  return stored.filter((_, at) => names[at] === undefined);
}

/**
 * Removes the PIN: every name of the record is opened back to readable, and the lock
 * removed, in one write (the options page says the list is readable again). Only when
 * every site's name can be read: a site whose name cannot would be lost with the lock,
 * and visits to it would stop being hidden (its key still matches them now); then
 * nothing changes and the error says how many could not be read. Entries too badly
 * formed to parse hide nothing already; they do not keep the PIN in place, and stay
 * in the record exactly as stored. Resolves to how many such entries there were.
 */
export function removePin(unlocked: UnlockedLock): Promise<{ damaged: number }> {
  return exclusively('sites', async () => {
    await lockOpenedBy(unlocked);
    const raw = await readStoredSites();
    const entries: unknown[] = [];
    let unreadable = 0;
    let malformed = 0;
    for (const entry of storedEntriesOf(raw)) {
      if (!isWellFormedEntry(entry)) {
        malformed++;
        entries.push(entry);
        continue;
      }
      const name = await nameOf(entry, unlocked);
      if (name === undefined) unreadable++;
      else entries.push({ key: entry.key, wordKeys: entry.wordKeys, name } satisfies ReadableSiteEntry);
    }
    if (unreadable) throw new ProtectedDataError('unreadable', unreadable);
    const { lock: _removed, ...open } = withStoredEntries(raw, entries);
    await writeStored(STORED.chosenSites, open);
    await removeStored(STORED.pinAttempts);
    return { damaged: malformed };
  });
}

/**
 * "Forgot your PIN?": wipes only the protected data: the list of sites and its keys
 * (with their statistics), the disguise and the PIN. Visits already removed from
 * history stay removed; every other setting stays as it is. Leaves a dated note
 * (lib/lock/reset-notice.ts) for the real popup and the settings page.
 */
export function resetProtectedData(): Promise<void> {
  return exclusively('sites', async () => {
    const keys = new Set(siteKeysOfReading(await readSiteLockState()).map((s) => s.key));
    const stats = await readStored(STORED.siteEraseStats);
    if (stats && typeof stats === 'object' && keys.size) {
      const kept = Object.fromEntries(Object.entries(stats).filter(([key]) => !keys.has(key)));
      await writeStored(STORED.siteEraseStats, kept);
    }
    await removeStored(STORED.chosenSites, STORED.pinAttempts);
    await updateSettings((s) => ({ ...s, discretion: defaultDiscretion() }));
    // Whoever reset it, the survivor is told the next time they open the extension.
    await writeStored(STORED.pinResetNotice, { at: Date.now() } satisfies ResetNotice);
  });
}

/** The survivor read the note about a reset. */
export async function dismissResetNotice(): Promise<void> {
  await removeStored(STORED.pinResetNotice);
}

/** Moves erase statistics kept by site name (before site keys existed) to site keys. */
export async function rekeyStats(): Promise<void> {
  const raw = await readStored(STORED.siteEraseStats);
  if (!Object.keys(raw).length) return;
  const salt = await getSiteKeySalt();
  const { stats, changed } = statsBySiteKey(raw, (site) => siteKey(salt, site));
  if (changed) await writeStored(STORED.siteEraseStats, stats);
}
