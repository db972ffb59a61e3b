import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, expectNoneRecentlyClosed, historyUrls, recentlyClosedUrls, setSettings, test } from './fixtures';
import type { TestServer } from '../support/server';

/**
 * Quick exit, each trigger in real Chromium: what is on screen, which tabs exist,
 * the back button, history and "recently closed" afterwards, and that nothing else
 * changed.
 */

interface Scene {
  front: Page;
  news: Page;
  decoyUrl: string;
}

async function visit(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForLoadState('load');
}

/** Two windows: the front one with an ordinary tab and a chosen site; a second one with chosen sites only. */
async function setScene(context: BrowserContext, worker: Worker, server: TestServer): Promise<Scene> {
  const decoyUrl = server.url('weather.example', '/forecast');
  await setSettings(worker, (s) => {
    s.sites = ['hotline.example'];
    s.exit.decoyUrl = decoyUrl;
  });
  const news = await context.newPage();
  await visit(news, server.url('news.example', '/today'));
  await visit(news, server.url('news.example', '/sport'));

  // A second window made only of chosen-site tabs.
  await worker.evaluate(
    (urls) => chrome.windows.create({ url: urls, focused: false }),
    [server.url('hotline.example', '/a'), server.url('chat.hotline.example', '/b')],
  );

  const front = await context.newPage();
  await visit(front, server.url('search.example', '/results'));
  await visit(front, server.url('hotline.example', '/'));
  await visit(front, server.url('hotline.example', '/chat'));
  await front.bringToFront();
  await expect
    .poll(() => openUrls(worker))
    .toEqual(expect.arrayContaining([server.url('hotline.example', '/a'), server.url('chat.hotline.example', '/b')]));
  return { front, news, decoyUrl };
}

async function openUrls(worker: Worker): Promise<string[]> {
  return worker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.url ?? t.pendingUrl ?? ''));
}

/** The URL of the tab the browser considers in front (the one a shortcut acts on). */
async function activeUrl(worker: Worker): Promise<string | undefined> {
  return worker.evaluate(async () => {
    const win = await chrome.windows.getLastFocused({ windowTypes: ['normal'] });
    return (await chrome.tabs.query({ active: true, windowId: win.id }))[0]?.url;
  });
}

const isHotline = (url: string) => /\/\/([a-z.]*\.)?hotline\.example[:/]/.test(url);

/** The promises of an exit, checked in the browser itself. */
async function expectExitDone(worker: Worker, context: BrowserContext, scene: Scene, server: TestServer) {
  // No tab shows a chosen site any more, in any window.
  await expect.poll(async () => (await openUrls(worker)).filter(isHotline)).toEqual([]);
  // The decoy is on screen, in the front window, active, and has no way back.
  // (Polled: tabs.query matches a tab's committed address, and the decoy may still be
  // committing when the last chosen tab has closed on a loaded machine.)
  const decoyTab = () =>
    worker.evaluate(
      async (url) => {
        const [tab] = await chrome.tabs.query({ url: `${url}*` });
        return tab ? { active: tab.active, windowId: tab.windowId } : undefined;
      },
      scene.decoyUrl.replace(/\/forecast$/, '/'),
    );
  await expect.poll(async () => (await decoyTab())?.active).toBe(true);
  await expect.poll(() => context.pages().some((p) => p.url().startsWith(scene.decoyUrl))).toBe(true);
  const decoyPage = context.pages().find((p) => p.url().startsWith(scene.decoyUrl));
  expect(await decoyPage!.evaluate(() => history.length)).toBe(1);
  expect(await decoyPage!.goBack()).toBeNull();
  // The window made only of chosen sites is gone.
  const windows = await worker.evaluate(async () =>
    (await chrome.windows.getAll({ populate: true })).map((w) => w.tabs!.map((t) => t.url)),
  );
  expect(windows.flat().some((u) => u && isHotline(u))).toBe(false);
  // The ordinary tab is still there, as it was.
  expect(scene.news.isClosed()).toBe(false);
  expect(scene.news.url()).toBe(server.url('news.example', '/sport'));
  // History: no visit to the chosen site; every other visit kept.
  await expect.poll(async () => (await historyUrls(worker)).filter(isHotline)).toEqual([]);
  const history = await historyUrls(worker);
  expect(history).toEqual(
    expect.arrayContaining([
      server.url('news.example', '/today'),
      server.url('news.example', '/sport'),
      server.url('search.example', '/results'),
    ]),
  );
  // "Recently closed" holds nothing of the chosen site.
  await expect.poll(async () => (await recentlyClosedUrls(worker)).filter(isHotline)).toEqual([]);
}

