import type { Page } from 'puppeteer-core';
import type { TestServer } from '../support/server';
import { expect, test as base, type FirefoxFixtures } from '../support/firefox';

/**
 * Quick exit in real Firefox: the in-page trigger, the popup's button and the
 * command handler. Afterwards: what is on screen, which tabs exist in every window,
 * the decoy's back button, history and "recently closed", and that nothing else
 * changed.
 */

base.describe.configure({ mode: 'parallel' });

interface Scene {
  front: Page;
  news: Page;
  decoyUrl: string;
  frontWindowId: number;
}

type Fixtures = FirefoxFixtures & { server: TestServer };

const isHotline = (url: string) => /\/\/([a-z.]*\.)?hotline\.example[:/]/.test(url);

/**
 * The front window: an ordinary tab, and in front a tab that went from a search page
 * to a chosen site. A second window holds chosen-site tabs only.
 */
async function setScene({
  firefox,
  server,
  extension,
  setSettings,
  openTabUrls,
}: Pick<Fixtures, 'firefox' | 'server' | 'extension' | 'setSettings' | 'openTabUrls'>): Promise<Scene> {
  const decoyUrl = server.url('weather.example', '/forecast');
  await setSettings((s) => {
    s.sites = ['hotline.example'];
    s.exit.decoyUrl = decoyUrl;
  });
  const news = await firefox.newPage();
  await news.goto(server.url('news.example', '/today'));
  await news.goto(server.url('news.example', '/sport'));
  const front = await firefox.newPage();
  await front.goto(server.url('search.example', '/results'));

  await extension(
    (b, urls) => b.windows.create({ url: urls }),
    [server.url('hotline.example', '/a'), server.url('chat.hotline.example', '/b')],
  );
  await expect
    .poll(openTabUrls)
    .toEqual(expect.arrayContaining([server.url('hotline.example', '/a'), server.url('chat.hotline.example', '/b')]));

  await front.goto(server.url('hotline.example', '/'));
  await front.goto(server.url('hotline.example', '/chat'));
  await front.bringToFront();
  const focused = await extension(async (b) => {
    const [tab] = await b.tabs.query({ active: true, lastFocusedWindow: true });
    return { url: tab?.url, windowId: tab?.windowId ?? -1 };
  });
  // The scene is right only if the tab in front is the one the survivor was reading.
  expect(focused.url).toBe(server.url('hotline.example', '/chat'));
  return { front, news, decoyUrl, frontWindowId: focused.windowId };
}

/** The promises of an exit, checked in the browser itself. */
async function checkExitDone(
  {
    server,
    extension,
    historyUrls,
    recentlyClosedUrls,
    openTabUrls,
    findPage,
  }: Pick<Fixtures, 'server' | 'extension' | 'historyUrls' | 'recentlyClosedUrls' | 'openTabUrls' | 'findPage'>,
  scene: Scene,
): Promise<void> {
  // No tab shows a chosen site any more, in any window.
  await expect.poll(async () => (await openTabUrls()).filter(isHotline)).toEqual([]);
  // The decoy is on screen: active in the front window. (Filtered here: Firefox's
  // match patterns in tabs.query ignore the port.)
  await expect
    .poll(async () =>
      (await extension((b) => b.tabs.query({})))
        .filter((t) => t.url === scene.decoyUrl)
        .map((t) => ({ active: t.active, windowId: t.windowId })),
    )
    .toEqual([{ active: true, windowId: scene.frontWindowId }]);
  // Back from the decoy does not return to the sensitive page.
  const decoy = await findPage(scene.decoyUrl);
  expect(await decoy.evaluate(() => history.length)).toBe(1);
  await decoy.goBack({ timeout: 2_000 }).catch(() => undefined);
  expect(await decoy.evaluate(() => location.href)).toBe(scene.decoyUrl);
  // The window made only of chosen sites is gone; the front window stays.
  // (The other window left is the tests' own extension page.)
  await expect.poll(async () => await extension((b) => b.windows.getAll())).toHaveLength(2);
  expect((await extension((b) => b.windows.getAll())).map((w) => w.id)).toContain(scene.frontWindowId);
  // The ordinary tab is still there, as it was.
  expect(scene.news.isClosed()).toBe(false);
  expect(await scene.news.evaluate(() => location.href)).toBe(server.url('news.example', '/sport'));
  // History: no visit to the chosen site; every other visit kept.
  await expect.poll(async () => (await historyUrls()).filter(isHotline)).toEqual([]);
  expect(await historyUrls()).toEqual(
    expect.arrayContaining([
      server.url('news.example', '/today'),
      server.url('news.example', '/sport'),
      server.url('search.example', '/results'),
    ]),
  );
  // "Recently closed" holds nothing of the chosen site (Firefox keeps closed tabs whose
  // URL left history: the background forgets them).
  await expect.poll(async () => (await recentlyClosedUrls()).filter(isHotline)).toEqual([]);
}

