/**
 * The PIN lock's storage (docs/discretion.md): the per-install salt of the site keys,
 * the `siteLock` record (keys + the encrypted list + the PIN-sealed private key) and
 * the count of wrong PINs. The decisions are in lib/lock and lib/crypto; this file
 * reads and writes storage.local, one change at a time across every context of the
 * extension (Web Locks: the popup, the options page and the background can all write).
 */
import { browser } from 'wxt/browser';
import { createKeyPair, LockDamagedError, openPrivateKey, openSiteName, sealPrivateKey, sealSiteName } from '../crypto/lock-box';
import { afterFailure, readAttempts, waitLeftMs } from '../lock/attempts';
import { isDigitsPin } from '../lock/pin-rules';
import { isWellFormedEntry, readSiteLock, type SiteLockEntry, type SiteLockReading, type SiteLockRecord } from '../lock/record';
import { RESET_NOTICE_KEY, type ResetNotice } from '../lock/reset-notice';
import { newSalt, siteKey, siteKeysOf } from '../lock/site-keys';
import { statsBySiteKey } from '../lock/stats';
import { defaultDiscretion } from '../settings/schema';
import { loadSetAside, loadSettings, updateSettings } from './settings-store';

export const SALT_KEY = 'siteKeySalt';
export const LOCK_KEY = 'siteLock';
/** Locks removed while some of their entries were damaged, kept as they were (never read back). */
export const LOCK_SET_ASIDE_KEY = 'siteLockSetAside';
export const ATTEMPTS_KEY = 'pinAttempts';
export const STATS_KEY = 'siteEraseStats';

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

async function readLocal(key: string): Promise<unknown> {
  return (await browser.storage.local.get(key))[key];
}

let saltCache: Promise<string> | undefined;
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && SALT_KEY in changes) saltCache = undefined;
});

/** The per-install salt of the site keys, created on first use (once, whichever context asks first). */
export function getSiteKeySalt(): Promise<string> {
  saltCache ??= exclusively('salt', async () => {
    const stored = await readLocal(SALT_KEY);
    if (typeof stored === 'string' && /^[0-9a-f]{32,}$/.test(stored)) return stored;
    const salt = newSalt();
    await browser.storage.local.set({ [SALT_KEY]: salt });
    return salt;
  }).catch((error: unknown) => {
    saltCache = undefined;
    throw error;
  });
  return saltCache;
}

export async function readSiteLockState(): Promise<SiteLockReading> {
  return readSiteLock(await readLocal(LOCK_KEY));
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
  return waitLeftMs(readAttempts(await readLocal(ATTEMPTS_KEY)), now);
}

/**
 * Tries a PIN. Attempts are made one at a time across the extension, and a wrong PIN
 * is counted before the answer is given, so that closing the page does not undo it.
 */
export function unlockWithPin(pin: string): Promise<UnlockResult> {
  return exclusively('pin', async () => {
    const attempts = readAttempts(await readLocal(ATTEMPTS_KEY));
    const wait = waitLeftMs(attempts, Date.now());
    if (wait > 0) return { ok: false, reason: 'wait', waitMs: wait };
    const reading = await readSiteLockState();
    if (reading.state === 'none') return { ok: false, reason: 'no-pin' };
    if (reading.state === 'damaged') return { ok: false, reason: 'damaged' };
    let privateKey: CryptoKey | undefined;
    try {
      privateKey = await openPrivateKey(reading.record.privateKey, pin);
    } catch (error) {
      if (error instanceof LockDamagedError) return { ok: false, reason: 'damaged' };
      throw error;
    }
    if (!privateKey) {
      const next = afterFailure(attempts, Date.now());
      await browser.storage.local.set({ [ATTEMPTS_KEY]: next });
      return { ok: false, reason: 'wrong', waitMs: waitLeftMs(next, Date.now()) };
    }
    if (attempts.failures) await browser.storage.local.remove(ATTEMPTS_KEY);
    return { ok: true, unlocked: { privateKey, publicKey: reading.record.publicKey } };
  });
}

