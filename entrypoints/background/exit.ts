import { firefoxSessions } from './firefox';
import { browser, type Browser } from 'wxt/browser';
import { planExit, type TabSnapshot } from '@/lib/exit/plan';
import { DEFAULT_DECOY_URL, defaultSettings, type Settings } from '@/lib/settings/schema';
import { effectiveDecoyUrl, exitReady } from './exit-ready';
import { loadSettings } from '@/lib/platform/settings-store';
import { loadChosenSites, SiteIndex } from '@/lib/platform/chosen-sites';
import { forgetClosed, isOwnPage, urlIsChosen } from './history';
import { helpTabOwns } from './help';
import { readSession, updateSession } from './session-state';

const isFirefox = import.meta.env.FIREFOX;

/** Epoch milliseconds of each step, for `npm run bench:exit` (read through `quietTabsTest.lastExit`). */
export interface ExitTimings {
  /** When this worker (or background page) started: after the trigger, it was asleep. */
  workerStartedAt: number;
  /** When the trigger reached the background. */
  receivedAt: number;
  startedAt: number;
  /** What the neutral page needs is at hand (kept ready, ./exit-ready.ts). */
  readAt?: number;
  /** Settings, the site index, the session and the tabs have been read (for the rest of the plan). */
  stateReadAt?: number;
  /** The page replaced itself with the neutral page; its tab was kept. */
  inPlace?: boolean;
  decoyRequestedAt?: number;
  decoyCreatedAt?: number;
  tabsClosedAt?: number;
  historyErasedAt?: number;
  failures: string[];
}

