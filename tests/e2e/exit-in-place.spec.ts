import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, historyUrls, recentlyClosedUrls, setSettings, test } from './fixtures';
import type { TestServer } from '../support/server';

/**
 * The in-page exit in a tab whose back list holds the chosen page alone (a link opened
 * in a new tab): the page replaces itself with the neutral page in the trigger's own
 * key event, and the background keeps the tab. Checked in the browser itself: the
 * same tab shows the neutral page with nothing to go back to, history holds no visit
 * of the chosen site, "recently closed" holds none, the other chosen-site tabs are
 * gone and the ordinary tab is as it was.
 */

const isHotline = (url: string) => /\/\/([a-z.]*\.)?hotline\.example[:/]/.test(url);

interface Scene {
  front: Page;
  news: Page;
  decoyUrl: string;
}

async function openUrls(worker: Worker): Promise<string[]> {
  return worker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.url || t.pendingUrl || ''));
}

async function setScene(context: BrowserContext, worker: Worker, server: TestServer): Promise<Scene> {
  const decoyUrl = server.url('weather.example', '/forecast');
  await setSettings(worker, (s) => {
    s.sites = ['hotline.example'];
    s.exit.decoyUrl = decoyUrl;
  });
  const news = await context.newPage();
  await news.goto(server.url('news.example', '/today'));
  await news.goto(server.url('news.example', '/sport'));
  await worker.evaluate(
    (urls) => chrome.windows.create({ url: urls, focused: false }),
    [server.url('hotline.example', '/a'), server.url('chat.hotline.example', '/b')],
  );
  // Opened straight on the chosen site, as a link opened in a new tab is.
  const url = server.url('hotline.example', '/chat');
  const known = new Set(context.pages());
  await worker.evaluate((u) => chrome.tabs.create({ url: u, active: true }), url);
  await expect.poll(() => context.pages().some((p) => !known.has(p) && p.url() === url)).toBe(true);
  const front = context.pages().find((p) => !known.has(p) && p.url() === url)!;
  await front.waitForLoadState('load');
  await front.bringToFront();
  expect(await front.evaluate(() => history.length)).toBe(1);
  await expect
    .poll(() => openUrls(worker))
    .toEqual(expect.arrayContaining([server.url('hotline.example', '/a'), server.url('chat.hotline.example', '/b')]));
  return { front, news, decoyUrl };
}

/** Shift three times; resolves with the root's opacity as a page listener saw it in the third key event. */
async function pressShiftThreeTimes(front: Page): Promise<string> {
  const seen: string[] = [];
  await front.exposeBinding('reportOpacity', (_source, opacity: string) => void seen.push(opacity));
  await front.evaluate(() =>
    document.addEventListener('keyup', () =>
      (window as unknown as { reportOpacity(o: string): void }).reportOpacity(getComputedStyle(document.documentElement).opacity),
    ),
  );
  for (let i = 0; i < 3; i++) await front.keyboard.press('Shift').catch(() => undefined);
  await expect.poll(() => seen.length).toBe(3);
  return seen[2]!;
}

async function expectLeftInPlace(worker: Worker, scene: Scene, server: TestServer): Promise<void> {
  // The same tab, still open, now on the neutral page, with no way back.
  await expect.poll(() => scene.front.url()).toBe(scene.decoyUrl);
  expect(scene.front.isClosed()).toBe(false);
  await scene.front.waitForLoadState('load');
  expect(await scene.front.evaluate(() => history.length)).toBe(1);
  expect(await scene.front.goBack()).toBeNull();
  expect(scene.front.url()).toBe(scene.decoyUrl);
  // Every other chosen-site tab is gone, in every window; the ordinary tab is as it was.
  await expect.poll(async () => (await openUrls(worker)).filter(isHotline)).toEqual([]);
  expect(scene.news.isClosed()).toBe(false);
  expect(scene.news.url()).toBe(server.url('news.example', '/sport'));
  const active = await worker.evaluate(async () => {
    const win = await chrome.windows.getLastFocused({ windowTypes: ['normal'] });
    return (await chrome.tabs.query({ active: true, windowId: win.id }))[0]?.url;
  });
  expect(active).toBe(scene.decoyUrl);
  // History: no visit to the chosen site; every other visit kept, the neutral page's too.
  await expect.poll(async () => (await historyUrls(worker)).filter(isHotline)).toEqual([]);
  expect(await historyUrls(worker)).toEqual(
    expect.arrayContaining([server.url('news.example', '/today'), server.url('news.example', '/sport'), scene.decoyUrl]),
  );
  // "Recently closed": the closed chosen-site window was recorded (seen first), and then
  // holds nothing of the chosen site; the kept tab was never closed, so it is not there.
  await expect.poll(async () => (await recentlyClosedUrls(worker)).filter(isHotline)).toEqual([]);
  await new Promise((done) => setTimeout(done, 2_500));
  expect((await recentlyClosedUrls(worker)).filter(isHotline)).toEqual([]);
}

