import { browser } from 'wxt/browser';

/**
 * What the background remembers about open tabs, in `storage.session`: kept in memory
 * by the browser (never written to disk) and surviving the MV3 service worker's sleep.
 * - trails: per tab, the sensitive URLs it has shown (to scrub its back list and
 *   "recently closed" once it leaves them or is closed);
 * - helpTabs: tabs opened from the help list, treated as sensitive;
 * - helpUrls: URLs seen in those tabs, erased when their visit is recorded;
 * - ownPages: per tab, the extension's own pages it has shown (options, welcome), so
 *   that closing it leaves no "recently closed" entry that names the extension.
 */
interface SessionState {
  trails: Record<string, string[]>;
  helpTabs: number[];
  helpUrls: string[];
  ownPages: Record<string, string[]>;
}

const EMPTY: SessionState = { trails: {}, helpTabs: [], helpUrls: [], ownPages: {} };
const KEY = 'backgroundSession';
const MAX_TRAIL = 200;

let queue: Promise<unknown> = Promise.resolve();

export async function readSession(): Promise<SessionState> {
  const stored = (await browser.storage.session.get(KEY))[KEY] as Partial<SessionState> | undefined;
  return { ...EMPTY, ...stored };
}

/** Read-modify-write, serialised so that events arriving together don't undo each other. */
export function updateSession(change: (state: SessionState) => void): Promise<SessionState> {
  const run = queue.then(async () => {
    const state = await readSession();
    change(state);
    await browser.storage.session.set({ [KEY]: state });
    return state;
  });
  queue = run.catch(() => undefined);
  return run;
}

export function addToTrail(state: SessionState, tabId: number, url: string): void {
  const trail = (state.trails[tabId] ??= []);
  if (!trail.includes(url)) trail.push(url);
  if (trail.length > MAX_TRAIL) trail.splice(0, trail.length - MAX_TRAIL);
}
