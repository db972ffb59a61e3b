import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSetAside, loadSettings, updateSettings } from '@/lib/platform/settings-store';
import { SETTINGS_VERSION } from '@/lib/settings/schema';
import { loadFixture } from '../settings/load-fixture';

/**
 * The settings store over the storage module: one migration path (the document's own
 * version), a cache dropped by the one watch path, nothing lost.
 */
// Storage is cleared, not the whole fake browser: the store's cache listener stays in place.
beforeEach(async () => {
  await fakeBrowser.storage.local.clear();
});

const stored = async () => (await fakeBrowser.storage.local.get('settings')).settings as Record<string, unknown> | undefined;

describe('the settings store', () => {
  it('brings an older stored document up to date by its own version, and writes it back', async () => {
    // The chosen sites are no longer part of the stored document (they have their own record).
    const { sites: _sites, ...v2 } = loadFixture('v2.json') as Record<string, unknown>;
    await fakeBrowser.storage.local.set({ settings: v2 });
    const settings = await loadSettings();
    expect(settings.version).toBe(SETTINGS_VERSION);
    expect((await stored())?.version).toBe(SETTINGS_VERSION);
    expect(await loadSetAside()).toEqual([]);
    // WXT's version record is neither needed nor written.
    expect((await fakeBrowser.storage.local.get('settings$'))['settings$']).toBeUndefined();
  });

  it('leaves a current document as it is', async () => {
    const { sites: _sites, ...current } = loadFixture(`v${SETTINGS_VERSION}.json`) as Record<string, unknown>;
    await fakeBrowser.storage.local.set({ settings: current });
    await loadSettings();
    expect(await stored()).toEqual(current);
  });

  it('drops its cached copy when another context writes the settings', async () => {
    await updateSettings((s) => ({ ...s, blur: { ...s.blur, pausedSites: ['one.example'] } }));
    expect((await loadSettings()).blur.pausedSites).toEqual(['one.example']);
    const written = (await stored()) as { blur: Record<string, unknown> };
    await fakeBrowser.storage.local.set({ settings: { ...written, blur: { ...written.blur, pausedSites: ['two.example'] } } });
    expect((await loadSettings()).blur.pausedSites).toEqual(['two.example']);
  });

  it('sets an unusable document aside once, and reads an odd set-aside value as none', async () => {
    await fakeBrowser.storage.local.set({ settings: { version: 'three' } });
    await loadSettings();
    const aside = await loadSetAside();
    expect(aside).toHaveLength(1);
    expect(aside[0]!.value).toEqual({ version: 'three' });
    await fakeBrowser.storage.local.set({ settingsSetAside: 'not a list' });
    expect(await loadSetAside()).toEqual([]);
  });
});