/** The browser-wide shortcut, as a real key press reaching the browser (CDP, not page events). */
async function pressShortcut(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const key = { modifiers: 1 | 8, key: 'Y', code: 'KeyY', windowsVirtualKeyCode: 89, nativeVirtualKeyCode: 89 };
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key });
  // The exit may already have closed this tab by the time the key comes up.
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key }).catch(() => undefined);
}

test('the keyboard shortcut hides every sensitive tab and leaves the decoy with no way back', async ({
  context,
  serviceWorker,
  server,
}) => {
  const scene = await setScene(context, serviceWorker, server);
  await pressShortcut(scene.front);
  await expectExitDone(serviceWorker, context, scene, server);
});

test('Shift three times hides the page in the same frame, then exits', async ({ context, serviceWorker, server }) => {
  const scene = await setScene(context, serviceWorker, server);
  // A page listener that runs after the content script's, in the same event: it sees
  // whether the page was already hidden before the browser could paint again, and
  // reports it at once through a binding (the tab is gone moments later). The page
  // also tries to swallow key events, which must not stop the exit.
  const seen: string[] = [];
  await scene.front.exposeBinding('reportOpacity', (_source, opacity: string) => void seen.push(opacity));
  await scene.front.evaluate(() => {
    window.addEventListener('keydown', (e) => e.stopImmediatePropagation(), true);
    document.addEventListener('keyup', () =>
      (window as unknown as { reportOpacity(o: string): void }).reportOpacity(getComputedStyle(document.documentElement).opacity),
    );
  });
  const closed = scene.front.waitForEvent('close');
  await scene.front.keyboard.press('Shift');
  await scene.front.keyboard.press('Shift');
  await expect.poll(() => [...seen]).toEqual(['1', '1']);
  // The third press: the page listener sees opacity 0 in the very same key event.
  await scene.front.keyboard.press('Shift').catch(() => undefined);
  await expect.poll(() => [...seen]).toEqual(['1', '1', '0']);
  await closed;
  await expectExitDone(serviceWorker, context, scene, server);
});

test('a page cannot switch the exit or the warnings off by posing as a newer copy of the extension', async ({
  context,
  serviceWorker,
  server,
  extensionId,
}) => {
  const scene = await setScene(context, serviceWorker, server);
  await visit(scene.front, server.url('hotline.example', '/page?body=<p id=p>He beat her again.</p>'));
  const blurred = (selector: string) => scene.front.locator(selector).evaluate((el) => getComputedStyle(el).filter.includes('blur'));
  await expect.poll(() => blurred('#p')).toBe(true);
  // WXT's content-script context stops when the page sends this event (the id is public).
  await scene.front.evaluate((id) => {
    const detail = { contentScriptName: 'content', messageId: 'page' };
    document.dispatchEvent(new CustomEvent(`${id}:content:wxt:content-script-started`, { detail }));
  }, extensionId);
  await scene.front.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<p id="q">She was stabbed.</p>'));
  await expect.poll(() => blurred('#q')).toBe(true);
  const closed = scene.front.waitForEvent('close');
  for (let i = 0; i < 3; i++) await scene.front.keyboard.press('Shift').catch(() => undefined);
  await closed;
  await expectExitDone(serviceWorker, context, scene, server);
});

test('typing a capital letter or another key in between does not exit', async ({ context, serviceWorker, server }) => {
  const page = await context.newPage();
  void serviceWorker;
  await visit(page, server.url('news.example', '/page?body=<input id=f>'));
  // A page listener after the content script's, in the same key event, reports whether
  // the page was hidden: once every key up is reported, the script has judged them all.
  const seen: string[] = [];
  await page.exposeBinding('reportOpacity', (_source, opacity: string) => void seen.push(opacity));
  await page.evaluate(() =>
    document.addEventListener('keyup', () =>
      (window as unknown as { reportOpacity(o: string): void }).reportOpacity(getComputedStyle(document.documentElement).opacity),
    ),
  );
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift+A');
  await page.keyboard.press('Shift');
  await page.keyboard.press('b');
  await page.keyboard.press('Shift');
  // Six presses; Shift+A comes up as two keys (A, then Shift): seven key ups.
  await expect.poll(() => seen.length).toBe(7);
  expect(seen).toEqual(Array(7).fill('1'));
  expect(page.isClosed()).toBe(false);
});

