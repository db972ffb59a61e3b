import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readSiteLock } from '@/lib/lock/record';
import {
  changePin,
  LOCK_KEY,
  LOCK_SET_ASIDE_KEY,
  ProtectedDataError,
  removePin,
  resetProtectedData,
  setPin,
  unlockWithPin,
  type UnlockedLock,
} from '@/lib/platform/site-lock';
import { loadSettings, updateSettings } from '@/lib/platform/settings-store';

// The real PBKDF2 count (about half a second per PIN): these tests set and open a few PINs.

async function storedLock(): Promise<Record<string, any>> {
  return (await fakeBrowser.storage.local.get(LOCK_KEY))[LOCK_KEY] as Record<string, any>;
}

async function lockWithSites(pin: string, sites: string[]): Promise<UnlockedLock> {
  await updateSettings((s) => ({ ...s, sites }));
  return setPin(pin);
}

// Cleared rather than reset: fakeBrowser.reset() would also drop the storage listeners
// that the settings and salt caches register when their modules load.
beforeEach(async () => {
  await fakeBrowser.storage.local.clear();
});

describe('removing the PIN', () => {
  it('makes the whole list readable again when every site can be read', async () => {
    const unlocked = await lockWithSites('2580', ['hotline.example', 'support.example']);
    expect((await loadSettings()).sites).toEqual([]);
    await removePin(unlocked);
    expect(await storedLock()).toBeUndefined();
    expect((await loadSettings()).sites).toEqual(['hotline.example', 'support.example']);
  });

  it('keeps the lock, every entry and the PIN when one site cannot be read, and says how many', async () => {
    const unlocked = await lockWithSites('2580', ['hotline.example', 'support.example']);
    const lock = await storedLock();
    // One entry's name damaged (still well-formed: its key keeps matching visits).
    const damaged = {
      ...lock,
      entries: [lock.entries[0], { ...lock.entries[1], cipher: lock.entries[0].cipher.slice(0, -8) + 'AAAAAAA=' }],
    };
    await fakeBrowser.storage.local.set({ [LOCK_KEY]: damaged });

    const refusal = await removePin(unlocked).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(ProtectedDataError);
    expect((refusal as ProtectedDataError).reason).toBe('unreadable');
    expect((refusal as ProtectedDataError).count).toBe(1);
    expect((refusal as Error).message).toMatch(/^1 site of your protected list could not be read, so the PIN was kept/);
    // Nothing changed: the lock as it was, nothing readable added to the settings.
    expect(await storedLock()).toEqual(damaged);
    expect((await loadSettings()).sites).toEqual([]);
    expect((await unlockWithPin('2580')).ok).toBe(true);
  });

  it('does not let an entry that is not even well-formed (it hides nothing) keep the PIN, and keeps the lock aside as it was', async () => {
    const unlocked = await lockWithSites('2580', ['hotline.example']);
    const lock = await storedLock();
    const edited = { ...lock, entries: [...lock.entries, { key: 'edited' }] };
    await fakeBrowser.storage.local.set({ [LOCK_KEY]: edited });
    await expect(removePin(unlocked)).resolves.toEqual({ setAside: 1 });
    expect(await storedLock()).toBeUndefined();
    expect((await loadSettings()).sites).toEqual(['hotline.example']);
    const aside = (await fakeBrowser.storage.local.get(LOCK_SET_ASIDE_KEY))[LOCK_SET_ASIDE_KEY] as { record: unknown }[];
    expect(aside.map((a) => a.record)).toEqual([edited]);
  });

  it('refuses with a key from a lock that was reset and set again since, and keeps the new lock', async () => {
    const stale = await lockWithSites('2580', ['hotline.example']);
    await resetProtectedData();
    await lockWithSites('13579', ['support.example']);
    const before = await storedLock();
    await expect(removePin(stale)).rejects.toMatchObject({ reason: 'stale' });
    expect(await storedLock()).toEqual(before);
    expect((await loadSettings()).sites).toEqual([]);
  });
});

describe('changing the PIN', () => {
  it('seals the same key under the new PIN', async () => {
    const unlocked = await lockWithSites('2580', ['hotline.example']);
    await changePin(unlocked, 'a long passphrase');
    expect((await unlockWithPin('2580')).ok).toBe(false);
    const opened = await unlockWithPin('a long passphrase');
    expect(opened.ok && opened.unlocked.publicKey).toBe(unlocked.publicKey);
    expect((await storedLock()).pinKind).toBe('passphrase');
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
    expect(readSiteLock(await storedLock()).state).toBe('locked');
    expect((await unlockWithPin('13579')).ok).toBe(true);
  });
});
