import type { Page, Worker } from '@playwright/test';
import { expect, expectNoneRecentlyClosed, historyUrls, recentlyClosedUrls, setSettings, storedWithSites, test } from './fixtures';

/**
 * History clearing for chosen sites, in real Chromium: what the browser's history,
 * back lists, "recently closed", cookies and downloads hold afterwards.
 */

const isHotline = (url: string) => /\/\/([a-z0-9.-]*\.)?hotline\.example[:/]/.test(url);

async function visitCounts(worker: Worker): Promise<Record<string, number>> {
  return worker.evaluate(async () =>
    Object.fromEntries(
      (await chrome.history.search({ text: '', startTime: 0, maxResults: 100000 })).map((i) => [i.url!, i.visitCount ?? 0]),
    ),
  );
}

/** Fills the real history: `perSite` entries on each of many sites, look-alikes included, some visited several times. */
async function fillHistory(worker: Worker, port: number, perSite: number): Promise<void> {
  await worker.evaluate(
    async ({ port, perSite }) => {
      const hosts = [
        'hotline.example',
        'chat.hotline.example',
        'www.hotline.example',
        'hotline.example.evil',
        'nothotline.example',
        'example.com',
        'news.example',
        'mail.example',
        'shop.example',
        'recipes.example',
      ];
      const urls: string[] = [];
      for (const host of hosts) for (let i = 0; i < perSite; i++) urls.push(`http://${host}:${port}/p/${i}`);
      urls.push(`http://example.com:${port}/hotline.example`, `http://www.google.com:${port}/search?q=hotline.example+chat`);
      urls.push(`http://www.google.com:${port}/search?q=weather`);
      for (let i = 0; i < urls.length; i += 200) await Promise.all(urls.slice(i, i + 200).map((url) => chrome.history.addUrl({ url })));
      // Some pages visited more than once: their counts must survive.
      for (const url of urls.filter((_, i) => i % 7 === 0)) await chrome.history.addUrl({ url });
    },
    { port, perSite },
  );
}

test('adding a site removes exactly its earlier visits, subdomains and search pages, and nothing else', async ({
  serviceWorker,
  server,
  context,
  openPopup,
}) => {
  await fillHistory(serviceWorker, server.port, 300);
  const before = await visitCounts(serviceWorker);
  expect(Object.keys(before).length).toBeGreaterThan(3000);

  // One click in the popup, on a tab of the site.
  const tab = await context.newPage();
  await tab.goto(server.url('hotline.example', '/today'));
  const popup = await openPopup();
  await popup.getByRole('checkbox', { name: 'Hide my visits to this site' }).check();
  // 900 pages of the site's three hosts, one search page, and the page open in the tab.
  await expect(popup.getByRole('status')).toContainText('Earlier visits removed: 902.');

  const after = await visitCounts(serviceWorker);
  const expectedGone = Object.keys(before).filter(
    (url) => /\/\/([a-z.]*\.)?hotline\.example:/.test(url) || url.includes('search?q=hotline.example'),
  );
  expect(expectedGone.length).toBe(3 * 300 + 1); // three hosts of the site, one search page
  for (const url of expectedGone) expect(after[url], url).toBeUndefined();
  // Every other entry is still there, with its visit count.
  const kept = Object.entries(before).filter(([url]) => !expectedGone.includes(url));
  expect(kept.length).toBeGreaterThan(2000);
  for (const [url, count] of kept) expect(after[url], url).toBe(count);
});

test('visits to a chosen site are removed as they happen: redirects, subdomains, in-page navigation, searches', async ({
  serviceWorker,
  server,
  context,
}) => {
  await setSettings(serviceWorker, (s) => {
    s.sites = ['hotline.example'];
  });
  const page = await context.newPage();
  await page.goto(server.url('news.example', '/before'));
  const lengthBefore = await page.evaluate(() => history.length);
  await page.goto(server.url('news.example', `/redirect?to=${encodeURIComponent(server.url('hotline.example', '/landing'))}`));
  await page.goto(server.url('chat.hotline.example', '/room'));
  await page.evaluate(() => history.pushState({}, '', '/room/2'));
  await page.evaluate(() => (location.hash = 'section'));
  await page.goto(server.url('www.google.com', '/search?q=hotline.example'));
  await page.goto(server.url('news.example', '/after'));
  await expect.poll(async () => (await historyUrls(serviceWorker)).filter((u) => isHotline(u) || u.includes('q=hotline'))).toEqual([]);
  const urls = await historyUrls(serviceWorker);
  expect(urls).toEqual(expect.arrayContaining([server.url('news.example', '/before'), server.url('news.example', '/after')]));

  // Leaving the site scrubs the tab's back list: one step back is the page before it.
  await expectBackListScrubbed(page, lengthBefore, server.url('news.example', '/before'));
});

/**
 * The tab's back list holds only what it held before the chosen site, and the page
 * now: the browser shortens it as it drops the sensitive entries, then one step back
 * is the page before, and no step back reaches the site.
 */
