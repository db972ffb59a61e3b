import { browser } from 'wxt/browser';
import { loadSettings } from '@/lib/platform/settings-store';
import { hostOfUrl, siteMatchesHost } from '@/lib/sites';
import { updateSession, type SessionState } from './session-state';

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
  // The site is opened straight away: a tab opened on about:blank and then sent on
  // could stay blank in Chromium (about 1 in 4 under test). The events for the tab's
  // first pages wait until the tab is marked (helpTabsMarked).
  const site = helpSiteOf(url);
  const marking = (async () => {
    const tab = await browser.tabs.create({ url, active: true });
    const id = tab.id;
    if (id === undefined || !site) return;
    await updateSession((s) => {
      s.helpSites[id] = [site];
    });
  })();
  opening.add(marking);
  try {
    await marking;
  } finally {
    opening.delete(marking);
  }
}

const opening = new Set<Promise<void>>();

/** The site a help page lives on: its host name without "www." (subdomains belong to it). */
export function helpSiteOf(url: string): string | undefined {
  return hostOfUrl(url)?.replace(/^www\./, '');
}

/** Whether a URL is on the help website of any open help tab. */
export function isOnHelpSite(state: SessionState, url: string): boolean {
  const host = hostOfUrl(url);
  return !!host && Object.values(state.helpSites).some((sites) => sites.some((site) => siteMatchesHost(site, host)));
}

/**
 * Resolves once every help tab being opened is marked as one. A page in a new help
 * tab (or a redirect on its way) can be reported before tabs.create has answered.
 */
export function helpTabsMarked(): Promise<unknown> {
  return opening.size ? Promise.allSettled(opening) : Promise.resolve();
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