const test = base.extend<{
  /** The scene, set up in the browser. */
  scene: Scene;
  /** Checks every promise of the exit. */
  expectExitDone(): Promise<void>;
}>({
  scene: async ({ firefox, server, extension, setSettings, openTabUrls }, use) => {
    await use(await setScene({ firefox, server, extension, setSettings, openTabUrls }));
  },
  expectExitDone: async ({ scene, server, extension, historyUrls, recentlyClosedUrls, openTabUrls, findPage }, use) => {
    await use(() => checkExitDone({ server, extension, historyUrls, recentlyClosedUrls, openTabUrls, findPage }, scene));
  },
});

test('Shift three times hides the page in the same key event, then every sensitive tab goes', async ({ scene, expectExitDone }) => {
  // A page listener that runs after the content script's, in the same event, records
  // whether the page was already hidden. The page also tries to swallow key events,
  // which must not stop the exit.
  await scene.front.evaluate(() => {
    const seen: string[] = [];
    Object.assign(window, { seen });
    window.addEventListener('keydown', (e) => e.stopImmediatePropagation(), true);
    document.addEventListener('keyup', () => seen.push(getComputedStyle(document.documentElement).opacity));
  });
  await scene.front.keyboard.press('Shift');
  await scene.front.keyboard.press('Shift');
  expect(await scene.front.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual(['1', '1']);
  const seenAtThird = scene.front.evaluate(
    () =>
      new Promise<string>((done) => {
        document.addEventListener('keyup', () => done(getComputedStyle(document.documentElement).opacity), { once: true });
      }),
  );
  await scene.front.keyboard.press('Shift');
  expect(await seenAtThird).toBe('0');
  await expectExitDone();
  expect(scene.front.isClosed()).toBe(true);
});

test('a page cannot switch the exit off by posing as a newer copy of the extension (the add-on id is public)', async ({
  scene,
  expectExitDone,
}) => {
  // WXT's content-script context stops when the page sends this event.
  await scene.front.evaluate(() => {
    const detail = { contentScriptName: 'content', messageId: 'page' };
    document.dispatchEvent(new CustomEvent('quiet-tabs@quiet-tabs.invalid:content:wxt:content-script-started', { detail }));
  });
  await scene.front.keyboard.press('Shift');
  await scene.front.keyboard.press('Shift');
  await scene.front.keyboard.press('Shift');
  await expectExitDone();
  expect(scene.front.isClosed()).toBe(true);
});

test('a capital letter or another key in between does not exit', async ({ firefox, server }) => {
  const page = await firefox.newPage();
  await page.goto(server.url('news.example', '/page?body=<input id=f>'));
  await page.focus('#f');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.down('Shift');
  await page.keyboard.press('KeyA');
  await page.keyboard.up('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('KeyB');
  await page.keyboard.press('Shift');
  // The keys reached the page (what was typed is there), and it is still on screen.
  expect(await page.$eval('#f', (input) => (input as HTMLInputElement).value)).toBe('Ab');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).opacity)).toBe('1');
  expect(page.isClosed()).toBe(false);
});

test('the popup’s exit button exits', async ({ scene, expectExitDone, openExtensionPage }) => {
  void scene;
  // The toolbar popup is no tab of the front window: open it in a window of its own.
  const popup = await openExtensionPage('popup.html', { window: true });
  const exit = await popup.waitForSelector('button');
  expect(await exit!.evaluate((b) => b.textContent)).toMatch(/^Exit now/);
  expect(await popup.evaluate(() => document.activeElement?.textContent)).toMatch(/^Exit now/);
  await exit!.click();
  await expectExitDone();
});