async function expectBackListScrubbed(page: Page, lengthBefore: number, before: string): Promise<void> {
  await expect.poll(() => page.evaluate(() => history.length)).toBe(lengthBefore + 1);
  await page.goBack();
  expect(page.url()).toBe(before);
  for (let i = 1; i < lengthBefore; i++) {
    await page.goBack();
    expect(isHotline(page.url())).toBe(false);
  }
}

test('"Hide my visits" chosen on the site itself: the page on screen goes from the back list and from "recently closed" too', async ({
  serviceWorker,
  server,
  context,
  openPopup,
}) => {
  const page = await context.newPage();
  await page.goto(server.url('news.example', '/before'));
  const lengthBefore = await page.evaluate(() => history.length);
  await page.goto(server.url('hotline.example', '/chat'));
  const popup = await openPopup();
  await popup.getByRole('checkbox', { name: 'Hide my visits to this site' }).check();
  await expect(popup.getByRole('status')).toContainText('Earlier visits removed: 1.');
  await popup.close();
  await page.goto(server.url('news.example', '/after'));
  await expect.poll(async () => (await historyUrls(serviceWorker)).filter(isHotline)).toEqual([]);
  await expectBackListScrubbed(page, lengthBefore, server.url('news.example', '/before'));
  // Back on the site, then the tab is closed by hand.
  await page.goto(server.url('hotline.example', '/chat'));
  await page.close();
  await expectNoneRecentlyClosed(serviceWorker, isHotline);
  expect((await historyUrls(serviceWorker)).filter(isHotline)).toEqual([]);
});

test('closing a chosen site’s tab by hand leaves nothing in "recently closed"', async ({ serviceWorker, server, context }) => {
  await setSettings(serviceWorker, (s) => {
    s.sites = ['hotline.example'];
  });
  const keep = await context.newPage();
  await keep.goto(server.url('news.example', '/kept'));
  const page = await context.newPage();
  await page.goto(server.url('hotline.example', '/a'));
  await page.goto(server.url('hotline.example', '/b'));
  await page.close();
  await keep.close();
  await expect.poll(async () => (await recentlyClosedUrls(serviceWorker)).filter(isHotline)).toEqual([]);
  expect(await recentlyClosedUrls(serviceWorker)).toContain(server.url('news.example', '/kept'));
});

test('undo: after "hide my visits" is turned off, new visits stay in history', async ({ serviceWorker, server, context, openPopup }) => {
  const tab = await context.newPage();
  await tab.goto(server.url('hotline.example', '/one'));
  let popup = await openPopup();
  const hide = () => popup.getByRole('checkbox', { name: 'Hide my visits to this site' });
  await hide().check();
  await expect(popup.getByRole('status')).toContainText('Earlier visits removed');
  await popup.close();
  popup = await openPopup();
  await expect(hide()).toBeChecked();
  await hide().uncheck();
  await expect(popup.getByRole('status')).toContainText('kept in history again');
  await tab.goto(server.url('hotline.example', '/two'));
  await expect.poll(() => historyUrls(serviceWorker)).toContain(server.url('hotline.example', '/two'));
  const settings = (await storedWithSites(serviceWorker)).settings as { sites: string[] };
  expect(settings.sites).toEqual([]);
});

test('optional: cookies and downloads of a site are removed too, others kept', async ({ serviceWorker, server, context }) => {
  await setSettings(serviceWorker, (s) => {
    s.history.removeSiteData = true;
    s.history.removeDownloads = true;
  });
  const page = await context.newPage();
  await page.goto(server.url('hotline.example', '/cookie?name=secret'));
  await page.goto(server.url('news.example', '/cookie?name=ordinary'));
  await downloadFrom(page, server.url('hotline.example', '/download/plan.txt'));
  await downloadFrom(page, server.url('news.example', '/download/menu.txt'));
  const names = async () => (await context.cookies()).map((c) => `${c.domain}:${c.name}`).sort();
  expect(await names()).toEqual(['hotline.example:secret', 'news.example:ordinary']);

  const summary = await sendFromExtensionPage(context, serviceWorker, { type: 'erase-site-history', site: 'hotline.example' });
  expect(summary).toMatchObject({ site: 'hotline.example' });
  await expect.poll(names).toEqual(['news.example:ordinary']);
  const downloads = await serviceWorker.evaluate(async () => (await chrome.downloads.search({})).map((d) => d.url));
  expect(downloads.filter(isHotline)).toEqual([]);
  expect(downloads).toContain(server.url('news.example', '/download/menu.txt'));
});

