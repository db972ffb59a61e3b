import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addChosenSite, importSettings, listChosenSites, removeChosenSite, removeChosenSiteByKey } from '@/lib/platform/chosen-sites';
import { loadSettings } from '@/lib/platform/settings-store';
import { STORED } from '@/lib/platform/extension-storage';
import type { SettingsFile } from '@/lib/settings/file';
import { changePin, ProtectedDataError, resetProtectedData, setPin, unlockWithPin, type UnlockedLock } from '@/lib/platform/site-lock';
import { defaultSettings } from '@/lib/settings/schema';

const LOCK_KEY = STORED.chosenSites.key;

/**
 * Every write to the PIN lock keeps the entries it cannot read exactly as they are
 * (or refuses and changes nothing): an entry dropped on the way would be a site whose
 * visits silently stop being hidden. Two kinds: an entry whose encrypted name does not
 * decrypt (its keys still match visits), and one too badly formed to parse at all.
 */

// Cleared rather than reset: fakeBrowser.reset() would also drop the storage listeners
// that the settings and salt caches register when their modules load.
beforeEach(async () => {
  await fakeBrowser.storage.local.clear();
});

type Stored = Record<string, any> & { entries: unknown[] };

async function storedLock(): Promise<Stored> {
  return (await fakeBrowser.storage.local.get(LOCK_KEY))[LOCK_KEY] as Stored;
}

interface DamagedLock {
  unlocked: UnlockedLock;
  /** hotline.example's entry, readable. */
  readable: { key: string };
  /** support.example's entry: well-formed, but its name does not decrypt. */
  undecryptable: { key: string; cipher: string };
  /** An entry edited by hand: no longer parses. */
  malformed: unknown;
}

/** A lock of hotline.example (readable), support.example (undecryptable) and one malformed entry. */
async function damagedLock(): Promise<DamagedLock> {
  await addChosenSite('hotline.example');
  await addChosenSite('support.example');
  const unlocked = await setPin('2580');
  const lock = await storedLock();
  const [readable, support] = lock.entries as { key: string; cipher: string }[];
  const undecryptable = { ...support!, cipher: `${support!.cipher.slice(0, -8)}AAAAAAA=` };
  const malformed = { key: 'edited by hand', wordKeys: 'x' };
  // A field a later version may add to the record: kept as well.
  await fakeBrowser.storage.local.set({ [LOCK_KEY]: { ...lock, entries: [readable, undecryptable, malformed], later: { kept: true } } });
  return { unlocked, readable: readable!, undecryptable, malformed };
}

const keysOf = (entries: unknown[]) => entries.map((e) => (e as { key?: unknown } | null)?.key);

describe('adding a site while a PIN is set', () => {
  it('keeps the entries it cannot read, and the record fields it does not know', async () => {
    const { unlocked, readable, undecryptable, malformed } = await damagedLock();
    await addChosenSite('refuge.example');
    const lock = await storedLock();
    expect(lock.entries.slice(0, 3)).toEqual([readable, undecryptable, malformed]);
    expect(lock.entries).toHaveLength(4);
    expect(lock.later).toEqual({ kept: true });
    const list = await listChosenSites(unlocked);
    expect(list.sites).toEqual(['hotline.example', 'refuge.example']);
    expect(list).toMatchObject({ unreadable: 1, damaged: 1 });
  });

  it('adding the site of an undecryptable entry replaces it with a readable one (the same key is the same site)', async () => {
    const { unlocked, malformed } = await damagedLock();
    await addChosenSite('support.example');
    const lock = await storedLock();
    expect(lock.entries).toContainEqual(malformed);
    expect(lock.entries).toHaveLength(3);
    const list = await listChosenSites(unlocked);
    expect(list.sites).toEqual(['hotline.example', 'support.example']);
    expect(list).toMatchObject({ unreadable: 0, damaged: 1 });
  });
});

describe('removing a site while a PIN is set', () => {
  it('removes that site only; the entries it cannot read stay as they are', async () => {
    const { undecryptable, malformed } = await damagedLock();
    await removeChosenSite('hotline.example');
    expect((await storedLock()).entries).toEqual([undecryptable, malformed]);
    expect((await storedLock()).later).toEqual({ kept: true });
  });

  it('can remove an undecryptable entry by its key, and nothing else', async () => {
    const { readable, undecryptable, malformed } = await damagedLock();
    await removeChosenSiteByKey(undecryptable.key);
    expect((await storedLock()).entries).toEqual([readable, malformed]);
  });
});

describe('the list shown in the settings', () => {
  it('counts a site whose name cannot be read apart from a badly formed entry, which hides nothing', async () => {
    const { unlocked } = await damagedLock();
    expect(await listChosenSites(unlocked)).toMatchObject({ unreadable: 1, damaged: 1 });
  });
});

/** A valid settings file with its own list. */
const file = (sites: string[]): SettingsFile => ({ ...defaultSettings(), sites, exit: { ...defaultSettings().exit, muteTabs: true } });

describe('importing a settings file while a PIN is set', () => {
  it("replaces the readable list with the file's and keeps the entries it cannot read as they are", async () => {
    const { unlocked, undecryptable, malformed } = await damagedLock();
    await importSettings(file(['refuge.example']), unlocked);
    const lock = await storedLock();
    expect(lock.entries).toContainEqual(undecryptable);
    expect(lock.entries).toContainEqual(malformed);
    expect(lock.entries).toHaveLength(3);
    expect(lock.later).toEqual({ kept: true });
    const list = await listChosenSites(unlocked);
    expect(list.sites).toEqual(['refuge.example']);
    expect(list).toMatchObject({ unreadable: 1, damaged: 1 });
    expect((await loadSettings()).exit.muteTabs).toBe(true);
    expect('sites' in (await loadSettings())).toBe(false);
  });

  it('an undecryptable entry whose site is in the file is replaced by the readable one', async () => {
    const { unlocked, malformed } = await damagedLock();
    await importSettings(file(['support.example']), unlocked);
    const lock = await storedLock();
    expect(lock.entries).toContainEqual(malformed);
    expect(lock.entries).toHaveLength(2);
    expect((await listChosenSites(unlocked)).sites).toEqual(['support.example']);
  });

  it('is refused, changing nothing, from a page that was not opened with the PIN', async () => {
    await damagedLock();
    const before = await fakeBrowser.storage.local.get(null);
    const refusal = await importSettings(file(['refuge.example'])).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(ProtectedDataError);
    expect((refusal as ProtectedDataError).reason).toBe('locked');
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('is refused, changing nothing, with the key of a lock reset and set again since', async () => {
    const { unlocked: stale } = await damagedLock();
    await resetProtectedData();
    await addChosenSite('hotline.example');
    await setPin('13579');
    const before = await fakeBrowser.storage.local.get(null);
    await expect(importSettings(file(['refuge.example']), stale)).rejects.toMatchObject({ reason: 'stale' });
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });
});

describe('changing the PIN', () => {
  it('keeps every entry and field exactly as stored', async () => {
    const { unlocked } = await damagedLock();
    const before = await storedLock();
    await changePin(unlocked, '13579');
    const after = await storedLock();
    expect(after.entries).toEqual(before.entries);
    expect(after.later).toEqual({ kept: true });
    expect(keysOf(after.entries)).toHaveLength(3);
    expect((await unlockWithPin('13579')).ok).toBe(true);
  });
});
