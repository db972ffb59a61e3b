import { browser, type Browser } from 'wxt/browser';
import { addNeverWarnPassage, addNeverWarnPhrases, addWarnAboutText } from '@/lib/blur/corrections';
import { STORED, watchStored } from '@/lib/platform/extension-storage';
import { loadSettings, updateSettings } from '@/lib/platform/settings-store';

/**
 * The survivor's corrections to content warnings (lib/blur/corrections.ts), saved
 * with the settings; the change reaches every open tab through storage.
 *
 * "Warn me about text like this" is an item of the browser's own context menu for
 * selected text: nothing is added to the page, so a page cannot tell it is there,
 * and the background reads the selection from the menu event, not from the page.
 * The item is there only while content warnings are on and no disguise is chosen:
 * anyone who right-clicks selected text in this browser sees it, and a survivor who
 * disguised the extension's button would not want it named there. Their own words
 * can always be typed in the settings page.
 */

const MENU_ID = 'warn-about-selection';

export function neverWarnPassage(fingerprint: number): Promise<unknown> {
  return updateSettings((s) => ({ ...s, blur: addNeverWarnPassage(s.blur, fingerprint) }));
}

export function neverWarnPhrases(phrases: readonly string[]): Promise<unknown> {
  return updateSettings((s) => ({ ...s, blur: addNeverWarnPhrases(s.blur, phrases) }));
}

/** The menu's click: the very function the browser calls (the end-to-end test calls it too, since no test can click a native menu). */
export async function onSelectionMenuClicked(info: Pick<Browser.contextMenus.OnClickData, 'menuItemId' | 'selectionText'>): Promise<void> {
  if (info.menuItemId !== MENU_ID || !info.selectionText) return;
  const selection = info.selectionText;
  await updateSettings((s) => {
    const blur = addWarnAboutText(s.blur, selection);
    return blur ? { ...s, blur } : s;
  });
}

/** Firefox names the API `menus` and keeps `contextMenus` as an alias; Chrome has only `contextMenus`. */
function menusApi(): typeof browser.contextMenus | undefined {
  return (browser as { contextMenus?: typeof browser.contextMenus }).contextMenus;
}

let syncing: Promise<void> = Promise.resolve();

/** Puts the menu item in place, or takes it away, to match the settings. One at a time: two creates of one id fail. */
function syncSelectionMenu(): Promise<void> {
  syncing = syncing.then(async () => {
    const menus = menusApi();
    if (!menus) return;
    const settings = await loadSettings();
    await menus.removeAll();
    if (!settings.blur.enabled || settings.discretion.disguise !== 'none') return;
    // The merged locale files are not in WXT's generated message types (wxt.config.ts).
    const title = (browser.i18n.getMessage as (key: string) => string)('blur_menu_warn_selection');
    menus.create({ id: MENU_ID, title, contexts: ['selection'] });
  });
  return syncing.catch((error: unknown) => console.warn('selection menu:', (error as Error)?.name ?? 'error'));
}

/** Called synchronously from the background's main(): listeners in place before any event is delivered. */
export function registerCorrections(): void {
  const menus = menusApi();
  if (!menus) return;
  menus.onClicked.addListener(
    (info) => void onSelectionMenuClicked(info).catch((error: unknown) => console.warn('selection menu:', (error as Error)?.name)),
  );
  // Chrome keeps menu items while the service worker sleeps, Firefox forgets them on
  // restart: made again on install, on start-up and whenever the settings change.
  browser.runtime.onInstalled.addListener(() => void syncSelectionMenu());
  browser.runtime.onStartup.addListener(() => void syncSelectionMenu());
  watchStored(STORED.settings, () => void syncSelectionMenu());
}
