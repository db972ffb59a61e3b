import { browser } from 'wxt/browser';
import { loadSettings } from '@/lib/platform/settings-store';
import { updateSession } from './session-state';

/**
 * Opens a help website so that it leaves no trace: its tab is marked as sensitive
 * (its visits are erased as they happen, a quick exit closes it, and closing it
 * scrubs "recently closed"). In a private window when the survivor asked for that
 * and the extension is allowed there.
 */
export async function openHelpSite(url: string): Promise<void> {
  const settings = await loadSettings();
  if (settings.help.openInPrivateWindow && (await browser.extension.isAllowedIncognitoAccess())) {
    await browser.windows.create({ url, incognito: true });
    return;
  }
  const tab = await browser.tabs.create({ url: 'about:blank', active: true });
  if (tab.id === undefined) return;
  const id = tab.id;
  // Mark the tab before it loads the site, so that its first visit is already erased.
  await updateSession((s) => {
    if (!s.helpTabs.includes(id)) s.helpTabs.push(id);
    if (!s.helpUrls.includes(url)) s.helpUrls.push(url);
  });
  await browser.tabs.update(id, { url });
}

/** Opens the help content of the popup (from a content-warning notice in a page). */
export async function openSupport(): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  try {
    await action.openPopup();
  } catch {
    // openPopup needs a focused window (and a user gesture in older Firefox): fall back to a tab.
    await browser.tabs.create({ url: browser.runtime.getURL('/popup.html#help') });
  }
}
