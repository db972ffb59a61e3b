import { firefoxSessions } from './firefox';
import { browser } from 'wxt/browser';
import type { Settings } from '@/lib/settings/schema';
import { loadChosenSites, type SiteIndex } from '@/lib/platform/chosen-sites';
import { findSiteForUrl, hostOfUrl, siteMatchesHost } from '@/lib/sites';
import { isSearchForSites } from '@/lib/history/search-pages';
import { addToTrail, readSession, updateSession, type SessionState } from './session-state';
import { helpSiteOf, helpTabOwns, helpTabsMarked } from './help';
import { recordErased, setEraseProgress } from './history-stats';

const isFirefox = import.meta.env.FIREFOX;

/** The extension's own pages (options, welcome) are recorded in history like any page. */
export function isOwnPage(url: string): boolean {
  return url.startsWith(browser.runtime.getURL('/'));
}

/** True when a URL shows a chosen site, or is a search page whose query names one. */
export function urlIsChosen(index: SiteIndex, url: string): boolean {
  return index.isChosen(url);
}

/**
 * Removes a URL from history and from what Chrome derives from it (Firefox keeps
 * back lists and closed tabs when a URL is deleted; see forgetClosed). Chrome only
 * scrubs back lists and "recently closed" for URLs that are in history at that
 * moment (measured, see docs/DESIGN notes), so a URL whose visits were already
 * erased is added again first and then deleted.
 */
export async function eraseUrlEverywhere(url: string): Promise<void> {
  if (!isFirefox) await browser.history.addUrl({ url });
  await browser.history.deleteUrl({ url });
}

