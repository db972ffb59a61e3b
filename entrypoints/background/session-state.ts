import type { TabRecords } from '@/lib/history/tab-trails';
import { readStored, STORED, writeStored } from '@/lib/platform/extension-storage';

/**
 * What the background remembers about open tabs (lib/history/tab-trails.ts: one record
 * per tab), in `storage.session`: kept in memory by the browser, never written to disk,
 * and surviving the MV3 service worker's sleep.
 */
export interface SessionState {
  tabs: TabRecords;
}

let queue: Promise<unknown> = Promise.resolve();

export async function readSession(): Promise<SessionState> {
  const stored = (await readStored(STORED.backgroundSession)) as Partial<SessionState> | undefined;
  // A fresh object each time: a change must never write into a shared default.
  const tabs = stored?.tabs;
  return { tabs: tabs && typeof tabs === 'object' && !Array.isArray(tabs) ? tabs : {} };
}

/** Read-modify-write, serialised so that events arriving together don't undo each other. */
export function updateSession<T = void>(change: (tabs: TabRecords) => T): Promise<T> {
  const run = queue.then(async () => {
    const state = await readSession();
    const result = change(state.tabs);
    await writeStored(STORED.backgroundSession, state);
    return result;
  });
  queue = run.catch(() => undefined);
  return run;
}
