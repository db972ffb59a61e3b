import { browser } from 'wxt/browser';
import { loadChosenSites } from '@/lib/platform/chosen-sites';
import { eraseUrlEverywhere, forgetClosed } from '@/lib/platform/recently-closed';
import {
  addToTrail,
  forgetTab,
  helpTabLanded,
  helpTabOwns,
  helpTabShowed,
  noteNavigation,
  noteOwnPage,
  type TabRecords,
} from '@/lib/history/tab-trails';
import { readSession, updateSession } from './session-state';
import { helpTabsMarked } from './help';
import { recordErased } from './history-stats';

/**
 * Visits to the chosen sites disappear as they happen: from history, from the back list
 * of a tab that leaves them, and from "recently closed" when their tab closes. The
 * decisions are in lib/history/tab-trails.ts; this file wires them to the browser.
 */

const isFirefox = import.meta.env.FIREFOX;

/** An extension page (settings, welcome, the popup opened as a tab): recorded in history like any page. */
export function isExtensionPage(url: string): boolean {
  return url.startsWith(browser.runtime.getURL('/'));
}

/** history.onVisited: erase each visit to a chosen site, or to a help website in its help tab, as it happens. */
export async function onVisited(item: { url?: string }): Promise<void> {
  const url = item.url;
  if (!url) return;
  if (isExtensionPage(url)) {
    await browser.history.deleteUrl({ url });
    return;
  }
  const index = await loadChosenSites();
  const site = index.match(url);
  const chosen = !!site || index.isSearchFor(url);
  if (!chosen) await helpTabsMarked();
  if (chosen || (await helpTabShows((await readSession()).tabs, url))) {
    await browser.history.deleteUrl({ url });
    if (site) await recordErased(site, 1);
  }
}

/**
 * Whether a URL is a page of a help tab: on its help website and among the pages it
 * showed, or shown (or loading) in it now, as a page of its help website or as its
 * first page (the listed address may redirect to another site). Asked of the tabs
 * themselves: history.onVisited and tabs.onUpdated arrive in either order. The same
 * website in any other tab is an ordinary visit.
 */
async function helpTabShows(tabs: TabRecords, url: string): Promise<boolean> {
  const helpTabs = Object.entries(tabs).filter(([, record]) => !!record.help);
  if (!helpTabs.length) return false;
  if (helpTabShowed(tabs, url)) return true;
  const open = await Promise.all(helpTabs.map(([id]) => browser.tabs.get(Number(id)).catch(() => undefined)));
  return helpTabs.some(
    ([, { help }], i) =>
      (open[i]?.url === url || open[i]?.pendingUrl === url) && (helpTabOwns(help?.sites, url) || help?.first !== undefined),
  );
}

/**
 * tabs.onUpdated with a new URL: remember sensitive URLs per tab; when a tab leaves
 * them for an ordinary page, scrub them from its back list. Every decision is taken
 * inside one session change, so that events arriving together see each other's notes.
 */
export async function onTabUrlChanged(tabId: number, url: string): Promise<void> {
  if (isExtensionPage(url)) {
    await updateSession((tabs) => noteOwnPage(tabs, tabId, url));
    return;
  }
  const index = await loadChosenSites();
  await helpTabsMarked();
  const chosen = index.isChosen(url);
  const left = await updateSession((tabs) => noteNavigation(tabs, tabId, url, { chosen, keepsBackList: isFirefox }));
  // The tab went on from the extension's page: its back list must not lead to it.
  for (const old of left.ownPagesLeft) await eraseUrlEverywhere(old);
  if (left.onHelpSite) await browser.history.deleteUrl({ url });
  for (const old of left.trailLeft) await eraseUrlEverywhere(old);
}

/** tabs.onUpdated with status "complete": a help tab has landed on its first page. */
export async function onTabLoaded(tabId: number): Promise<void> {
  if ((await readSession()).tabs[tabId]?.help?.first === undefined) return;
  await updateSession((tabs) => helpTabLanded(tabs, tabId));
}

/**
 * tabs.onRemoved: a sensitive tab closed by hand must not stay in "recently closed",
 * nor a tab that showed the extension's own pages.
 */
export async function onTabRemoved(tabId: number): Promise<void> {
  // Read inside the queue: a URL noted for this tab just before it closed is still waiting there.
  const record = await updateSession((tabs) => forgetTab(tabs, tabId));
  const urls = [...(record?.trail ?? []), ...(record?.ownPages ?? [])];
  if (!urls.length) return;
  await forgetClosed(urls, record?.leftFor === undefined ? [] : [record.leftFor]);
}

/**
 * When the list of chosen sites changes: open tabs that show a newly chosen site
 * start their trail now, so that leaving the site or closing the tab scrubs the page
 * that was on screen when the site was chosen (from the popup, on the site itself).
 */
export async function trailOpenChosenTabs(): Promise<void> {
  const [index, tabs] = await Promise.all([loadChosenSites(), browser.tabs.query({})]);
  const found = tabs.flatMap((t) => {
    const url = [t.url, t.pendingUrl].find((u) => !!u && index.isChosen(u));
    return t.id !== undefined && url ? [[t.id, url] as const] : [];
  });
  if (!found.length) return;
  await updateSession((records) => {
    for (const [id, url] of found) addToTrail(records, id, url);
  });
}
