import { browser } from 'wxt/browser';
import { loadSettings } from '@/lib/platform/settings-store';
import { helpSiteOf, markHelpTab } from '@/lib/history/tab-trails';
import { updateSession } from './session-state';

/**
 * Opens a help website so that it leaves no trace: its tab is marked as sensitive
 * (its visits are erased as they happen, a quick exit closes it, and closing it
 * scrubs "recently closed"). In a private window when the survivor asked for that
 * and the extension is allowed there.
 */
export async function openHelpSite(url: string): Promise<void> {
  const settings = await loadSettings();
  const site = helpSiteOf(url);
  const privately = settings.help.openInPrivateWindow && (await browser.extension.isAllowedIncognitoAccess());
  // The site is opened straight away: a tab opened on about:blank and then sent on
  // could stay blank in Chromium (about 1 in 4 under test). The events for the tab's
  // first pages wait until the tab is marked (helpTabsMarked). A private window keeps
  // no history, but its tab is marked too, so that a quick exit closes it.
  const marking = (async () => {
    const id = privately
      ? (await browser.windows.create({ url, incognito: true }))?.tabs?.[0]?.id
      : (await browser.tabs.create({ url, active: true })).id;
    if (id === undefined || !site) return;
    // The listed address is a page of the tab, even if it only redirects.
    await updateSession((tabs) => markHelpTab(tabs, id, site, url));
  })();
  opening.add(marking);
  try {
    await marking;
  } finally {
    opening.delete(marking);
  }
}

const opening = new Set<Promise<void>>();

/**
 * Resolves once every help tab being opened is marked as one. A page in a new help
 * tab (or a redirect on its way) can be reported before tabs.create has answered.
 */
export function helpTabsMarked(): Promise<unknown> {
  return opening.size ? Promise.allSettled(opening) : Promise.resolve();
}

/** The popup's page, opened in a tab at the grounding exercises (see HelpPanel's initialView). */
export const GROUNDING_PAGE = '/popup.html#grounding';

/**
 * Opens the help content of the popup (from a content-warning notice in a page), or,
 * from "Take a moment", its grounding exercises.
 */
export async function openSupport(at?: 'grounding'): Promise<void> {
  if (at === 'grounding') {
    // Always a tab: the toolbar popup closes as soon as it loses focus, and an exercise
    // asks the survivor to look around the room. As one of the extension's own pages the
    // tab leaves no trace (history.ts: its visit is erased as it happens, closing it
    // scrubs "recently closed", and a quick exit closes it).
    await browser.tabs.create({ url: browser.runtime.getURL(GROUNDING_PAGE), active: true });
    return;
  }
  const action = browser.action ?? browser.browserAction;
  try {
    await action.openPopup();
  } catch {
    // openPopup needs a focused window (and a user gesture in older Firefox): fall back to a tab.
    await browser.tabs.create({ url: browser.runtime.getURL('/popup.html#help') });
  }
}
