import { browser } from 'wxt/browser';
import type { Settings } from '@/lib/settings/schema';
import { findSiteForUrl, hostOfUrl, siteMatchesHost } from '@/lib/sites';
import { isSearchForSites } from '@/lib/history/search-pages';
import { forgetClosedOfSite } from '@/lib/platform/recently-closed';
import { recordErased, setEraseProgress } from './history-stats';

/**
 * "Hide my visits to this site", for the visits made before the site was chosen: every
 * history entry of the site goes, and, if the survivor asked, its cookies and storage
 * and its entries in the downloads list. Nothing of any other site is touched.
 */

const isFirefox = import.meta.env.FIREFOX;

/** History entries are deleted this many at a time, so that a large history does not freeze the browser. */
export const BATCH = 50;

/**
 * Removes every earlier visit to a site (and search pages naming it), in batches so
 * that a large history does not freeze the browser; progress goes to storage.session
 * for the page that asked.
 */
export async function eraseSiteHistory(site: string, settings: Settings, key: string): Promise<number> {
  const urls = await findSiteUrls(site);
  await setEraseProgress({ site, done: 0, total: urls.length });
  let done = 0;
  for (let i = 0; i < urls.length; i += BATCH) {
    await Promise.all(urls.slice(i, i + BATCH).map((url) => browser.history.deleteUrl({ url })));
    done = Math.min(urls.length, i + BATCH);
    await setEraseProgress({ site, done, total: urls.length });
  }
  await recordErased(key, urls.length, true);
  await setEraseProgress(undefined);
  // Firefox keeps closed tabs of the site in "recently closed" when their URLs go.
  await forgetClosedOfSite(site).catch(() => undefined);
  if (settings.history.removeSiteData) await removeSiteData(site, urls);
  if (settings.history.removeDownloads) await removeSiteDownloads(site);
  return urls.length;
}

/** History URLs of one site (subdomains included) and of search pages that name it. */
export async function findSiteUrls(site: string): Promise<string[]> {
  // An empty text query returns every page; filtering here (rather than trusting the
  // browser's word matching) is what keeps look-alike hosts out and subdomains in.
  const items = await browser.history.search({ text: '', startTime: 0, maxResults: 1_000_000 });
  return items
    .map((item) => item.url)
    .filter((url): url is string => !!url && (!!findSiteForUrl([site], url) || isSearchForSites(url, [site])));
}

/** Cookies and site storage of a site. Chrome takes origins, Firefox host names. */
async function removeSiteData(site: string, urls: readonly string[]): Promise<void> {
  const hosts = new Set([site, `www.${site}`]);
  for (const url of urls) {
    const host = hostOfUrl(url);
    if (host && siteMatchesHost(site, host)) hosts.add(host);
  }
  try {
    if (isFirefox) {
      await browser.browsingData.remove({ hostnames: [...hosts] } as Parameters<typeof browser.browsingData.remove>[0], {
        cookies: true,
        indexedDB: true,
        localStorage: true,
        serviceWorkers: true,
      });
    } else {
      const origins = [...hosts].flatMap((h) => [`https://${h}`, `http://${h}`]);
      await browser.browsingData.remove(
        { origins } as Parameters<typeof browser.browsingData.remove>[0],
        {
          cookies: true,
          cacheStorage: true,
          indexedDB: true,
          localStorage: true,
          serviceWorkers: true,
          cache: true,
          fileSystems: true,
        } as Parameters<typeof browser.browsingData.remove>[1],
      );
    }
  } catch (error) {
    console.warn('Removing site data failed:', (error as Error).name);
  }
}

/** Entries in the downloads list that came from the site (the files themselves stay). */
async function removeSiteDownloads(site: string): Promise<void> {
  const items = await browser.downloads.search({});
  for (const item of items) {
    const from = [item.url, item.finalUrl, item.referrer].filter(Boolean) as string[];
    if (from.some((url) => findSiteForUrl([site], url))) await browser.downloads.erase({ id: item.id });
  }
}