test('a help website opened from the popup leaves no history and no "recently closed" entry', async ({
  serviceWorker,
  server,
  context,
}) => {
  // The listed address redirects, as many sites do (to a language, or to https).
  const url = server.url('support.example', '/peer-forum');
  const listed = server.url('support.example', `/redirect?to=${encodeURIComponent(url)}`);
  await sendFromExtensionPage(context, serviceWorker, { type: 'open-help-site', url: listed });
  // The tab is found and driven through the browser's own tab API.
  const loadedTab = (wanted: string) =>
    serviceWorker.evaluate(async (w) => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((t) => t.url === w && t.status === 'complete')?.id ?? null;
    }, wanted);
  await expect.poll(() => loadedTab(url)).not.toBeNull();
  const tabId = (await loadedTab(url))!;
  const topic = server.url('support.example', '/peer-forum/topic');
  await serviceWorker.evaluate(([id, to]) => chrome.tabs.update(id, { url: to }), [tabId, topic] as const);
  await expect.poll(() => loadedTab(topic)).toBe(tabId);
  await serviceWorker.evaluate((id) => chrome.tabs.remove(id), tabId);
  await expect.poll(async () => (await historyUrls(serviceWorker)).filter((u) => u.includes('support.example'))).toEqual([]);
  await expectNoneRecentlyClosed(serviceWorker, (u) => u.includes('support.example'));
});

test('a help tab that goes on to another site: the help website leaves no trace, the other site’s page stays in history', async ({
  serviceWorker,
  server,
  context,
}) => {
  const article = server.url('news.example', '/article');
  // Visited before in an ordinary tab: this history must not be touched.
  const ordinary = await context.newPage();
  await ordinary.goto(article);
  const url = server.url('support.example', '/peer-forum');
  await sendFromExtensionPage(context, serviceWorker, { type: 'open-help-site', url });
  const loadedTab = (wanted: string) =>
    serviceWorker.evaluate(
      async (w) => (await chrome.tabs.query({})).find((t) => t.url === w && t.status === 'complete')?.id ?? null,
      wanted,
    );
  await expect.poll(() => loadedTab(url)).not.toBeNull();
  const tabId = (await loadedTab(url))!;
  await serviceWorker.evaluate(([id, to]) => chrome.tabs.update(id, { url: to }), [tabId, article] as const);
  await expect
    .poll(() => serviceWorker.evaluate(async (id) => ((t) => `${t.url} ${t.status}`)(await chrome.tabs.get(id)), tabId))
    .toBe(`${article} complete`);
  await expect.poll(async () => (await historyUrls(serviceWorker)).filter((u) => u.includes('support.example'))).toEqual([]);
  await serviceWorker.evaluate((id) => chrome.tabs.remove(id), tabId);
  await expectNoneRecentlyClosed(serviceWorker, (u) => u.includes('support.example'));
  // Both visits to the article are kept.
  expect((await visitCounts(serviceWorker))[article]).toBe(2);
});

async function downloadFrom(page: Page, url: string): Promise<void> {
  const download = page.waitForEvent('download');
  await page.evaluate((href) => {
    const a = document.createElement('a');
    a.href = href;
    a.download = '';
    document.body.append(a);
    a.click();
  }, url);
  await (await download).path();
}

/** Sends a message from an extension page, exactly as the popup and options page do. */
async function sendFromExtensionPage(
  context: import('@playwright/test').BrowserContext,
  worker: Worker,
  message: unknown,
): Promise<unknown> {
  const id = new URL(worker.url()).host;
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/options.html`);
  const answer = await page.evaluate((m) => chrome.runtime.sendMessage(m), message);
  await page.close();
  return answer;
}

test('a help website is hidden in its own tab: its main pages count as the same website; the same website in another tab is an ordinary visit', async ({
  serviceWorker,
  server,
  context,
}) => {
  const listed = server.url('forum.support.example', '/peer');
  const about = server.url('support.example', '/about');
  const contact = server.url('support.example', '/contact');
  await sendFromExtensionPage(context, serviceWorker, { type: 'open-help-site', url: listed });
  const tabShows = (id: number) => serviceWorker.evaluate(async (i) => ((t) => `${t.url} ${t.status}`)(await chrome.tabs.get(i)), id);
  const helpTab = () =>
    serviceWorker.evaluate(
      async (w) => (await chrome.tabs.query({})).find((t) => t.url === w && t.status === 'complete')?.id ?? null,
      listed,
    );
  await expect.poll(helpTab).not.toBeNull();
  const tabId = (await helpTab())!;
  // From the forum to the organisation's main pages, in the help tab.
  await serviceWorker.evaluate(([id, to]) => chrome.tabs.update(id, { url: to }), [tabId, about] as const);
  await expect.poll(() => tabShows(tabId)).toBe(`${about} complete`);
  // The same website, opened in an ordinary tab.
  const other = await context.newPage();
  await other.goto(contact);
  await expect.poll(() => historyUrls(serviceWorker)).toContain(contact);
  await expect.poll(async () => (await historyUrls(serviceWorker)).filter((u) => u === listed || u === about)).toEqual([]);
  await serviceWorker.evaluate((id) => chrome.tabs.remove(id), tabId);
  await expectNoneRecentlyClosed(serviceWorker, (u) => u === listed || u === about);
  // Settled: the ordinary visit is still there.
  expect(await historyUrls(serviceWorker)).toContain(contact);
});
