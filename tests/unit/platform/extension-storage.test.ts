import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  readStored,
  removeStored,
  STORED,
  watchAnyStored,
  watchStored,
  writeStored,
  type StoredValue,
} from '@/lib/platform/extension-storage';
import { SALT_KEY, SITES_KEY } from '../../support/stored-sites';

/**
 * The one storage module, under WXT's fakeBrowser: what a reader gets, what the browser
 * holds, and what a watcher is told. The module keeps no state of its own, so the whole
 * fake browser is reset between tests.
 */
beforeEach(() => {
  fakeBrowser.reset();
});

const inLocal = async (key: string) => (await fakeBrowser.storage.local.get(key))[key];
const inSession = async (key: string) => (await fakeBrowser.storage.session.get(key))[key];

describe('the table of stored values', () => {
  it('names every key once', () => {
    const names = Object.values(STORED).map((item) => `${item.area}:${item.key}`);
    expect(new Set(names).size).toBe(names.length);
  });

  // The end-to-end tests seed the chosen sites by these names, as the extension stores them.
  it('spells the chosen sites’ keys as the end-to-end seeding does', () => {
    expect(STORED.chosenSites.key).toBe(SITES_KEY);
    expect(STORED.siteKeySalt.key).toBe(SALT_KEY);
  });

  it('is the only source file that calls browser.storage', () => {
    const root = join(import.meta.dirname, '../../..');
    const sources = (dir: string): string[] =>
      readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? sources(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
      );
    const callers = ['lib', 'components', 'entrypoints']
      .flatMap(sources)
      .filter((file) => /\b(browser|chrome)\.storage\b/.test(readFileSync(join(root, file), 'utf8')));
    expect(callers).toEqual(['lib/platform/extension-storage.ts']);
  });

  it('keeps what names a site or a tab in memory only (storage.session)', () => {
    expect(STORED.eraseProgress.area).toBe('session');
    expect(STORED.backgroundSession.area).toBe('session');
    expect(STORED.exitReady.area).toBe('session');
  });
});

describe('reading and writing', () => {
  it('gives the fallback while nothing is stored, a fresh copy each time', async () => {
    expect(await readStored(STORED.settings)).toBeUndefined();
    const stats = await readStored(STORED.siteEraseStats);
    expect(stats).toEqual({});
    stats.someKey = { lastClearedAt: 1, removed: 1 };
    expect(await readStored(STORED.siteEraseStats)).toEqual({});
  });

  it('reads back what was written, as the browser holds it', async () => {
    const stats = { k1: { lastClearedAt: 5, removed: 2 } };
    await writeStored(STORED.siteEraseStats, stats);
    expect(await readStored(STORED.siteEraseStats)).toEqual(stats);
    expect(await inLocal('siteEraseStats')).toEqual(stats);
  });

  it('gives the fallback again once removed', async () => {
    await writeStored(STORED.siteEraseStats, { k1: { lastClearedAt: 5, removed: 2 } });
    await writeStored(STORED.eraseProgress, { site: 'a.example', done: 1, total: 3 });
    await removeStored(STORED.siteEraseStats, STORED.eraseProgress);
    expect(await readStored(STORED.siteEraseStats)).toEqual({});
    expect(await readStored(STORED.eraseProgress)).toBeUndefined();
    expect(await inLocal('siteEraseStats')).toBeUndefined();
  });

  it('keeps the two areas apart', async () => {
    const sameKeyInSession: StoredValue<unknown> = { area: 'session', key: 'settings', fallback: undefined };
    await writeStored(STORED.settings, { version: 3 });
    expect(await readStored(sameKeyInSession)).toBeUndefined();
    await writeStored(STORED.eraseProgress, { site: 'a.example', done: 1, total: 3 });
    expect(await inSession('eraseProgress')).toEqual({ site: 'a.example', done: 1, total: 3 });
    expect(await inLocal('eraseProgress')).toBeUndefined();
  });
});

describe('watching', () => {
  it('tells the new value, the fallback once removed, and nothing after the stop', async () => {
    const seen = vi.fn();
    const stop = watchStored(STORED.siteEraseStats, seen);
    await writeStored(STORED.siteEraseStats, { k1: { lastClearedAt: 5, removed: 2 } });
    await removeStored(STORED.siteEraseStats);
    expect(seen.mock.calls).toEqual([[{ k1: { lastClearedAt: 5, removed: 2 } }], [{}]]);
    stop();
    await writeStored(STORED.siteEraseStats, { k2: { lastClearedAt: 6, removed: 1 } });
    expect(seen).toHaveBeenCalledTimes(2);
  });

  it('tells nothing for another key, or for the same key in the other area', async () => {
    const seen = vi.fn();
    watchStored(STORED.settings, seen);
    await writeStored(STORED.chosenSites, { entries: [] });
    await fakeBrowser.storage.session.set({ settings: { version: 3 } });
    expect(seen).not.toHaveBeenCalled();
  });

  it('follows a change written by anyone, not only through this module', async () => {
    const seen = vi.fn();
    watchStored(STORED.pinResetNotice, seen);
    await fakeBrowser.storage.local.set({ pinResetNotice: { at: 7 } });
    expect(seen).toHaveBeenCalledWith({ at: 7 });
  });

  it('watching several values: once per change, however many of them it touches', async () => {
    const seen = vi.fn();
    const stop = watchAnyStored([STORED.settings, STORED.chosenSites], seen);
    await fakeBrowser.storage.local.set({ settings: { version: 3 }, chosenSites: {} });
    await writeStored(STORED.siteKeySalt, 'ab'.repeat(16));
    expect(seen).toHaveBeenCalledTimes(1);
    stop();
    await writeStored(STORED.chosenSites, { entries: [] });
    expect(seen).toHaveBeenCalledTimes(1);
  });

  it('calls watchers in the order they started (the background relies on it)', async () => {
    const order: string[] = [];
    watchStored(STORED.settings, () => order.push('cache'));
    watchAnyStored([STORED.settings, STORED.chosenSites], () => order.push('rebuild'));
    await writeStored(STORED.settings, { version: 3 });
    expect(order).toEqual(['cache', 'rebuild']);
  });
});
