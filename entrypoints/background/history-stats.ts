import { browser } from 'wxt/browser';
import type { SiteEraseStats } from '@/lib/lock/stats';

/**
 * Per site, by site key (lib/lock/site-keys.ts), never by name: when its history was
 * last cleared and how many entries were removed. Never the URLs themselves.
 */
export type { SiteEraseStats };

export interface EraseProgress {
  site: string;
  done: number;
  total: number;
}

const STATS_KEY = 'siteEraseStats';
const PROGRESS_KEY = 'eraseProgress';

let queue: Promise<unknown> = Promise.resolve();

export function recordErased(siteKey: string, count: number, cleared = false): Promise<void> {
  const run = queue.then(async () => {
    const stats = ((await browser.storage.local.get(STATS_KEY))[STATS_KEY] ?? {}) as Record<string, SiteEraseStats>;
    const previous = stats[siteKey] ?? { lastClearedAt: 0, removed: 0 };
    stats[siteKey] = { lastClearedAt: cleared || count ? Date.now() : previous.lastClearedAt, removed: previous.removed + count };
    await browser.storage.local.set({ [STATS_KEY]: stats });
  });
  queue = run.catch(() => undefined);
  return run;
}

export async function setEraseProgress(progress: EraseProgress | undefined): Promise<void> {
  if (progress) await browser.storage.session.set({ [PROGRESS_KEY]: progress });
  else await browser.storage.session.remove(PROGRESS_KEY);
}