test('the popup’s exit button is first, reachable by keyboard, and exits', async ({ context, serviceWorker, server, openPopup }) => {
  const scene = await setScene(context, serviceWorker, server);
  const popup = await openPopup();
  const exit = popup.getByRole('button', { name: /^Exit/ });
  await expect(exit).toBeFocused();
  // The popup closes itself as the exit starts, possibly before the key comes up.
  await Promise.all([popup.waitForEvent('close'), popup.keyboard.press('Enter').catch(() => undefined)]);
  await expectExitDone(serviceWorker, context, scene, server);
});

test('exits from a browser page, twice in a row, and with corrupt settings', async ({ context, serviceWorker, server }) => {
  const scene = await setScene(context, serviceWorker, server);
  // The front tab is a browser page where no content script runs.
  await scene.front.goto('chrome://version');
  await scene.front.bringToFront();
  await pressShortcut(scene.front);
  await expectExitDone(serviceWorker, context, scene, server);
  expect(scene.front.isClosed()).toBe(true);

  // Twice: a new chosen-site tab, then corrupt settings; the exit still works with
  // the defaults (which keep no site, so the front tab alone is replaced).
  const again = await context.newPage();
  await visit(again, server.url('hotline.example', '/again'));
  await serviceWorker.evaluate(() => chrome.storage.local.set({ settings: { version: 1, sites: 'broken', exit: 42 } }));
  await again.bringToFront();
  await expect.poll(() => activeUrl(serviceWorker)).toBe(again.url());
  const closed = again.waitForEvent('close');
  await pressShortcut(again);
  await closed;
  // The corrupt value was kept aside, not lost; the chosen sites could not be read,
  // so nothing else was closed.
  const setAside = await serviceWorker.evaluate(async () => (await chrome.storage.local.get('settingsSetAside')).settingsSetAside);
  expect(setAside).toHaveLength(1);
  expect(scene.news.isClosed()).toBe(false);
});

test('exits even when the service worker was asleep', async ({ context, serviceWorker, server }) => {
  const scene = await setScene(context, serviceWorker, server);
  const pageCdp = await context.newCDPSession(scene.front);
  await pageCdp.send('ServiceWorker.enable').catch(() => undefined);
  await pageCdp.send('ServiceWorker.stopAllWorkers').catch(() => undefined);
  const closed = scene.front.waitForEvent('close');
  await scene.front.keyboard.press('Shift');
  await scene.front.keyboard.press('Shift');
  await scene.front.keyboard.press('Shift');
  await closed;
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await expectExitDone(worker, context, scene, server);
});

test('the optional exit button shows on chosen sites only, and exits', async ({ context, serviceWorker, server }) => {
  const scene = await setScene(context, serviceWorker, server);
  await setSettings(serviceWorker, (s) => {
    s.exit.showButtonOnSites = true;
  });
  // Off the chosen sites: no button (the host element would be the last child of <html>).
  // Seen appear first on the chosen site, reloaded after this one: by then this page's
  // script has had its answer too.
  await scene.news.reload();
  await scene.front.reload();
  await expect.poll(() => scene.front.evaluate(() => document.documentElement.children.length)).toBe(3);
  expect(
    await scene.news.evaluate(
      () => document.documentElement.lastElementChild?.shadowRoot === null && document.documentElement.children.length,
    ),
  ).toBe(2);
  await scene.front.reload();
  // The button lives in a closed shadow root (the page cannot read or restyle it), so
  // the test finds it as a person would: by what is painted at the top right.
  await expect.poll(() => scene.front.evaluate(() => document.documentElement.children.length)).toBe(3);
  const { width } = scene.front.viewportSize()!;
  const closed = scene.front.waitForEvent('close');
  // The page may close before the click's last step (the mouse-up) is answered.
  await scene.front.mouse.click(width - 40, 28).catch(() => undefined);
  await closed;
  await expectExitDone(serviceWorker, context, scene, server);
});