/** The extension's pages (settings, welcome, the popup opened as a tab); not its other files. */
const OWN_PAGE = /^[^?#]*\.html(?:[?#]|$)/;

function isPracticePage(url: string): boolean {
  const { pathname, searchParams } = new URL(url);
  return pathname === '/welcome.html' && searchParams.has('practice');
}

let exitInFlight: Promise<ExitTimings> | undefined;
let lastExit: ExitTimings | undefined;

/** The timings of the latest exit in this worker's life (none after it slept). */
export function lastExitTimings(): ExitTimings | undefined {
  return lastExit;
}

/** What started an exit, as the background learnt it. */
export interface ExitRequest {
  /** The tab in front: the page that sent the trigger, or the tab the shortcut reports. */
  frontTab?: Browser.tabs.Tab;
  /** The page was told to replace itself with the neutral page (its tab had no other entry): the tab stays. */
  leftInPlace?: boolean;
}

/**
 * Quick exit. The screen has already been hidden by the content script when the
 * trigger was in a page. Every step runs even if an earlier one failed, and a
 * second trigger while one is running waits for it and then runs again (tabs
 * opened in between are handled too).
 */
export function quickExit(request: ExitRequest = {}): Promise<ExitTimings> {
  const receivedAt = Date.now();
  const run = (exitInFlight ?? Promise.resolve()).catch(() => undefined).then(() => runExit(request, receivedAt));
  exitInFlight = run;
  void run.finally(() => {
    if (exitInFlight === run) exitInFlight = undefined;
  });
  return run;
}

async function runExit(request: ExitRequest, receivedAt: number): Promise<ExitTimings> {
  const timings: ExitTimings = { workerStartedAt: performance.timeOrigin, receivedAt, startedAt: Date.now(), failures: [] };
  lastExit = timings;
  const step = async <T>(name: string, work: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await work();
    } catch (error) {
      // Never log URLs: the console can be read by whoever holds the device.
      timings.failures.push(name);
      console.warn(`Quick exit: step "${name}" failed:`, (error as Error)?.name ?? 'error');
      return undefined;
    }
  };

  // 1. The neutral page first: it is what the survivor sees next. What it needs is kept
  //    ready (./exit-ready.ts), and the tab in front is known from the trigger (or asked
  //    of the focused window alone), so nothing else is read before it: measured, the
  //    tab's creation and its navigation are most of the time to a neutral screen.
  const ready = (await step('ready', exitReady)) ?? { decoyUrl: DEFAULT_DECOY_URL, closeWindow: false };
  const frontTab = request.frontTab ?? (await step('focused window', focusedActiveTab));
  const inPlace = !!request.leftInPlace && frontTab?.id !== undefined;
  timings.inPlace = inPlace;
  timings.readAt = Date.now();
  let decoyTab: Browser.tabs.Tab | undefined;
  if (!inPlace && !ready.closeWindow && frontTab?.id !== undefined) {
    const f = frontTab;
    timings.decoyRequestedAt = Date.now();
    decoyTab = await step('open decoy', () =>
      browser.tabs.create({ windowId: f.windowId, index: f.index, url: ready.decoyUrl, active: true }),
    );
    timings.decoyCreatedAt = Date.now();
  }

  // Everything the rest of the plan needs, read at once.
  const [loaded, chosen, session, listed] = await Promise.all([
    step('settings', loadSettings),
    step('chosen sites', loadChosenSites),
    step('session', readSession),
    step('list tabs', () => browser.tabs.query({})),
  ]);
  timings.stateReadAt = Date.now();
  const settings: Settings = loaded ?? defaultSettings();
  const index = chosen ?? new SiteIndex('', []);
  const decoyUrl = effectiveDecoyUrl(settings, index);
  const helpSites = session?.helpSites ?? {};
  const trails = session?.trails ?? {};
  const ownPages = session?.ownPages ?? {};
  // A chosen site anywhere; a help website only in its own help tab.
  const isSensitive = (id: number, url: string) => urlIsChosen(index, url) || helpTabOwns(helpSites[id], url);
  const tabs = (listed ?? []).filter(
    (t): t is Browser.tabs.Tab & { id: number } => typeof t.id === 'number' && t.id !== browser.tabs.TAB_ID_NONE,
  );
  // The tab left in place now shows (or is on its way to) the neutral page: it stays
  // open, and only what it showed before is erased.
  const keptFront = inPlace ? frontTab : undefined;
  const front = tabs.find((t) => t.id === frontTab?.id);

  const snapshot: TabSnapshot[] = tabs
    .filter((t) => t.id !== keptFront?.id && t.id !== decoyTab?.id)
    .map((t) => ({
      id: t.id,
      windowId: t.windowId ?? -1,
      index: t.index,
      // A tab still on its way to a sensitive page (a link just followed, a search result
      // opened in the background) reports the page it leaves, or "", as its URL.
      url: [t.pendingUrl, t.url].find((u) => !!u && isSensitive(t.id, u)) ?? (t.url || t.pendingUrl || ''),
      active: t.active,
      incognito: t.incognito,
    }));
  // The welcome page's practice exit (whatever the trigger) keeps the welcome page,
  // which guides the next step; every real exit closes the extension's pages too.
  const practice = !!front?.url && isOwnPage(front.url) && isPracticePage(front.url);
  const plan = planExit({
    tabs: snapshot,
    frontTabId: keptFront ? undefined : front?.id,
    closeFrontWindow: settings.exit.closeWindow,
    isSensitiveUrl: (t) => isSensitive(t.id, t.url),
    // The extension's own pages go too: the settings page shows the list of sites.
    isSensitiveTab: (t) =>
      t.id in helpSites ||
      isSensitive(t.id, t.url) ||
      (trails[t.id]?.length ?? 0) > 0 ||
      (!practice && isOwnPage(t.url) && OWN_PAGE.test(t.url)),
  });
  // What the kept tab showed: the page that sent the trigger (its URL as the message
  // left it), and its trail.
  const keptUrl = keptFront?.url && isSensitive(keptFront.id!, keptFront.url) ? keptFront.url : undefined;
  const urlsShownBy = (id: number) =>
    [
      ...(trails[id] ?? []),
      ...(ownPages[id] ?? []),
      ...(plan.eraseUrls.has(id) ? [plan.eraseUrls.get(id)!] : []),
      ...(id === keptFront?.id && keptUrl ? [keptUrl] : []),
    ].filter((u) => u.startsWith('http') || isOwnPage(u));
  // Firefox: a tab that went on from a sensitive page is found in "recently closed" by what it shows now.
  const leftFor = session?.leftFor ?? {};

  // 2. The old front tab (only once the decoy exists, so that its window never closes
  //    for lack of tabs), then every other sensitive tab. Closing twenty tabs at the
  //    same moment as the decoy loads slowed the decoy down fourfold (measured, npm run bench:exit).
  const frontId = plan.front?.id;
  if (plan.front && !plan.closeWindowIds.length && !decoyTab) {
    // The neutral page could not be opened first (no tab was known in front, or the
    // window was to close but is the last one): it is opened now.
    const f = plan.front;
    timings.decoyRequestedAt = Date.now();
    await step('open decoy', () => browser.tabs.create({ windowId: f.windowId, index: f.index, url: decoyUrl, active: true }));
    timings.decoyCreatedAt = Date.now();
  }
  // The neutral page commits before anything else is closed: closing twenty tabs while
  // it loads made it three times slower, in place as in a new tab (npm run bench:exit).
  const decoyCommitted = decoyTab?.id !== undefined ? tabCommitted(decoyTab.id, 'about:blank') : undefined;
  const frontLeft = keptFront?.id !== undefined ? tabCommitted(keptFront.id, keptFront.url) : undefined;
  await (decoyCommitted ?? frontLeft);
  if (keptFront?.id !== undefined) await step('front tab left', () => confirmLeftInPlace(keptFront, decoyUrl));
  const others = plan.closeTabIds.filter((id) => id !== frontId);
  await Promise.all([
    frontId !== undefined && plan.closeTabIds.includes(frontId) ? step('close front tab', () => closeTabs([frontId])) : undefined,
    ...plan.closeWindowIds.map((id) => step('close window', () => browser.windows.remove(id))),
  ]);
  if (others.length) await step('close tabs', () => closeTabs(others));
  timings.tabsClosedAt = Date.now();

  // Sound stops at once, not after the erasing.
  if (settings.exit.muteTabs) {
    const remaining = (await step('list tabs', () => browser.tabs.query({ audible: true }))) ?? [];
    await Promise.all(
      remaining.map((t) => (t.id === undefined ? undefined : step('mute', () => browser.tabs.update(t.id!, { muted: true })))),
    );
  }

  // 3. Erase what they showed: history, back lists and "recently closed" (Chrome
  //    drops a URL from "recently closed" only if it is deleted after its tab closed).
  //    Closing and erasing tab by tab, interleaved, measured slower than this.
  const closedTabs = [...plan.closeTabIds, ...tabs.filter((t) => plan.closeWindowIds.includes(t.windowId ?? -1)).map((t) => t.id)];
  const erasedTabs = keptFront?.id !== undefined ? [...closedTabs, keptFront.id] : closedTabs;
  const showing = closedTabs.flatMap((id) => (id in leftFor ? [leftFor[id]!] : []));
  await step('erase history', () => forgetClosed([...new Set(erasedTabs.flatMap(urlsShownBy))], showing));

  if (isFirefox && plan.front && !plan.frontIsSensitive) {
    // The front tab was closed because the survivor left it; Firefox can drop it from
    // "recently closed" without touching history (Chrome cannot: docs/exit-and-history.md, and the README's Limits).
    await step('forget front tab', () => forgetClosedTabsShowing([plan.front!.url], timings.startedAt - 1_000));
  }
  await step('session', () =>
    updateSession((s) => {
      for (const id of erasedTabs) {
        delete s.trails[id];
        delete s.helpSites[id];
        delete s.helpFirst[id];
        delete s.leftFor[id];
        delete s.ownPages[id];
      }
    }),
  );
  timings.historyErasedAt = Date.now();
  return timings;
}