test('Shift three times in a tab opened straight on a chosen site leaves in place, with no way back', async ({
  context,
  serviceWorker,
  server,
}) => {
  const scene = await setScene(context, serviceWorker, server);
  const tabsBefore = await serviceWorker.evaluate(async () => (await chrome.tabs.query({})).length);
  expect(await pressShiftThreeTimes(scene.front)).toBe('0');
  await expectLeftInPlace(serviceWorker, scene, server);
  // No new tab was opened: the two chosen-site tabs of the other window are gone, nothing added.
  expect(await serviceWorker.evaluate(async () => (await chrome.tabs.query({})).length)).toBe(tabsBefore - 2);
});

test('leaves in place with the service worker asleep, and the rest of the exit still runs', async ({ context, serviceWorker, server }) => {
  const scene = await setScene(context, serviceWorker, server);
  const cdp = await context.newCDPSession(scene.front);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  expect(await pressShiftThreeTimes(scene.front)).toBe('0');
  // The worker that woke for the exit (the stopped one answers nothing).
  let worker: Worker | undefined;
  await expect
    .poll(async () => {
      for (const w of context.serviceWorkers().toReversed()) {
        if (await w.evaluate(() => true).catch(() => false)) {
          worker = w;
          return true;
        }
      }
      return false;
    })
    .toBe(true);
  await expectLeftInPlace(worker!, scene, server);
});

test('a page that holds the survivor back ("Leave site?") gets the neutral page in a fresh tab in front of it', async ({
  context,
  serviceWorker,
  server,
}) => {
  const decoyUrl = server.url('weather.example', '/forecast');
  await setSettings(serviceWorker, (s) => {
    s.sites = ['hotline.example'];
    s.exit.decoyUrl = decoyUrl;
  });
  const body = `<textarea id=t></textarea><script>addEventListener('beforeunload', (e) => { e.preventDefault(); e.returnValue = ''; })</script>`;
  const url = server.url('hotline.example', `/page?title=Chat&body=${encodeURIComponent(body)}`);
  const known = new Set(context.pages());
  await serviceWorker.evaluate((u) => chrome.tabs.create({ url: u, active: true }), url);
  await expect.poll(() => context.pages().some((p) => !known.has(p) && p.url().includes('title=Chat'))).toBe(true);
  const front = context.pages().find((p) => !known.has(p) && p.url().includes('title=Chat'))!;
  await front.waitForLoadState('load');
  // A draft typed in the page: the browser asks "Leave site?" before it navigates away.
  const asked: string[] = [];
  front.on('dialog', (dialog) => {
    asked.push(dialog.type());
    void dialog.dismiss().catch(() => undefined);
  });
  await front.click('#t');
  await front.keyboard.type('draft');
  for (let i = 0; i < 3; i++) await front.keyboard.press('Shift').catch(() => undefined);
  // The neutral page ends up in front, in a fresh tab with no way back.
  await expect.poll(() => context.pages().some((p) => p.url() === decoyUrl)).toBe(true);
  const decoy = context.pages().find((p) => p.url() === decoyUrl)!;
  await decoy.waitForLoadState('load');
  expect(await decoy.evaluate(() => history.length)).toBe(1);
  const active = await serviceWorker.evaluate(async () => {
    const win = await chrome.windows.getLastFocused({ windowTypes: ['normal'] });
    return (await chrome.tabs.query({ active: true, windowId: win.id }))[0]?.url;
  });
  expect(active).toBe(decoyUrl);
  await expect.poll(async () => (await historyUrls(serviceWorker)).filter(isHotline)).toEqual([]);
  // The old tab stays behind it, still hidden (docs/exit-and-history.md: closing it would
  // ask again, in front). Its page is painted as nothing at all.
  expect(front.isClosed()).toBe(false);
  expect(await front.evaluate(() => getComputedStyle(document.documentElement).opacity)).toBe('0');
  expect(asked).toEqual(['beforeunload']);
});
