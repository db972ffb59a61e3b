import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addChosenSite, exportableSettings, importSettings, loadChosenSites, saveDecoyUrl } from '@/lib/platform/chosen-sites';
import { STORED } from '@/lib/platform/extension-storage';
import { InvalidSettingsError, loadSettings } from '@/lib/platform/settings-store';
import { setPin } from '@/lib/platform/site-lock';
import { settingsFileOf, type SettingsFile } from '@/lib/settings/file';
import { defaultSettings } from '@/lib/settings/schema';

/** Import, export and the one decoy rule, against the one chosenSites record (issue 11). */
beforeEach(async () => {
  await fakeBrowser.storage.local.clear();
});

const KEY = STORED.chosenSites.key;
const stored = async () => (await fakeBrowser.storage.local.get(KEY))[KEY] as { entries: Record<string, unknown>[] } | undefined;
const file = (sites: string[], decoyUrl = defaultSettings().exit.decoyUrl): SettingsFile =>
  settingsFileOf({ ...defaultSettings(), exit: { ...defaultSettings().exit, decoyUrl } }, sites);

describe('importing a settings file', () => {
  it('adds its sites to the record, readable without a PIN', async () => {
    await importSettings(file(['hotline.example', 'support.example']));
    expect((await stored())!.entries.map((e) => e.name).toSorted()).toEqual(['hotline.example', 'support.example']);
    expect((await loadChosenSites()).isChosen('https://hotline.example/')).toBe(true);
    expect('sites' in (await loadSettings())).toBe(false);
  });

  it('adds its sites sealed while a PIN is set: no name in storage, still matched', async () => {
    const unlocked = await setPin('2580');
    await importSettings(file(['hotline.example']), unlocked);
    const entries = (await stored())!.entries;
    expect(entries).toHaveLength(1);
    expect('name' in entries[0]!).toBe(false);
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('hotline');
    expect((await loadChosenSites()).isChosen('https://chat.hotline.example/')).toBe(true);
  });
});

describe('exporting the settings', () => {
  it("writes the readable names into the file's sites", async () => {
    await addChosenSite('hotline.example');
    await addChosenSite('support.example');
    expect((await exportableSettings()).sites).toEqual(['hotline.example', 'support.example']);
  });
});

describe('the one decoy rule', () => {
  it('saveDecoyUrl refuses a neutral page on a chosen site, with a clear message, changing nothing', async () => {
    await addChosenSite('hotline.example');
    const before = await fakeBrowser.storage.local.get(null);
    const refusal = await saveDecoyUrl('https://www.hotline.example/weather').catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(InvalidSettingsError);
    expect((refusal as Error).message).toMatch(/neutral page is on one of your chosen sites; pick a page elsewhere/);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('addChosenSite refuses the site the neutral page is on, naming it, changing nothing', async () => {
    await saveDecoyUrl('https://weather.hotline.example/');
    const before = await fakeBrowser.storage.local.get(null);
    const refusal = await addChosenSite('hotline.example').catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(InvalidSettingsError);
    expect((refusal as Error).message).toMatch(/neutral page is on hotline\.example, one of your chosen sites/);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('importSettings refuses a file whose neutral page is on a site the record keeps, changing nothing', async () => {
    await addChosenSite('hotline.example');
    const unlocked = await setPin('2580');
    const before = await fakeBrowser.storage.local.get(null);
    // Handed over as read (importSettings asks the rule again against the list it would write).
    const refusal = await importSettings(file(['support.example', 'hotline.example'], 'https://hotline.example/'), unlocked).catch(
      (e: unknown) => e,
    );
    expect(refusal).toBeInstanceOf(InvalidSettingsError);
    expect((refusal as Error).message).toMatch(/neutral page is on one of your chosen sites/);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });
});
