/**
 * Clearing "recently closed", in one place: the quick exit, the history feature (a
 * sensitive tab closed by hand) and the welcome page's practice exit all use it.
 *
 * Chrome has no API to forget a closed tab, but drops it from the list when its URL is
 * deleted from history while the URL is in history: so a URL is added, then deleted
 * (measured in Chromium 156, tests/e2e/discretion.spec.ts). Firefox keeps closed tabs
 * when their URL is deleted, but can forget them one by one.
 */
import { browser } from 'wxt/browser';
import { findSiteForUrl } from '../sites';
import { isSearchForSites } from '../history/search-pages';

const isFirefox = import.meta.env.FIREFOX;

/** Firefox-only parts of the sessions API (Chrome has no way to forget a closed tab). */
interface FirefoxSessions {
  forgetClosedTab(windowId: number, sessionId: string): Promise<void>;
  forgetClosedWindow(sessionId: string): Promise<void>;
}

function firefoxSessions(): FirefoxSessions {
  return browser.sessions as unknown as FirefoxSessions;
}

/**
 * Removes a URL from history and from what Chrome derives from it: back lists and
 * "recently closed". Chrome scrubs those only for URLs in history at that moment, so a
 * URL whose visits were already erased is added again first and then deleted.
 */
export async function eraseUrlEverywhere(url: string): Promise<void> {
  if (!isFirefox) await browser.history.addUrl({ url });
  await browser.history.deleteUrl({ url });
}

/** Whether a closed tab showing `url`, closed at `closedAt` (ms), is one to forget. */
type Shows = (url: string, closedAt: number) => boolean;

/**
 * Removes the closed tabs and windows that show any of `urls` from "recently closed",
 * and the URLs from history. `alsoShowing` (Firefox): ordinary URLs that tabs closed
 * just now showed after leaving a sensitive page. Their closed tabs are forgotten too;
 * the URLs stay in history.
 *
 * Both browsers record a closed tab a moment after tabs.onRemoved, and under load
 * that moment can come after the first erase (seen in Chromium for an options tab,
 * and in Firefox once even after 2 s). So "recently closed" is watched for a while
 * (see onRecentlyClosedChanged) and looked at again a few times. The late looks are
 * not waited for: the quick exit goes on meanwhile.
 */
export async function forgetClosed(urls: readonly string[], alsoShowing: readonly string[] = []): Promise<void> {
  const wanted = new Set(urls);
  const also = new Set(alsoShowing);
  // A closed tab that only shows an ordinary URL is ours only if it closed about now
  // (not earlier, and not later, while the late looks below still run).
  const now = Date.now();
  const shows: Shows = (url, closedAt) => wanted.has(url) || (also.has(url) && Math.abs(closedAt - now) <= 2_000);
  watches.set(shows, now + WATCH_MS);
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
    return;
  }
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

/** Firefox: forgets every closed tab or window that shows a page of `site` (after its history was erased). */
export async function forgetClosedOfSite(site: string): Promise<void> {
  if (!isFirefox) return; // Chrome drops them with the deleted URLs.
  await forgetClosedNow((url) => !!findSiteForUrl([site], url) || isSearchForSites(url, [site]));
}

/**
 * Firefox: forgets the tabs closed since `since` (ms) that show one of `urls`, leaving
 * their URLs in history; an earlier closed tab on the same page stays. Chrome cannot do
 * this without erasing the URL (docs/exit-and-history.md).
 */
export async function forgetClosedTabsShowing(urls: readonly string[], since: number): Promise<void> {
  if (!isFirefox) return;
  for (const entry of await browser.sessions.getRecentlyClosed()) {
    if (entry.tab?.sessionId && entry.tab.url && urls.includes(entry.tab.url) && entry.lastModified >= since) {
      await firefoxSessions().forgetClosedTab(entry.tab.windowId, entry.tab.sessionId);
    }
  }
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * How long after an erase "recently closed" is watched. A closed tab has been seen to
 * reach the list late under load (Chromium, an options tab, once after the late looks
 * had given up in CI); the watch outlasts any delay seen by far.
 */
const WATCH_MS = 30_000;
const watches = new Map<Shows, number>();
let watchLook: Promise<void> | undefined;
let lookAgain = false;

/**
 * sessions.onChanged (the background registers it): while an erase is being watched,
 * whatever newly shows one of its URLs goes at once. Looks never overlap; changes
 * during a look (our own erasing included) lead to one more look, which finds nothing
 * left and ends the chain.
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
async function forgetClosedNow(shows: Shows): Promise<void> {
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
