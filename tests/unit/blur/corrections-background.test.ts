import { beforeEach, describe, expect, it } from 'vitest';
import { browser, type Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onSelectionMenuClicked } from '@/entrypoints/background/corrections';
import { routeMessage } from '@/entrypoints/background/router';
import { contentViewOf } from '@/lib/settings/content-view';
import { loadSettings, updateSettings } from '@/lib/platform/settings-store';

/**
 * The background's side of the corrections, under WXT's fakeBrowser: what ends up in
 * storage (the stored settings document, as every tab's content script reads it).
 */
const fromPage = {
  id: browser.runtime.id,
  tab: { id: 3, index: 0, url: 'https://news.example/story' } as Browser.tabs.Tab,
  url: 'https://news.example/story',
  frameId: 0,
} as Browser.runtime.MessageSender;

const storedView = async () => contentViewOf((await fakeBrowser.storage.local.get('settings')).settings).blur;

// Storage is cleared, not the whole fake browser: the settings store's listener that
// drops its cache on every change must stay in place.
beforeEach(async () => {
  await fakeBrowser.storage.local.clear();
});

describe('the background saves the survivor’s corrections', () => {
  it('"Not this passage" from a label: its fingerprint, once', async () => {
    expect(await routeMessage({ type: 'never-warn-passage', fingerprint: 305419896 }, fromPage)).toEqual({ ok: true });
    await routeMessage({ type: 'never-warn-passage', fingerprint: 305419896 }, fromPage);
    expect((await storedView()).neverWarnPassages).toEqual([305419896]);
  });

  it('"Not text with …" from a label: the phrases, and one of the survivor’s own words that is the same leaves their words', async () => {
    await updateSettings((s) => ({ ...s, blur: { ...s.blur, customTerms: ['Stabbed', 'Ann Smith'] } }));
    expect(await routeMessage({ type: 'never-warn-phrases', phrases: ['stabbed'] }, fromPage)).toEqual({ ok: true });
    const blur = await storedView();
    expect(blur.neverWarnPhrases).toEqual(['stabbed']);
    expect(blur.customTerms).toEqual(['Ann Smith']);
  });

  it('refuses what is not a fingerprint or a short list of phrases, and stores nothing', async () => {
    for (const message of [
      { type: 'never-warn-passage', fingerprint: -1 },
      { type: 'never-warn-passage', fingerprint: 2 ** 32 },
      { type: 'never-warn-passage', fingerprint: 'A man was stabbed.' },
      { type: 'never-warn-phrases', phrases: [] },
      { type: 'never-warn-phrases', phrases: ['a', 'b', 'c', 'd'] },
      { type: 'never-warn-phrases', phrases: ['x'.repeat(201)] },
    ])
      expect(await routeMessage(message, fromPage)).toEqual({ refused: 'unknown or malformed message' });
    expect((await fakeBrowser.storage.local.get('settings')).settings).toBeUndefined();
  });

  it('"Warn me about text like this" from the selection menu: the selection becomes one of their words', async () => {
    await routeMessage({ type: 'never-warn-phrases', phrases: ['ann smith'] }, fromPage);
    await onSelectionMenuClicked({ menuItemId: 'warn-about-selection', selectionText: '  Ann\n Smith ' });
    const blur = await storedView();
    expect(blur.customTerms).toEqual(['Ann Smith']);
    expect(blur.neverWarnPhrases).toEqual([]);
    // Another menu's click, or a selection with nothing usable in it, changes nothing.
    await onSelectionMenuClicked({ menuItemId: 'something-else', selectionText: 'Bob' });
    await onSelectionMenuClicked({ menuItemId: 'warn-about-selection', selectionText: ' … ' });
    expect((await loadSettings()).blur.customTerms).toEqual(['Ann Smith']);
  });
});
