import { expect, test } from '../support/firefox';

/**
 * History clearing for chosen sites, in real Firefox: what its history and
 * "recently closed" hold afterwards, and that every other entry keeps its visits.
 */

test.describe.configure({ mode: 'parallel' });

const isHotline = (url: string) => /\/\/([a-z0-9.-]*\.)?hotline\.example[:/]/.test(url);
const isSupport = (u: string) => u.includes('support.example');
const namesHotline = (url: string) => isHotline(url) || url.includes('q=hotline');

test('visits to a chosen site are removed as they happen; other visits stay, with their counts', async ({
  firefox,
  server,
  setSettings,
  historyVisitCounts,
}) => {
  await setSettings((s) => {
    s.sites = ['hotline.example'];
  });
  // The tab stays on the site: only the live removal can erase these visits (leaving
  // the site would scrub the tab's trail another way).
  const page = await firefox.newPage();
  await page.goto(server.url('news.example', '/before'));
  await page.goto(server.url('news.example', `/redirect?to=${encodeURIComponent(server.url('hotline.example', '/landing'))}`));
  await page.goto(server.url('chat.hotline.example', '/room'));
  await page.evaluate(() => history.pushState({}, '', '/room/2'));
  await page.evaluate(() => (location.hash = 'section'));
  const other = await firefox.newPage();
  await other.goto(server.url('www.google.com', '/search?q=hotline.example'));
  await other.goto(server.url('nothotline.example', '/look-alike'));
  await other.goto(server.url('news.example', '/before'));
  await other.goto(server.url('news.example', '/after'));

  // Firefox records visits in order: once the last page is in history, every earlier
  // visit has been recorded too, and the chosen site's must have gone again.
  await expect
    .poll(async () => {
      const counts = await historyVisitCounts();
      return { last: counts[server.url('news.example', '/after')], site: Object.keys(counts).filter(namesHotline) };
    })
    .toEqual({ last: 1, site: [] });
  const counts = await historyVisitCounts();
  expect(counts[server.url('news.example', '/before')]).toBe(2);
  expect(counts[server.url('nothotline.example', '/look-alike')]).toBe(1);
});

test('adding a site removes exactly its earlier visits, subdomains and search pages, and nothing else', async ({
  firefox,
  server,
  extension,
  setSettings,
  historyVisitCounts,
}) => {
  // Real visits, then many more entries added straight to history.
  const page = await firefox.newPage();
  await page.goto(server.url('hotline.example', '/visited'));
  await page.goto(server.url('news.example', '/visited'));
  await page.goto(server.url('news.example', '/visited'));
  const perSite = 60;
  await extension(
    async (b, { port, count }) => {
      const hosts = [
        'hotline.example',
        'chat.hotline.example',
        'www.hotline.example',
        'hotline.example.evil',
        'nothotline.example',
        'example.com',
        'mail.example',
      ];
      const urls: string[] = [];
      for (const host of hosts) for (let i = 0; i < count; i++) urls.push(`http://${host}:${port}/p/${i}`);
      urls.push(`http://example.com:${port}/hotline.example`, `http://www.google.com:${port}/search?q=hotline.example+chat`);
      urls.push(`http://www.google.com:${port}/search?q=weather`);
      await Promise.all(urls.map((url) => b.history.addUrl({ url })));
      // Some pages visited more than once: their counts must survive.
      await Promise.all(urls.filter((_, i) => i % 7 === 0).map((url) => b.history.addUrl({ url })));
    },
    { port: server.port, count: perSite },
  );
  await expect.poll(async () => Object.keys(await historyVisitCounts()).length).toBe(7 * perSite + 3 + 2);
  const before = await historyVisitCounts();
  expect(before[server.url('news.example', '/visited')]).toBe(2);

  // What the popup does: the site joins the chosen sites, then its earlier visits go.
  await setSettings((s) => {
    s.sites = ['hotline.example'];
  });
  const summary = await extension((b) => b.runtime.sendMessage({ type: 'erase-site-history', site: 'hotline.example' }));
  const expectedGone = Object.keys(before).filter(
    (url) => /\/\/([a-z.]*\.)?hotline\.example:/.test(url) || url.includes('search?q=hotline.example'),
  );
  expect(expectedGone.length).toBe(3 * perSite + 2); // three hosts of the site, the real visit, one search page
  expect(summary).toMatchObject({ site: 'hotline.example', removed: expectedGone.length });

  const after = await historyVisitCounts();
  for (const url of expectedGone) expect(after[url], url).toBeUndefined();
  // Every other entry is still there, with its visit count.
  const kept = Object.entries(before).filter(([url]) => !expectedGone.includes(url));
  expect(kept.length).toBe(4 * perSite + 3);
  for (const [url, count] of kept) expect(after[url], url).toBe(count);
});

