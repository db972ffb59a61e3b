import { browser } from 'wxt/browser';
import { contentViewOf, type ContentSettings } from '../settings/content-view';

/**
 * Settings for content scripts: read straight from storage (no zod, no storage
 * wrapper) to keep the script that runs in every page small. The key is the one
 * settings-store.ts defines as 'local:settings'.
 */
const KEY = 'settings';

let firstRead: Promise<ContentSettings> | undefined;

/**
 * The settings as they are when the page starts, read once per frame: the exit
 * trigger and the content warnings both need them, and each read is a round trip to
 * the browser. Later changes arrive through watchContentSettings.
 */
export function loadContentSettings(): Promise<ContentSettings> {
  firstRead ??= (async () => {
    try {
      return contentViewOf((await browser.storage.local.get(KEY))[KEY]);
    } catch {
      return contentViewOf(undefined);
    }
  })();
  return firstRead;
}

export function watchContentSettings(onChange: (settings: ContentSettings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) onChange(contentViewOf(changes[KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
