import { browser } from 'wxt/browser';
import type { SiteIndex } from '@/lib/lock/site-index';
import { recordErased } from './history-stats';
import { BATCH } from './site-erase';

/**
 * "Check now": finds any remaining entry of any chosen site and removes it. By keys:
 * it needs no PIN and no site name, so it works the same whether the list is locked.
 */
export async function checkHistory(index: SiteIndex): Promise<{ found: number; removed: number }> {
  if (!index.size) return { found: 0, removed: 0 };
  const items = await browser.history.search({ text: '', startTime: 0, maxResults: 1_000_000 });
  const bySite = new Map<string, string[]>();
  for (const item of items) {
    const key = item.url ? index.siteKeyFor(item.url) : undefined;
    if (key) bySite.set(key, [...(bySite.get(key) ?? []), item.url!]);
  }
  let found = 0;
  for (const [key, urls] of bySite) {
    for (let i = 0; i < urls.length; i += BATCH)
      await Promise.all(urls.slice(i, i + BATCH).map((url) => browser.history.deleteUrl({ url })));
    await recordErased(key, urls.length, true);
    found += urls.length;
  }
  return { found, removed: found };
}
