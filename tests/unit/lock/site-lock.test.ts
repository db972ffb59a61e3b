import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readSiteLock } from '@/lib/lock/record';
import {
  changePin,
  ProtectedDataError,
  removePin,
  resetProtectedData,
  setPin,
  unlockWithPin,
  type UnlockedLock,
} from '@/lib/platform/site-lock';
import { addChosenSite, listChosenSites, loadChosenSites } from '@/lib/platform/chosen-sites';
import { STORED } from '@/lib/platform/extension-storage';

const KEY = STORED.chosenSites.key;

// The real PBKDF2 count (about half a second per PIN): these tests set and open a few PINs.

/** The chosen sites' record as stored (entries + lock while a PIN is set). */
async function storedRecord(): Promise<Record<string, any>> {
  return (await fakeBrowser.storage.local.get(KEY))[KEY] as Record<string, any>;
}

/** The lock part of the record, undefined while no PIN is set. */
async function storedLock(): Promise<Record<string, any> | undefined> {
  return (await storedRecord())?.lock;
}

/** The names anyone reading storage can read (every name without a PIN, none with one). */
async function readableNames(): Promise<string[]> {
  return ((await storedRecord())?.entries ?? []).flatMap((e: { name?: string }) => (e.name ? [e.name] : [])).toSorted();
}

async function lockWithSites(pin: string, sites: string[]): Promise<UnlockedLock> {
  for (const site of sites) await addChosenSite(site);
  return setPin(pin);
}

// Cleared rather than reset: fakeBrowser.reset() would also drop the storage listeners
// that the settings and salt caches register when their modules load.
beforeEach(async () => {
  await fakeBrowser.storage.local.clear();
});

describe('setting the PIN', () => {
  it('seals every readable name in one write: no name left, the keys unchanged, the sites still matched', async () => {
    await addChosenSite('hotline.example');
    await addChosenSite('support.example');
    const before = (await storedRecord()).entries as { key: string; wordKeys: string[] }[];
    const unlocked = await setPin('2580');
    const after = (await storedRecord()).entries as Record<string, unknown>[];
    expect(after.map((e) => 'name' in e)).toEqual([false, false]);
    expect(JSON.stringify(await storedRecord())).not.toMatch(/hotline|support/);
    expect(after.map(({ key, wordKeys }) => ({ key, wordKeys }))).toEqual(before.map(({ key, wordKeys }) => ({ key, wordKeys })));
    const index = await loadChosenSites();
    expect(index.isChosen('https://chat.hotline.example/')).toBe(true);
    expect(index.isChosen('https://support.example/x')).toBe(true);
    expect((await listChosenSites(unlocked)).sites).toEqual(['hotline.example', 'support.example']);
  });

  it('removing it opens every name back to readable, with the same keys', async () => {
    await addChosenSite('hotline.example');
    const before = (await storedRecord()).entries;
    await removePin(await setPin('2580'));
    expect((await storedRecord()).entries).toEqual(before);
    expect((await loadChosenSites()).isChosen('https://hotline.example/')).toBe(true);
  });
});

describe('removing the PIN', () => {
  it('makes the whole list readable again when every site can be read', async () => {
    const unlocked = await lockWithSites('2580', ['hotline.example', 'support.example']);
    expect(await readableNames()).toEqual([]);
    await removePin(unlocked);
    expect(await storedLock()).toBeUndefined();
    expect(await readableNames()).toEqual(['hotline.example', 'support.example']);
  });

  it('keeps the lock, every entry and the PIN when one site cannot be read, and says how many', async () => {
    const unlocked = await lockWithSites('2580', ['hotline.example', 'support.example']);
    const record = await storedRecord();
    // One entry's name damaged (still well-formed: its key keeps matching visits).
    const damaged = {
      ...record,
      entries: [record.entries[0], { ...record.entries[1], cipher: record.entries[0].cipher.slice(0, -8) + 'AAAAAAA=' }],
    };
    await fakeBrowser.storage.local.set({ [KEY]: damaged });

    const refusal = await removePin(unlocked).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(ProtectedDataError);
    expect((refusal as ProtectedDataError).reason).toBe('unreadable');
    expect((refusal as ProtectedDataError).count).toBe(1);
    expect((refusal as Error).message).toMatch(/^1 site of your protected list could not be read, so the PIN was kept/);
    // Nothing changed: the record and its lock as they were, no name readable.
    expect(await storedRecord()).toEqual(damaged);
    expect(await readableNames()).toEqual([]);
    expect((await unlockWithPin('2580')).ok).toBe(true);
  });

  // Changed by design (issue 11): a badly formed entry used to be set aside under
  // siteLockSetAside with the whole lock; it now stays in the record exactly as stored.
  it('does not let an entry that is not even well-formed (it hides nothing) keep the PIN, and keeps that entry as it was', async () => {
    const unlocked = await lockWithSites('2580', ['hotline.example']);
    const record = await storedRecord();
    const edited = { ...record, entries: [...record.entries, { key: 'edited' }] };
    await fakeBrowser.storage.local.set({ [KEY]: edited });
    await expect(removePin(unlocked)).resolves.toEqual({ damaged: 1 });
    expect(await storedLock()).toBeUndefined();
    expect(await readableNames()).toEqual(['hotline.example']);
    expect((await storedRecord()).entries).toContainEqual({ key: 'edited' });
    expect((await storedRecord()).entries).toHaveLength(2);
  });

  it('refuses with a key from a lock that was reset and set again since, and keeps the new lock', async () => {
    const stale = await lockWithSites('2580', ['hotline.example']);
    await resetProtectedData();
    await lockWithSites('13579', ['support.example']);
    const before = await storedRecord();
    await expect(removePin(stale)).rejects.toMatchObject({ reason: 'stale' });
    expect(await storedRecord()).toEqual(before);
    expect(await readableNames()).toEqual([]);
  });
});

describe('changing the PIN', () => {
  it('seals the same key under the new PIN', async () => {
    const unlocked = await lockWithSites('2580', ['hotline.example']);
    await changePin(unlocked, 'a long passphrase');
    expect((await unlockWithPin('2580')).ok).toBe(false);
    const opened = await unlockWithPin('a long passphrase');
    expect(opened.ok && opened.unlocked.publicKey).toBe(unlocked.publicKey);
    expect((await storedLock())?.pinKind).toBe('passphrase');
  });

  it('refuses with a stale key: the lock in force keeps opening with its own PIN', async () => {
    const stale = await lockWithSites('2580', ['hotline.example']);
    await resetProtectedData();
    const current = await lockWithSites('13579', ['support.example']);
    await expect(changePin(stale, '0000')).rejects.toMatchObject({ reason: 'stale' });
    expect((await unlockWithPin('0000')).ok).toBe(false);
    const opened = await unlockWithPin('13579');
    expect(opened.ok && opened.unlocked.publicKey).toBe(current.publicKey);
  });

  it('refuses a key that does not open the stored lock even when the record names the same public key', async () => {
    const first = await lockWithSites('2580', ['hotline.example']);
    await resetProtectedData();
    const second = await lockWithSites('13579', []);
    const forged: UnlockedLock = { privateKey: first.privateKey, publicKey: second.publicKey };
    await expect(changePin(forged, '0000')).rejects.toMatchObject({ reason: 'stale' });
    expect(readSiteLock(await storedRecord()).state).toBe('locked');
    expect((await unlockWithPin('13579')).ok).toBe(true);
  });
});