test('optionally mutes the remaining tabs and closes the whole front window', async ({ context, serviceWorker, server }) => {
  const scene = await setScene(context, serviceWorker, server);
  await setSettings(serviceWorker, (s) => {
    s.exit.closeWindow = true;
    s.exit.muteTabs = true;
  });
  const frontWindow = await serviceWorker.evaluate(async () => (await chrome.windows.getLastFocused()).id);
  const otherWindow = await serviceWorker.evaluate(() => chrome.windows.create({ url: 'about:blank', focused: false }).then((w) => w?.id));
  await scene.front.bringToFront();
  await pressShortcut(scene.front);
  await expect.poll(async () => (await serviceWorker.evaluate(() => chrome.windows.getAll())).map((w) => w.id)).not.toContain(frontWindow);
  const left = await serviceWorker.evaluate(() => chrome.windows.getAll({ populate: true }));
  expect(left.map((w) => w.id)).toContain(otherWindow);
  expect(left.flatMap((w) => w.tabs!.map((t) => t.url ?? '')).filter(isHotline)).toEqual([]);
  // The closed window leaves nothing of the chosen site behind either.
  await expect.poll(async () => (await historyUrls(serviceWorker)).filter(isHotline)).toEqual([]);
  await expectNoneRecentlyClosed(serviceWorker, isHotline);
  expect(await historyUrls(serviceWorker)).toEqual(expect.arrayContaining([server.url('news.example', '/sport')]));
});

test('the shortcut exits from a page whose scripts are frozen', async ({ context, serviceWorker, server }) => {
  const scene = await setScene(context, serviceWorker, server);
  // The page's main thread never comes back: no script in it (ours included) can run.
  void scene.front
    .evaluate(() => {
      for (;;) {
        /* frozen */
      }
    })
    .catch(() => undefined);
  await pressShortcut(scene.front);
  await expectExitDone(serviceWorker, context, scene, server);
});

test('the exit also closes the settings page, which shows the list of sites, and leaves no trace of it', async ({
  context,
  serviceWorker,
  server,
  openExtensionPage,
  extensionId,
}) => {
  const options = await openExtensionPage('options.html');
  const scene = await setScene(context, serviceWorker, server);
  await expect(options.getByText('hotline.example').first()).toBeVisible();
  const closed = options.waitForEvent('close', { timeout: 15_000 });
  await pressShortcut(scene.front);
  await closed;
  await expectExitDone(serviceWorker, context, scene, server);
  const ours = (u: string) => u.startsWith(`chrome-extension://${extensionId}/`);
  expect((await openUrls(serviceWorker)).filter(ours)).toEqual([]);
  await expectNoneRecentlyClosed(serviceWorker, ours);
  await expect.poll(async () => (await historyUrls(serviceWorker)).filter(ours)).toEqual([]);
});

test('a tab still on its way to a chosen site is closed too, and never arrives', async ({ context, serviceWorker, server }) => {
  const scene = await setScene(context, serviceWorker, server);
  // A search result opened in the background a moment before the exit: the site has not answered yet.
  const slow = server.url('hotline.example', '/slow?ms=3000');
  const tabId = await serviceWorker.evaluate((url) => chrome.tabs.create({ url, active: false }).then((t) => t.id!), slow);
  await expect.poll(() => serviceWorker.evaluate(async (id) => (await chrome.tabs.get(id)).pendingUrl ?? null, tabId)).toBe(slow);
  await pressShortcut(scene.front);
  await expectExitDone(serviceWorker, context, scene, server);
  expect(
    await serviceWorker.evaluate(
      (id) =>
        chrome.tabs.get(id).then(
          () => 'open',
          () => 'gone',
        ),
      tabId,
    ),
  ).toBe('gone');
  // Past the moment the page would have arrived: still nothing of it anywhere.
  await new Promise((done) => setTimeout(done, 3_500));
  expect((await openUrls(serviceWorker)).filter(isHotline)).toEqual([]);
  expect((await historyUrls(serviceWorker)).filter(isHotline)).toEqual([]);
  expect((await recentlyClosedUrls(serviceWorker)).filter(isHotline)).toEqual([]);
});

test('"close the whole window" with one window open shows the neutral page instead of quitting the browser', async ({
  context,
  serviceWorker,
  server,
}) => {
  const decoyUrl = server.url('weather.example', '/forecast');
  await setSettings(serviceWorker, (s) => {
    s.sites = ['hotline.example'];
    s.exit.decoyUrl = decoyUrl;
    s.exit.closeWindow = true;
  });
  const front = await context.newPage();
  await visit(front, server.url('hotline.example', '/chat'));
  await front.bringToFront();
  expect(await serviceWorker.evaluate(async () => (await chrome.windows.getAll({ windowTypes: ['normal'] })).length)).toBe(1);
  await pressShortcut(front);
  await expect.poll(async () => (await openUrls(serviceWorker)).filter(isHotline)).toEqual([]);
  await expect.poll(() => activeUrl(serviceWorker)).toBe(decoyUrl);
  await expect.poll(async () => (await historyUrls(serviceWorker)).filter(isHotline)).toEqual([]);
  await expectNoneRecentlyClosed(serviceWorker, isHotline);
});
