import type { EraseProgress } from '@/lib/history/erase-progress';
import { readStored, removeStored, STORED, writeStored } from '@/lib/platform/extension-storage';

/**
 * Per site, by site key (lib/lock/site-keys.ts), never by name: when its history was
 * last cleared and how many entries were removed. Never the URLs themselves.
 */

let queue: Promise<unknown> = Promise.resolve();

export function recordErased(siteKey: string, count: number, cleared = false): Promise<void> {
  const run = queue.then(async () => {
    const stats = await readStored(STORED.siteEraseStats);
    const previous = stats[siteKey] ?? { lastClearedAt: 0, removed: 0 };
    stats[siteKey] = { lastClearedAt: cleared || count ? Date.now() : previous.lastClearedAt, removed: previous.removed + count };
    await writeStored(STORED.siteEraseStats, stats);
  });
  queue = run.catch(() => undefined);
  return run;
}

export async function setEraseProgress(progress: EraseProgress | undefined): Promise<void> {
  if (progress) await writeStored(STORED.eraseProgress, progress);
  else await removeStored(STORED.eraseProgress);
}
