import { readStored, STORED, writeStored } from '@/lib/platform/extension-storage';

/**
 * What the background remembers about open tabs, in `storage.session`: kept in memory
 * by the browser (never written to disk) and surviving the MV3 service worker's sleep.
 * - trails: per tab, the sensitive URLs it has shown (to scrub its back list and
 *   "recently closed" once it leaves them or is closed);
 * - helpSites: per tab opened from the help list, the sites (host names without
 *   "www.") of its help website; its pages there are treated as sensitive, and the
 *   tab becomes an ordinary one when it goes on to another site;
 * - helpFirst: per help tab not yet past its first page, the address it was opened
 *   with (it may redirect to another site, which then belongs to the help website);
 * - leftFor (Firefox): per tab that went on from a sensitive page, the URL it shows
 *   now. Firefox keeps such a tab's back list (deleting a URL does not scrub it), so
 *   the tab keeps its trail: the quick exit closes it, and once closed it is found in
 *   "recently closed" by the URL it showed;
 * - ownPages: per tab, the extension's own pages it has shown (options, welcome), so
 *   that closing it leaves no "recently closed" entry that names the extension.
 */
export interface SessionState {
  trails: Record<string, string[]>;
  helpSites: Record<string, string[]>;
  helpFirst: Record<string, string>;
  leftFor: Record<string, string>;
  ownPages: Record<string, string[]>;
}

const empty = (): SessionState => ({ trails: {}, helpSites: {}, helpFirst: {}, leftFor: {}, ownPages: {} });
const MAX_TRAIL = 200;

let queue: Promise<unknown> = Promise.resolve();

export async function readSession(): Promise<SessionState> {
  const stored = (await readStored(STORED.backgroundSession)) as Partial<SessionState> | undefined;
  // A fresh empty state each time: a change must never write into a shared default.
  const state = { ...empty(), ...stored };
  // Written by an older version (helpTabs, helpUrls): those fields are no longer read.
  return {
    trails: state.trails,
    helpSites: state.helpSites,
    helpFirst: state.helpFirst,
    leftFor: state.leftFor,
    ownPages: state.ownPages,
  };
}

/** Read-modify-write, serialised so that events arriving together don't undo each other. */
export function updateSession(change: (state: SessionState) => void): Promise<SessionState> {
  const run = queue.then(async () => {
    const state = await readSession();
    change(state);
    await writeStored(STORED.backgroundSession, state);
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