/** Encrypts one site for the lock: its keys for matching and its name for the unlocked pages. */
export async function lockEntryFor(record: Pick<SiteLockRecord, 'publicKey'>, site: string): Promise<SiteLockEntry> {
  const salt = await getSiteKeySalt();
  return { ...siteKeysOf(salt, site), cipher: await sealSiteName(record.publicKey, site) };
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
export async function lockOpenedBy(unlocked: UnlockedLock): Promise<{ record: SiteLockRecord; dropped: number }> {
  const reading = await readSiteLockState();
  if (reading.state !== 'locked') throw new ProtectedDataError(reading.state === 'none' ? 'no-pin' : 'damaged');
  if (reading.record.publicKey !== unlocked.publicKey) throw new ProtectedDataError('stale');
  const probe = 'quiet-tabs-key-check';
  const opened = await sealSiteName(reading.record.publicKey, probe)
    .then((cipher) => openSiteName(unlocked.privateKey, cipher))
    .catch(() => undefined);
  if (opened !== probe) throw new ProtectedDataError('stale');
  return reading;
}

/**
 * Sets a PIN: the readable list (settings.sites) goes into a new lock, then
 * settings.sites is emptied. In that order, so that at no moment is a chosen site
 * neither matched nor kept.
 */
export function setPin(pin: string): Promise<UnlockedLock> {
  return exclusively('sites', async () => {
    if ((await readSiteLockState()).state !== 'none') throw new ProtectedDataError('already-set');
    // Settings kept aside after a problem may hold the list in plain text: the survivor
    // saves or dismisses them first (the notice at the top of the settings page).
    if ((await loadSetAside()).length) throw new ProtectedDataError('set-aside');
    const settings = await loadSettings();
    const { publicKey, privateKey } = await createKeyPair();
    const record: SiteLockRecord = {
      format: 1,
      pinKind: isDigitsPin(pin) ? 'digits' : 'passphrase',
      publicKey,
      privateKey: await sealPrivateKey(privateKey, pin),
      entries: [],
    };
    for (const site of settings.sites) record.entries.push(await lockEntryFor(record, site));
    await rekeyStats();
    await browser.storage.local.set({ [LOCK_KEY]: record });
    await browser.storage.local.remove(ATTEMPTS_KEY);
    const locked = new Set(settings.sites);
    await updateSettings((s) => ({ ...s, sites: s.sites.filter((site) => !locked.has(site)) }));
    return { privateKey, publicKey };
  });
}

/** A new PIN for the same lock: only the sealed private key changes. */
export function changePin(unlocked: UnlockedLock, pin: string): Promise<void> {
  return exclusively('sites', async () => {
    await lockOpenedBy(unlocked);
    const privateKey = await sealPrivateKey(unlocked.privateKey, pin);
    const pinKind = isDigitsPin(pin) ? 'digits' : 'passphrase';
    // Written over the raw stored value, so that entries this page could not parse are kept too.
    const raw = (await readLocal(LOCK_KEY)) as SiteLockRecord;
    await browser.storage.local.set({ [LOCK_KEY]: { ...raw, pinKind, privateKey } satisfies SiteLockRecord });
  });
}

/** The names of the locked sites. Entries that cannot be decrypted are counted, not thrown. */
export async function openLockedSites(unlocked: UnlockedLock, record: SiteLockRecord): Promise<{ sites: string[]; unreadable: number }> {
  const results = await Promise.allSettled(record.entries.map((entry) => openSiteName(unlocked.privateKey, entry.cipher)));
  const sites = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  return { sites, unreadable: results.length - sites.length };
}

/**
 * The stored entries a page opened with the PIN cannot read: badly formed, or not
 * decrypted by its key. Writes that replace the readable list keep these as they are.
 */
export async function unreadableEntriesOf(unlocked: UnlockedLock, stored: unknown[]): Promise<unknown[]> {
  const readable = await Promise.all(
    stored.map((entry) =>
      isWellFormedEntry(entry)
        ? openSiteName(unlocked.privateKey, entry.cipher).then(
            () => true,
            () => false,
          )
        : false,
    ),
  );
  return stored.filter((_, at) => !readable[at]);
}

/**
 * Removes the PIN: the list becomes readable again in settings.sites (the options page
 * says so). Only when every site of the lock can be read: a site whose name cannot be
 * would be lost with the lock, and visits to it would stop being hidden (its key still
 * matches them now). Then nothing changes and the error says how many could not be read.
 * Entries that are not even well-formed hide nothing already; they do not keep the PIN
 * in place, but the stored lock is kept aside as it was (LOCK_SET_ASIDE_KEY), so that
 * nothing is destroyed. Resolves to how many such entries there were.
 */
export function removePin(unlocked: UnlockedLock): Promise<{ setAside: number }> {
  return exclusively('sites', async () => {
    const { record, dropped } = await lockOpenedBy(unlocked);
    const { sites, unreadable } = await openLockedSites(unlocked, record);
    if (unreadable) throw new ProtectedDataError('unreadable', unreadable);
    await updateSettings((s) => ({ ...s, sites: [...new Set([...s.sites, ...sites])].toSorted() }));
    if (dropped) {
      // Only once the list is safe in the settings, and never a second copy of the same record.
      const kept = await readLocal(LOCK_SET_ASIDE_KEY);
      const earlier: { at: number; record: unknown }[] = Array.isArray(kept) ? kept : [];
      const record = await readLocal(LOCK_KEY);
      const same = JSON.stringify(record);
      if (!earlier.some((e) => JSON.stringify(e.record) === same)) {
        await browser.storage.local.set({ [LOCK_SET_ASIDE_KEY]: [...earlier, { at: Date.now(), record }] });
      }
    }
    await browser.storage.local.remove([LOCK_KEY, ATTEMPTS_KEY]);
    return { setAside: dropped };
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
    const reading = await readSiteLockState();
    const keys = new Set(
      reading.state === 'locked'
        ? reading.record.entries.map((e) => e.key)
        : reading.state === 'damaged'
          ? reading.sites.map((s) => s.key)
          : [],
    );
    const stats = await readLocal(STATS_KEY);
    if (stats && typeof stats === 'object' && keys.size) {
      const kept = Object.fromEntries(Object.entries(stats).filter(([key]) => !keys.has(key)));
      await browser.storage.local.set({ [STATS_KEY]: kept });
    }
    await browser.storage.local.remove([LOCK_KEY, ATTEMPTS_KEY]);
    await updateSettings((s) => ({ ...s, discretion: defaultDiscretion() }));
    // Whoever reset it, the survivor is told the next time they open the extension.
    await browser.storage.local.set({ [RESET_NOTICE_KEY]: { at: Date.now() } satisfies ResetNotice });
  });
}

/** The survivor read the note about a reset. */
export async function dismissResetNotice(): Promise<void> {
  await browser.storage.local.remove(RESET_NOTICE_KEY);
}

/** Moves erase statistics kept by site name (before site keys existed) to site keys. */
export async function rekeyStats(): Promise<void> {
  const raw = await readLocal(STATS_KEY);
  if (raw === undefined) return;
  const salt = await getSiteKeySalt();
  const { stats, changed } = statsBySiteKey(raw, (site) => siteKey(salt, site));
  if (changed) await browser.storage.local.set({ [STATS_KEY]: stats });
}
