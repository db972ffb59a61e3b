import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { disguiseTakesPin } from '@/lib/lock/disguise';
import { addChosenSite, importSettings, listChosenSites } from '@/lib/platform/chosen-sites';
import { STORED } from '@/lib/platform/extension-storage';
import { loadSettings, updateSettings } from '@/lib/platform/settings-store';
import { ProtectedDataError, setPin } from '@/lib/platform/site-lock';
import type { SettingsFile } from '@/lib/settings/file';
import { defaultSettings, type Settings } from '@/lib/settings/schema';

beforeEach(async () => {
  await fakeBrowser.storage.local.clear();
});

describe('disguiseTakesPin', () => {
  it('refuses only a calculator with a passphrase', () => {
    expect(disguiseTakesPin('calculator', 'passphrase')).toBe(false);
    expect(disguiseTakesPin('calculator', 'digits')).toBe(true);
    expect(disguiseTakesPin('calculator', undefined)).toBe(true);
    for (const disguise of ['none', 'notes', 'weather'] as const) expect(disguiseTakesPin(disguise, 'passphrase')).toBe(true);
  });
});

/** A valid settings file with another list and the given disguise. */
const file = (disguise: Settings['discretion']['disguise']): SettingsFile => ({
  ...defaultSettings(),
  sites: ['support.example'],
  exit: { ...defaultSettings().exit, muteTabs: true },
  discretion: { disguise, reveal: 'three-clicks' },
});

describe('importing a settings file with a PIN set', () => {
  it('refuses a calculator disguise when the PIN is a passphrase, and changes nothing', async () => {
    await addChosenSite('hotline.example');
    await updateSettings((s) => ({ ...s, discretion: { disguise: 'notes', reveal: 'three-clicks' } }));
    const unlocked = await setPin('a long passphrase');
    const before = await fakeBrowser.storage.local.get(null);

    const refusal = await importSettings(file('calculator'), unlocked).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(ProtectedDataError);
    expect((refusal as ProtectedDataError).reason).toBe('calculator-passphrase');
    expect((refusal as Error).message).toMatch(/Nothing was changed/);

    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
    expect((await loadSettings()).discretion.disguise).toBe('notes');
    expect((await listChosenSites(unlocked)).sites).toEqual(['hotline.example']);
  });

  it('takes the same file with another disguise, or with a PIN of digits', async () => {
    const unlocked = await setPin('a long passphrase');
    await importSettings(file('weather'), unlocked);
    expect((await loadSettings()).discretion.disguise).toBe('weather');
    expect((await listChosenSites(unlocked)).sites).toEqual(['support.example']);

    await fakeBrowser.storage.local.remove(STORED.chosenSites.key);
    await importSettings(file('calculator'), await setPin('2580'));
    expect((await loadSettings()).discretion.disguise).toBe('calculator');
  });
});
