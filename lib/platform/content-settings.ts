import { contentViewOf, type ContentSettings } from '../settings/content-view';
import { readStored, STORED, watchStored } from './extension-storage';

/**
 * Settings for content scripts: the stored document read as it is (no zod, no
 * settings store) to keep the script that runs in every page small.
 */

let firstRead: Promise<ContentSettings> | undefined;

/**
 * The settings as they are when the page starts, read once per frame: the exit
 * trigger and the content warnings both need them, and each read is a round trip to
 * the browser. Later changes arrive through watchContentSettings.
 */
export function loadContentSettings(): Promise<ContentSettings> {
  firstRead ??= readStored(STORED.settings)
    .then(contentViewOf)
    .catch(() => contentViewOf(undefined));
  return firstRead;
}

export function watchContentSettings(onChange: (settings: ContentSettings) => void): () => void {
  return watchStored(STORED.settings, (raw) => onChange(contentViewOf(raw)));
}
