import { browser, type Browser } from 'wxt/browser';

/** The quick exit's dealings with tabs: the one in front, the neutral page's, and closing. */

/** The active tab of the last focused browser window (the popup's own window is no browser window). */
export async function focusedActiveTab(): Promise<Browser.tabs.Tab | undefined> {
  const win = await browser.windows.getLastFocused({ windowTypes: ['normal'], populate: true }).catch(() => undefined);
  return win?.tabs?.find((t) => t.active) ?? (await browser.tabs.query({ active: true }))[0];
}

/**
 * Resolves when the tab has committed a page other than `leaving` (tabs.onUpdated
 * reports its new address), or has finished loading, or after `limitMs` at most: a
 * slow neutral page must not hold the rest of the exit back for long.
 */
export function tabCommitted(tabId: number, leaving: string | undefined, limitMs = 400): Promise<void> {
  // (A new tab shows "" in Chrome and about:blank in Firefox until its page commits.)
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(onUpdated);
      resolve();
    };
    const onUpdated = (id: number, change: Browser.tabs.OnUpdatedInfo) => {
      if (id === tabId && ((change.url && change.url !== leaving) || change.status === 'complete')) done();
    };
    const timer = setTimeout(done, limitMs);
    browser.tabs.onUpdated.addListener(onUpdated);
    // It may have committed already (the page went before the background had its message).
    void browser.tabs.get(tabId).then((tab) => {
      if (tab.url && tab.url !== leaving) done();
    }, done);
  });
}

/**
 * The page replaced itself with the neutral page; a page can still hold it back (a
 * "Leave site?" question from a beforeunload handler, answered "stay"). If the tab is
 * still on the page it showed, with no navigation under way, the neutral page opens in
 * a fresh tab in front of it. The old tab, still hidden, is not closed: closing asks
 * the same question and brings that tab back to the front to ask it (measured,
 * tests/e2e/exit-in-place.spec.ts).
 */
export async function confirmLeftInPlace(tab: Browser.tabs.Tab, decoyUrl: string): Promise<void> {
  const now = await browser.tabs.get(tab.id!).catch(() => undefined);
  if (!now || now.url !== tab.url || (now.pendingUrl && now.pendingUrl !== tab.url)) return;
  await browser.tabs.create({ windowId: tab.windowId, index: tab.index + 1, url: decoyUrl, active: true });
}

/**
 * Closes the tabs in one call, and if that call is refused, one by one. Both browsers
 * refuse the whole list when one tab in it is already gone, and close none of the
 * others: a tab that closed itself during the exit (the extension's popup opened as a
 * tab, a page calling window.close(), a tab the survivor closed by hand) kept every
 * other sensitive tab open (tests/firefox/exit.spec.ts, the popup's button, seen in 2
 * of 3 runs under load). Fails only if a tab that still exists could not be closed.
 */
export async function closeTabs(ids: number[]): Promise<void> {
  try {
    await browser.tabs.remove(ids);
  } catch {
    const results = await Promise.allSettled(ids.map((id) => browser.tabs.remove(id)));
    if (!results.some((r) => r.status === 'rejected')) return;
    const open = new Set((await browser.tabs.query({})).map((t) => t.id));
    if (ids.some((id) => open.has(id))) throw new Error('some tabs could not be closed');
  }
}