test('closing a chosen site’s tab by hand leaves nothing in "recently closed"', async ({
  firefox,
  server,
  setSettings,
  recentlyClosedUrls,
}) => {
  await setSettings((s) => {
    s.sites = ['hotline.example'];
  });
  const keep = await firefox.newPage();
  await keep.goto(server.url('news.example', '/kept'));
  const page = await firefox.newPage();
  await page.goto(server.url('hotline.example', '/a'));
  await page.goto(server.url('hotline.example', '/b'));
  await page.close();
  await keep.close();
  // Both tabs were closed before this point, so both were recorded: the site's is forgotten.
  await expect.poll(async () => (await recentlyClosedUrls()).filter(isHotline)).toEqual([]);
  expect(await recentlyClosedUrls()).toContain(server.url('news.example', '/kept'));
});

// Known gap in Firefox: its history.deleteUrl leaves a tab's back/forward list alone
// (Chrome's scrubs it), and the background has no other way to remove the entries
// (entrypoints/background/history.ts, onTabUrlChanged → eraseUrlEverywhere). This
// test states the promise; it is marked as failing until the background handles it,
// and Playwright will report it as soon as it starts to pass.
test('leaving a chosen site in a tab leaves no way back to it', async ({ firefox, server, setSettings, historyUrls }) => {
  test.fail(true, 'Firefox keeps the back list when a URL is deleted from history; see docs/testing-firefox.md');
  await setSettings((s) => {
    s.sites = ['hotline.example'];
  });
  const page = await firefox.newPage();
  await page.goto(server.url('news.example', '/before'));
  await page.goto(server.url('hotline.example', '/a'));
  await page.goto(server.url('news.example', '/after'));
  await expect.poll(historyUrls).toContain(server.url('news.example', '/after'));
  await page.goBack({ timeout: 5_000 }).catch(() => undefined);
  expect(isHotline(await page.evaluate(() => location.href))).toBe(false);
});

test('a help website opened from the popup leaves no history and no "recently closed" entry', async ({
  server,
  extension,
  historyUrls,
  recentlyClosedUrls,
}) => {
  // The listed address redirects, as many sites do (to a language, or to https).
  const url = server.url('support.example', '/peer-forum');
  const listed = server.url('support.example', `/redirect?to=${encodeURIComponent(url)}`);
  const answer = await extension((b, u) => b.runtime.sendMessage({ type: 'open-help-site', url: u }), listed);
  expect(answer).toEqual({ ok: true });
  const loadedTab = (wanted: string) =>
    extension(async (b, w) => (await b.tabs.query({})).find((t) => t.url === w && t.status === 'complete')?.id ?? null, wanted);
  await expect.poll(() => loadedTab(url)).not.toBeNull();
  const tabId = (await loadedTab(url))!;
  const topic = server.url('support.example', '/peer-forum/topic');
  await extension((b, [id, to]) => b.tabs.update(id, { url: to }), [tabId, topic] as const);
  await expect.poll(() => loadedTab(topic)).toBe(tabId);
  await extension((b, id) => b.tabs.remove(id), tabId);
  await expect.poll(async () => (await historyUrls()).filter(isSupport)).toEqual([]);
  await expect.poll(async () => (await recentlyClosedUrls()).filter(isSupport)).toEqual([]);
});

test('a tab that went on from a chosen site and is closed by hand cannot be reopened with the site in its back list', async ({
  firefox,
  server,
  extension,
  setSettings,
  historyUrls,
}) => {
  await setSettings((s) => {
    s.sites = ['hotline.example'];
  });
  const after = server.url('news.example', '/after');
  const closedOn = (url: string) =>
    extension(async (b, u) => (await b.sessions.getRecentlyClosed()).flatMap((s) => (s.tab?.url === u ? [s.tab.sessionId!] : [])), url);
  // Another tab on the same ordinary page, closed earlier: its "recently closed" entry stays.
  const earlier = await firefox.newPage();
  await earlier.goto(after);
  await earlier.close();
  await expect.poll(() => closedOn(after)).toHaveLength(1);
  const [earlierEntry] = await closedOn(after);
  await new Promise((done) => setTimeout(done, 2_500));

  const page = await firefox.newPage();
  await page.goto(server.url('news.example', '/before'));
  await page.goto(server.url('hotline.example', '/a'));
  await page.goto(after);
  await expect.poll(historyUrls).toContain(after);
  await page.close();
  // Firefox would reopen this tab with its back list, the chosen site in it: it is
  // forgotten, and the earlier tab's entry is the one left (checked again once settled).
  await expect.poll(() => closedOn(after)).toEqual([earlierEntry]);
  await new Promise((done) => setTimeout(done, 2_500));
  expect(await closedOn(after)).toEqual([earlierEntry]);
  // The ordinary pages stay in history.
  expect(await historyUrls()).toEqual(expect.arrayContaining([server.url('news.example', '/before'), after]));
  expect((await historyUrls()).filter(isHotline)).toEqual([]);
});
