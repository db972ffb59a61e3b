import { firefoxSessions } from './firefox';
import { browser, type Browser } from 'wxt/browser';
import { planExit, type TabSnapshot } from '@/lib/exit/plan';
import { DEFAULT_DECOY_URL, defaultSettings, type Settings } from '@/lib/settings/schema';
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
  /** Settings, the site index, the session and the tabs have been read. */
  readAt?: number;
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

/**
 * Quick exit. The screen has already been hidden by the content script when the
 * trigger was in a page. Every step runs even if an earlier one failed, and a
 * second trigger while one is running waits for it and then runs again (tabs
 * opened in between are handled too).
 */
export function quickExit(frontTab?: Browser.tabs.Tab): Promise<ExitTimings> {
  const receivedAt = Date.now();
  const run = (exitInFlight ?? Promise.resolve()).catch(() => undefined).then(() => runExit(frontTab, receivedAt));
  exitInFlight = run;
  void run.finally(() => {
    if (exitInFlight === run) exitInFlight = undefined;
  });
  return run;
}

async function runExit(senderTab: Browser.tabs.Tab | undefined, receivedAt: number): Promise<ExitTimings> {
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

  // Everything the plan needs, read at once.
  const [loaded, chosen, session, listed, focused] = await Promise.all([
    step('settings', loadSettings),
    step('chosen sites', loadChosenSites),
    step('session', readSession),
    step('list tabs', () => browser.tabs.query({})),
    senderTab ? undefined : step('focused window', () => browser.windows.getLastFocused({ windowTypes: ['normal'] })),
  ]);
  timings.readAt = Date.now();
  const settings: Settings = loaded ?? defaultSettings();
  const index = chosen ?? new SiteIndex('', []);
  // The settings page cannot check a locked list against the neutral page: a neutral
  // page on a chosen site would show that very site, so the default one is used.
  const decoyUrl = index.isChosen(settings.exit.decoyUrl) ? DEFAULT_DECOY_URL : settings.exit.decoyUrl;
  const helpSites = session?.helpSites ?? {};
  const trails = session?.trails ?? {};
  const ownPages = session?.ownPages ?? {};
  // A chosen site anywhere; a help website only in its own help tab.
  const isSensitive = (id: number, url: string) => urlIsChosen(index, url) || helpTabOwns(helpSites[id], url);
  const tabs = (listed ?? []).filter(
    (t): t is Browser.tabs.Tab & { id: number } => typeof t.id === 'number' && t.id !== browser.tabs.TAB_ID_NONE,
  );
  const front =
    senderTab?.id !== undefined
      ? tabs.find((t) => t.id === senderTab.id)
      : (tabs.find((t) => t.active && t.windowId === focused?.id) ?? tabs.find((t) => t.active));

  const snapshot: TabSnapshot[] = tabs.map((t) => ({
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
    frontTabId: front?.id,
    closeFrontWindow: settings.exit.closeWindow,
    isSensitiveUrl: (t) => isSensitive(t.id, t.url),
    // The extension's own pages go too: the settings page shows the list of sites.
    isSensitiveTab: (t) =>
      t.id in helpSites ||
      isSensitive(t.id, t.url) ||
      (trails[t.id]?.length ?? 0) > 0 ||
      (!practice && isOwnPage(t.url) && OWN_PAGE.test(t.url)),
  });
  const urlsShownBy = (id: number) =>
    [...(trails[id] ?? []), ...(ownPages[id] ?? []), ...(plan.eraseUrls.has(id) ? [plan.eraseUrls.get(id)!] : [])].filter(
      (u) => u.startsWith('http') || isOwnPage(u),
    );
  // Firefox: a tab that went on from a sensitive page is found in "recently closed" by what it shows now.
  const leftFor = session?.leftFor ?? {};

  // 1. The decoy first: it is what the survivor sees next. Then the old front tab
  //    (only once the decoy exists, so that its window never closes for lack of tabs),
  //    then every other sensitive tab. Closing twenty tabs at the same moment as the
  //    decoy loads slowed the decoy down fourfold (measured, npm run bench:exit).
  const frontId = plan.front?.id;
  if (plan.front && !plan.closeWindowIds.length) {
    const f = plan.front;
    timings.decoyRequestedAt = Date.now();
    await step('open decoy', () => browser.tabs.create({ windowId: f.windowId, index: f.index, url: decoyUrl, active: true }));
    timings.decoyCreatedAt = Date.now();
  }
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

  // 2. Erase what they showed: history, back lists and "recently closed" (Chrome
  //    drops a URL from "recently closed" only if it is deleted after its tab closed).
  //    Closing and erasing tab by tab, interleaved, measured slower than this.
  const closedTabs = [...plan.closeTabIds, ...tabs.filter((t) => plan.closeWindowIds.includes(t.windowId ?? -1)).map((t) => t.id)];
  const showing = closedTabs.flatMap((id) => (id in leftFor ? [leftFor[id]!] : []));
  await step('erase history', () => forgetClosed([...new Set(closedTabs.flatMap(urlsShownBy))], showing));

  if (isFirefox && plan.front && !plan.frontIsSensitive) {
    // The front tab was closed because the survivor left it; Firefox can drop it from
    // "recently closed" without touching history (Chrome cannot: docs/exit-and-history.md, and the README's Limits).
    await step('forget front tab', () => forgetClosedTabsShowing([plan.front!.url], timings.startedAt - 1_000));
  }
  await step('session', () =>
    updateSession((s) => {
      for (const id of closedTabs) {
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