/** history.onVisited: erase each visit to a chosen site, or to a help website in its help tab, as it happens. */
export async function onVisited(item: { url?: string }): Promise<void> {
  const url = item.url;
  if (!url) return;
  if (isOwnPage(url)) {
    await browser.history.deleteUrl({ url });
    return;
  }
  const index = await loadChosenSites();
  const site = index.match(url);
  const chosen = !!site || index.isSearchFor(url);
  if (!chosen) await helpTabsMarked();
  if (chosen || (await helpTabShows(await readSession(), url))) {
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
async function helpTabShows(session: SessionState, url: string): Promise<boolean> {
  const entries = Object.entries(session.helpSites);
  if (!entries.length) return false;
  if (entries.some(([id, sites]) => helpTabOwns(sites, url) && session.trails[id]?.includes(url))) return true;
  const tabs = await Promise.all(entries.map(([id]) => browser.tabs.get(Number(id)).catch(() => undefined)));
  return entries.some(
    ([id, sites], i) => (tabs[i]?.url === url || tabs[i]?.pendingUrl === url) && (helpTabOwns(sites, url) || id in session.helpFirst),
  );
}

/**
 * tabs.onUpdated with a new URL: remember sensitive URLs per tab; when a tab leaves
 * them for an ordinary page, scrub them from its back list. Every decision is taken
 * inside one session change, so that events arriving together see each other's notes.
 */
export async function onTabUrlChanged(tabId: number, url: string): Promise<void> {
  if (isOwnPage(url)) {
    await updateSession((s) => {
      const pages = (s.ownPages[tabId] ??= []);
      if (!pages.includes(url)) pages.push(url);
    });
    return;
  }
  const index = await loadChosenSites();
  await helpTabsMarked();
  const chosen = urlIsChosen(index, url);
  let ownPagesLeft: string[] = [];
  let trailLeft: string[] = [];
  let onHelpSite = false;
  await updateSession((s) => {
    ownPagesLeft = s.ownPages[tabId] ?? [];
    delete s.ownPages[tabId];
    const help = s.helpSites[tabId];
    if (help) {
      const site = helpSiteOf(url);
      // Before its first page has loaded, the tab is still on its way from the listed
      // address (a redirect): where it lands belongs to the help website.
      if (tabId in s.helpFirst && site && !helpTabOwns(help, url)) help.push(site);
      onHelpSite = helpTabOwns(help, url);
      // Gone on to another site: from here on an ordinary tab, whose pages stay in history.
      if (!onHelpSite) {
        delete s.helpSites[tabId];
        delete s.helpFirst[tabId];
      }
    }
    if (chosen || onHelpSite) {
      addToTrail(s, tabId, url);
      delete s.leftFor[tabId];
      return;
    }
    const trail = s.trails[tabId];
    if (!trail?.length) return;
    if (!(tabId in s.leftFor)) trailLeft = [...trail];
    if (isFirefox) {
      // Firefox keeps the sensitive pages in this tab's back list: the tab keeps its
      // trail (the quick exit closes it) and notes what it shows, to find it once closed.
      s.leftFor[tabId] = url;
    } else {
      delete s.trails[tabId];
    }
  });
  // The tab went on from the extension's page: its back list must not lead to it.
  for (const old of ownPagesLeft) await eraseUrlEverywhere(old);
  if (onHelpSite) await browser.history.deleteUrl({ url });
  for (const old of trailLeft) await eraseUrlEverywhere(old);
}

/** tabs.onUpdated with status "complete": a help tab has landed on its first page. */
export async function onTabLoaded(tabId: number): Promise<void> {
  if (!(tabId in (await readSession()).helpFirst)) return;
  await updateSession((s) => delete s.helpFirst[tabId]);
}

/**
 * tabs.onRemoved: a sensitive tab closed by hand must not stay in "recently closed",
 * nor a tab that showed the extension's own pages. For those, Chrome accepts
 * history.addUrl of a chrome-extension:// URL, and the add-then-delete drops the
 * closed tab (measured in Chromium 156, tests/e2e/discretion.spec.ts).
 */
export async function onTabRemoved(tabId: number): Promise<void> {
  // Read inside the queue: a URL noted for this tab just before it closed is still waiting there.
  let urls: string[] = [];
  let showing: string | undefined;
  await updateSession((s) => {
    urls = [...(s.trails[tabId] ?? []), ...(s.ownPages[tabId] ?? [])];
    showing = s.leftFor[tabId];
    delete s.trails[tabId];
    delete s.ownPages[tabId];
    delete s.helpSites[tabId];
    delete s.helpFirst[tabId];
    delete s.leftFor[tabId];
  });
  if (!urls.length) return;
  await forgetClosed(urls, showing === undefined ? [] : [showing]);
}

/**
 * When the list of chosen sites changes: open tabs that show a newly chosen site
 * start their trail now, so that leaving the site or closing the tab scrubs the page
 * that was on screen when the site was chosen (from the popup, on the site itself).
 */
export async function trailOpenChosenTabs(): Promise<void> {
  const [index, tabs] = await Promise.all([loadChosenSites(), browser.tabs.query({})]);
  const found = tabs.flatMap((t) => {
    const url = [t.url, t.pendingUrl].find((u) => !!u && urlIsChosen(index, u));
    return t.id !== undefined && url ? [[t.id, url] as const] : [];
  });
  if (!found.length) return;
  await updateSession((s) => {
    for (const [id, url] of found) {
      addToTrail(s, id, url);
      delete s.leftFor[id];
    }
  });
}

/**
 * Removes the closed tabs and windows that show any of `urls` from "recently closed".
 * Chrome has no API for this: deleting the URLs from history makes it drop them.
 * Firefox keeps closed tabs when their URL is deleted, but can forget them.
 * `alsoShowing` (Firefox): ordinary URLs that tabs closed just now showed after
 * leaving a sensitive page. Their closed tabs are forgotten too; the URLs stay in history.
 *
 * Both browsers record a closed tab a moment after tabs.onRemoved, and under load
 * that moment can come after the first erase (seen in Chromium for an options tab,
 * and in Firefox once even after 2 s). So "recently closed" is looked at again a few
 * times. The late looks are not waited for: the quick exit goes on meanwhile.
 */
export async function forgetClosed(urls: readonly string[], alsoShowing: readonly string[] = []): Promise<void> {
  const wanted = new Set(urls);
  const also = new Set(alsoShowing);
  // A closed tab that only shows an ordinary URL is ours only if it closed about now
  // (not earlier, and not later, while the late looks below still run).
  const now = Date.now();
  const shows = (url: string, closedAt: number) => wanted.has(url) || (also.has(url) && Math.abs(closedAt - now) <= 2_000);
  // Each change to the list is a cue to look again (sessions.onChanged), however late
  // the browser records the tab; the timed late looks remain for a missed event.
  watchRecentlyClosed(shows, now + WATCH_MS);
  // The late looks are planned first: a failed first erase must not cancel them.
  void (async () => {
    for (const delay of isFirefox ? [3000, 3000, 6000] : [150, 600, 1500, 3000, 3000, 6000]) {
      await wait(delay);
      await forgetClosedNow(shows).catch(() => undefined);
    }
  })();
  if (isFirefox) {
    // One URL that Firefox refuses (an extension page's) must not keep the others in "recently closed".
    await Promise.all(urls.map((url) => browser.history.deleteUrl({ url }).catch(() => undefined)));
    for (const delay of [0, 150, 600, 1500]) {
      if (delay) await wait(delay);
      await forgetClosedNow(shows);
    }
  } else {
    const failed = await Promise.all(
      urls.map((url) =>
        eraseUrlEverywhere(url).then(
          () => false,
          () => true,
        ),
      ),
    );
    if (failed.some(Boolean)) throw new Error('a URL could not be erased');
  }
}

/** Firefox: forgets every closed tab or window that shows a page of `site` (after its history was erased). */
export async function forgetClosedOfSite(site: string): Promise<void> {
  if (!isFirefox) return; // Chrome drops them with the deleted URLs.
  await forgetClosedNow((url) => !!findSiteForUrl([site], url) || isSearchForSites(url, [site]));
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * How long after an erase "recently closed" is watched. A closed tab has been seen to
 * reach the list late under load (Chromium, an options tab, once after the late looks
 * had given up in CI); the watch outlasts any delay seen by far.
 */
const WATCH_MS = 30_000;
type Shows = (url: string, closedAt: number) => boolean;
const watches = new Map<Shows, number>();
let watchLook: Promise<void> | undefined;
let lookAgain = false;

function watchRecentlyClosed(shows: Shows, until: number): void {
  watches.set(shows, until);
}

/**
 * sessions.onChanged: while an erase is being watched, whatever newly shows one of its
 * URLs goes at once. Looks never overlap; changes during a look (our own erasing
 * included) lead to one more look, which finds nothing left and ends the chain.
 */
export async function onRecentlyClosedChanged(): Promise<void> {
  const now = Date.now();
  for (const [shows, until] of watches) if (until < now) watches.delete(shows);
  if (!watches.size) return;
  if (watchLook) {
    lookAgain = true;
    return watchLook;
  }
  watchLook = (async () => {
    do {
      lookAgain = false;
      const active = [...watches.keys()];
      await forgetClosedNow((url, closedAt) => active.some((shows) => shows(url, closedAt))).catch(() => undefined);
    } while (lookAgain);
  })().finally(() => (watchLook = undefined));
  return watchLook;
}

/**
 * One look at "recently closed": whatever shows a wanted URL goes. `closedAt` is in
 * milliseconds (Chrome reports seconds, Firefox milliseconds).
 */
async function forgetClosedNow(shows: (url: string, closedAt: number) => boolean): Promise<void> {
  const entries = await browser.sessions.getRecentlyClosed();
  if (!isFirefox) {
    const left = new Set<string>();
    for (const entry of entries) {
      for (const tab of entry.tab ? [entry.tab] : (entry.window?.tabs ?? [])) {
        if (tab.url && shows(tab.url, entry.lastModified * 1000)) left.add(tab.url);
      }
    }
    await Promise.all([...left].map((url) => eraseUrlEverywhere(url).catch(() => undefined)));
    return;
  }
  for (const entry of entries) {
    const closedAt = entry.lastModified;
    if (entry.tab?.sessionId && entry.tab.url && shows(entry.tab.url, closedAt)) {
      await firefoxSessions()
        .forgetClosedTab(entry.tab.windowId, entry.tab.sessionId)
        .catch(() => undefined);
    } else if (entry.window?.sessionId && entry.window.tabs?.some((t) => !!t.url && shows(t.url, closedAt))) {
      await firefoxSessions()
        .forgetClosedWindow(entry.window.sessionId)
        .catch(() => undefined);
    }
  }
}

const BATCH = 50;

/**
 * Removes every earlier visit to a site (and search pages naming it), in batches so
 * that a large history does not freeze the browser; progress goes to storage.session
 * for the page that asked.
 */
export async function eraseSiteHistory(site: string, settings: Settings, key: string): Promise<number> {
  const urls = await findSiteUrls(site);
  await setEraseProgress({ site, done: 0, total: urls.length });
  let done = 0;
  for (let i = 0; i < urls.length; i += BATCH) {
    await Promise.all(urls.slice(i, i + BATCH).map((url) => browser.history.deleteUrl({ url })));
    done = Math.min(urls.length, i + BATCH);
    await setEraseProgress({ site, done, total: urls.length });
  }
  await recordErased(key, urls.length, true);
  await setEraseProgress(undefined);
  // Firefox keeps closed tabs of the site in "recently closed" when their URLs go.
  await forgetClosedOfSite(site).catch(() => undefined);
  if (settings.history.removeSiteData) await removeSiteData(site, urls);
  if (settings.history.removeDownloads) await removeSiteDownloads(site);
  return urls.length;
}

/** History URLs of one site (subdomains included) and of search pages that name it. */
export async function findSiteUrls(site: string): Promise<string[]> {
  // An empty text query returns every page; filtering here (rather than trusting the
  // browser's word matching) is what keeps look-alike hosts out and subdomains in.
  const items = await browser.history.search({ text: '', startTime: 0, maxResults: 1_000_000 });
  return items
    .map((item) => item.url)
    .filter((url): url is string => !!url && (!!findSiteForUrl([site], url) || isSearchForSites(url, [site])));
}

/** Cookies and site storage of a site. Chrome takes origins, Firefox host names. */
async function removeSiteData(site: string, urls: readonly string[]): Promise<void> {
  const hosts = new Set([site, `www.${site}`]);
  for (const url of urls) {
    const host = hostOfUrl(url);
    if (host && siteMatchesHost(site, host)) hosts.add(host);
  }
  try {
    if (isFirefox) {
      await browser.browsingData.remove({ hostnames: [...hosts] } as Parameters<typeof browser.browsingData.remove>[0], {
        cookies: true,
        indexedDB: true,
        localStorage: true,
        serviceWorkers: true,
      });
    } else {
      const origins = [...hosts].flatMap((h) => [`https://${h}`, `http://${h}`]);
      await browser.browsingData.remove(
        { origins } as Parameters<typeof browser.browsingData.remove>[0],
        {
          cookies: true,
          cacheStorage: true,
          indexedDB: true,
          localStorage: true,
          serviceWorkers: true,
          cache: true,
          fileSystems: true,
        } as Parameters<typeof browser.browsingData.remove>[1],
      );
    }
  } catch (error) {
    console.warn('Removing site data failed:', (error as Error).name);
  }
}

/** Entries in the downloads list that came from the site (the files themselves stay). */
async function removeSiteDownloads(site: string): Promise<void> {
  const items = await browser.downloads.search({});
  for (const item of items) {
    const from = [item.url, item.finalUrl, item.referrer].filter(Boolean) as string[];
    if (from.some((url) => findSiteForUrl([site], url))) await browser.downloads.erase({ id: item.id });
  }
}

/**
 * "Check now": finds any remaining entry of any chosen site and removes it. By keys:
 * it needs no PIN and no site name, so it works the same whether the list is locked.
 */
export async function checkHistory(index: SiteIndex): Promise<{ found: number; removed: number }> {
  if (!index.size) return { found: 0, removed: 0 };
  const items = await browser.history.search({ text: '', startTime: 0, maxResults: 1_000_000 });
  const bySite = new Map<string, string[]>();
  for (const item of items) {
    const key = item.url ? index.siteKeyFor(item.url) : undefined;
    if (key) bySite.set(key, [...(bySite.get(key) ?? []), item.url!]);
  }
  let found = 0;
  for (const [key, urls] of bySite) {
    for (let i = 0; i < urls.length; i += BATCH)
      await Promise.all(urls.slice(i, i + BATCH).map((url) => browser.history.deleteUrl({ url })));
    await recordErased(key, urls.length, true);
    found += urls.length;
  }
  return { found, removed: found };
}