/** The active tab of the last focused browser window (the popup's own window is no browser window). */
async function focusedActiveTab(): Promise<Browser.tabs.Tab | undefined> {
  const win = await browser.windows.getLastFocused({ windowTypes: ['normal'], populate: true }).catch(() => undefined);
  return win?.tabs?.find((t) => t.active) ?? (await browser.tabs.query({ active: true }))[0];
}

/**
 * Resolves when the tab has committed a page other than `leaving` (tabs.onUpdated
 * reports its new address), or has finished loading, or after `limitMs` at most: a
 * slow neutral page must not hold the rest of the exit back for long.
 */
function tabCommitted(tabId: number, leaving: string | undefined, limitMs = 400): Promise<void> {
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
async function confirmLeftInPlace(tab: Browser.tabs.Tab, decoyUrl: string): Promise<void> {
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
async function closeTabs(ids: number[]): Promise<void> {
  try {
    await browser.tabs.remove(ids);
  } catch {
    const results = await Promise.allSettled(ids.map((id) => browser.tabs.remove(id)));
    if (!results.some((r) => r.status === 'rejected')) return;
    const open = new Set((await browser.tabs.query({})).map((t) => t.id));
    if (ids.some((id) => open.has(id))) throw new Error('some tabs could not be closed');
  }
}

/** Firefox: forgets the tabs closed since `since` (ms) that show one of `urls`; an earlier closed tab on the same page stays. */
async function forgetClosedTabsShowing(urls: string[], since: number): Promise<void> {
  const closed = await browser.sessions.getRecentlyClosed();
  for (const entry of closed) {
    if (entry.tab?.sessionId && entry.tab.url && urls.includes(entry.tab.url) && entry.lastModified >= since) {
      await firefoxSessions().forgetClosedTab(entry.tab.windowId, entry.tab.sessionId);
    }
  }
}
