import { browser, type Browser } from 'wxt/browser';
import { planExit } from '@/lib/exit/plan';
import { exitSensitivity, isPracticePage } from '@/lib/exit/sensitivity';
import { forgetTab } from '@/lib/history/tab-trails';
import { DEFAULT_DECOY_URL, defaultSettings, type Settings } from '@/lib/settings/schema';
import { loadSettings } from '@/lib/platform/settings-store';
import { loadChosenSites, SiteIndex } from '@/lib/platform/chosen-sites';
import { forgetClosed, forgetClosedTabsShowing } from '@/lib/platform/recently-closed';
import { effectiveDecoyUrl, exitReady } from './exit-ready';
import { isExtensionPage } from './history';
import { closeTabs, confirmLeftInPlace, focusedActiveTab, tabCommitted } from './exit-tabs';
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
  const records = session?.tabs ?? {};
  const tabs = (listed ?? []).filter(
    (t): t is Browser.tabs.Tab & { id: number } => typeof t.id === 'number' && t.id !== browser.tabs.TAB_ID_NONE,
  );
  // The tab left in place now shows (or is on its way to) the neutral page: it stays
  // open, and only what it showed before is erased.
  const keptFront = inPlace ? frontTab : undefined;
  const front = tabs.find((t) => t.id === frontTab?.id);
  const sensitivity = exitSensitivity({
    records,
    isChosen: (url) => index.isChosen(url),
    isExtensionPage,
    // The welcome page's practice exit (whatever the trigger) keeps the welcome page;
    // every real exit closes the extension's pages too.
    practice: !!front?.url && isExtensionPage(front.url) && isPracticePage(front.url),
  });
  const plan = planExit({
    tabs: tabs.filter((t) => t.id !== keptFront?.id && t.id !== decoyTab?.id).map(sensitivity.snapshot),
    frontTabId: keptFront ? undefined : front?.id,
    closeFrontWindow: settings.exit.closeWindow,
    isSensitiveUrl: (t) => sensitivity.isSensitiveUrl(t.id, t.url),
    isSensitiveTab: sensitivity.isSensitiveTab,
  });
  // What the kept tab showed: the page that sent the trigger (its URL as the message left it).
  const keptUrl = keptFront?.url && sensitivity.isSensitiveUrl(keptFront.id!, keptFront.url) ? keptFront.url : undefined;
  const urlOf = new Map(tabs.map((t) => [t.id, t.url]));
  const urlsShownBy = (id: number) => sensitivity.urlsShownBy(id, plan, id === keptFront?.id ? keptUrl : undefined, urlOf.get(id));

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
  // Firefox: a tab that went on from a sensitive page is found in "recently closed" by what it shows now.
  const showing = closedTabs.flatMap((id) => records[id]?.leftFor ?? []);
  await step('erase history', () => forgetClosed([...new Set(erasedTabs.flatMap(urlsShownBy))], showing));

  if (isFirefox && plan.front && !plan.frontIsSensitive) {
    // The front tab was closed because the survivor left it; Firefox can drop it from
    // "recently closed" without touching history (Chrome cannot: docs/exit-and-history.md, and the README's Limits).
    await step('forget front tab', () => forgetClosedTabsShowing([plan.front!.url], timings.startedAt - 1_000));
  }
  await step('session', () =>
    updateSession((s) => {
      for (const id of erasedTabs) forgetTab(s, id);
    }),
  );
  timings.historyErasedAt = Date.now();
  return timings;
}