test('the shortcut’s command handler exits, and the shortcut is listed', async ({ scene, expectExitDone, extension, runCommand }) => {
  void scene;
  const commands = await extension((b) => b.commands.getAll());
  expect(commands.find((c) => c.name === 'quick-exit')?.shortcut).toBe('Alt+Shift+Y');
  await runCommand('quick-exit');
  await expectExitDone();
});

test('a tab that went on from a chosen site is closed too: Firefox keeps the site in its back list', async ({
  scene,
  expectExitDone,
  firefox,
  server,
  runCommand,
  historyUrls,
  recentlyClosedUrls,
}) => {
  const left = server.url('news.example', '/left');
  const tab = await firefox.newPage();
  await tab.goto(server.url('news.example', '/start'));
  await tab.goto(server.url('hotline.example', '/info'));
  await tab.goto(left);
  await scene.front.bringToFront();
  await runCommand('quick-exit');
  await expectExitDone();
  await expect.poll(() => tab.isClosed()).toBe(true);
  await expect.poll(async () => (await recentlyClosedUrls()).filter((u) => u === left)).toEqual([]);
  // Still so once settled (a closed tab is recorded a moment late).
  await new Promise((done) => setTimeout(done, 2_500));
  expect((await recentlyClosedUrls()).filter((u) => u === left)).toEqual([]);
  // Its ordinary pages stay in history.
  expect(await historyUrls()).toEqual(expect.arrayContaining([server.url('news.example', '/start'), left]));
});

test('the exit also closes the settings page, which shows the list of sites', async ({
  scene,
  expectExitDone,
  openExtensionPage,
  runCommand,
  openTabUrls,
  recentlyClosedUrls,
}) => {
  const options = await openExtensionPage('options.html');
  await options.waitForSelector('::-p-text(hotline.example)');
  await scene.front.bringToFront();
  await runCommand('quick-exit');
  await expectExitDone();
  const ours = (u: string) => u.startsWith('moz-extension://') && u.endsWith('.html');
  await expect.poll(async () => (await openTabUrls()).filter(ours)).toEqual([]);
  await expect.poll(async () => (await recentlyClosedUrls()).filter(ours)).toEqual([]);
  await new Promise((done) => setTimeout(done, 2_500));
  expect((await recentlyClosedUrls()).filter(ours)).toEqual([]);
});

test('Shift three times in a tab opened straight on a chosen site leaves in place, with no way back', async ({
  scene,
  server,
  extension,
  openTabUrls,
  historyUrls,
  recentlyClosedUrls,
  findPage,
}) => {
  // A link opened in a new tab: its back list holds this page alone.
  const url = server.url('hotline.example', '/straight');
  const tabId = await extension(async (b, u) => (await b.tabs.create({ url: u, active: true })).id!, url);
  const page = await findPage(url);
  await expect.poll(() => page.evaluate(() => document.readyState)).toBe('complete');
  expect(await page.evaluate(() => history.length)).toBe(1);
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift').catch(() => undefined);
  // The same tab now shows the neutral page, active; no other tab shows it.
  await expect
    .poll(async () =>
      (await extension((b) => b.tabs.query({}))).filter((t) => t.url === scene.decoyUrl).map((t) => ({ id: t.id, active: t.active })),
    )
    .toEqual([{ id: tabId, active: true }]);
  const decoy = await findPage(scene.decoyUrl);
  await expect.poll(() => decoy.evaluate(() => document.readyState)).toBe('complete');
  expect(await decoy.evaluate(() => history.length)).toBe(1);
  await decoy.goBack({ timeout: 2_000 }).catch(() => undefined);
  expect(await decoy.evaluate(() => location.href)).toBe(scene.decoyUrl);
  // Every chosen-site tab is gone (the scene's front tab and other window too); the ordinary tab stays.
  await expect.poll(async () => (await openTabUrls()).filter(isHotline)).toEqual([]);
  expect(await scene.news.evaluate(() => location.href)).toBe(server.url('news.example', '/sport'));
  await expect.poll(async () => (await historyUrls()).filter(isHotline)).toEqual([]);
  expect(await historyUrls()).toEqual(expect.arrayContaining([server.url('news.example', '/sport'), scene.decoyUrl]));
  await expect.poll(async () => (await recentlyClosedUrls()).filter(isHotline)).toEqual([]);
  await new Promise((done) => setTimeout(done, 2_500));
  expect((await recentlyClosedUrls()).filter(isHotline)).toEqual([]);
});
