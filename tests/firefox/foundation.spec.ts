import { settingsSchema } from '../../lib/settings/schema';
import { expect, reloadExtensionPage, test } from '../support/firefox';

// Each test launches its own Firefox: let the workers share them out.
test.describe.configure({ mode: 'parallel' });

/**
 * The foundation in real Firefox: the add-on installs, its background runs, the
 * content script runs on web pages, its pages render, settings round-trip.
 */

test('the add-on installs with a neutral name, its background runs, and the shortcut is registered', async ({ extension }) => {
  const manifest = await extension((b) => b.runtime.getManifest());
  expect(manifest.name).toBe('Quiet Tabs');
  expect(`${manifest.name} ${manifest.browser_action?.default_title}`).not.toMatch(/abuse|survivor|panic|violence/i);
  expect(manifest.manifest_version).toBe(2);
  const commands = await extension((b) => b.commands.getAll());
  expect(commands.find((c) => c.name === 'quick-exit')?.shortcut).toBe('Alt+Shift+Y');
  // The background page is alive and holds the command handler the shortcut calls.
  expect(
    await extension(async (b) => {
      const background = (await b.runtime.getBackgroundPage()) as unknown as { quietTabsTest?: { runCommand?: unknown } };
      return typeof background.quietTabsTest?.runCommand;
    }),
  ).toBe('function');
});

test('the content script runs on a local page: Shift three times hides it and replaces the tab', async ({
  firefox,
  server,
  setSettings,
  openTabUrls,
  findPage,
}) => {
  const decoyUrl = server.url('weather.example', '/forecast');
  await setSettings((s) => {
    s.exit.decoyUrl = decoyUrl;
  });
  const page = await firefox.newPage();
  await page.goto(server.url('news.example', '/page?title=News'));
  await page.bringToFront();
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).opacity)).toBe('1');
  await page.keyboard.press('Shift');
  const decoy = await findPage(decoyUrl);
  expect(await decoy.evaluate(() => document.title)).toBe('weather.example/forecast');
  await expect.poll(openTabUrls).not.toContain(server.url('news.example', '/page?title=News'));
});

test('popup and options pages render, and leave no history entry', async ({ openExtensionPage, historyUrls }) => {
  const popup = await openExtensionPage('popup.html', { window: true });
  const exit = await popup.waitForSelector('button');
  // The exit button comes first, and its accessible name starts with "Exit".
  expect(await exit!.evaluate((b) => b.textContent)).toMatch(/^Exit/);
  const options = await openExtensionPage('options.html');
  await options.waitForSelector('h1');
  // Its heading is a real message from _locales, not a missing key.
  expect(await options.$eval('h1', (h) => h.textContent?.trim())).toMatch(/^[A-Z][^_]*$/);
  // The extension erases its own pages from history as they are recorded; the
  // history entry for options.html is recorded a moment after the page loads.
  await expect.poll(async () => (await historyUrls()).filter((u) => u.startsWith('moz-extension:'))).toEqual([]);
});

test('settings round-trip: written, read back after a reload, and shown in the popup', async ({
  firefox,
  server,
  extension,
  setSettings,
  storedSettings,
  openExtensionPage,
}) => {
  const page = await firefox.newPage();
  await page.goto(server.url('news.example', '/today'));
  await page.bringToFront();
  await setSettings((s) => {
    s.sites = ['news.example'];
    s.exit.decoyUrl = server.url('weather.example', '/forecast');
  });
  const popup = await openExtensionPage('popup.html', { window: true });
  const hidden = () => popup.$eval('input[type=checkbox]', (box) => (box as HTMLInputElement).checked);
  await popup.waitForSelector('input[type=checkbox]');
  expect(await hidden()).toBe(true);

  // Change it in the popup, as the survivor would; reload; the change is still there.
  await popup.click('input[type=checkbox]');
  await expect.poll(async () => ((await storedSettings()) as { sites?: string[] }).sites).toEqual([]);
  await reloadExtensionPage(popup);
  await popup.waitForSelector('input[type=checkbox]');
  expect(await hidden()).toBe(false);

  // What is stored is a valid settings document, with what was written (the document
  // itself: storedSettings() adds the chosen sites' record to it as `sites`).
  const stored = await extension(async (b) => (await b.storage.local.get('settings')).settings);
  const parsed = settingsSchema.safeParse(stored);
  expect(parsed.success).toBe(true);
  expect(parsed.data?.exit.decoyUrl).toBe(server.url('weather.example', '/forecast'));
  expect(await extension(async (b) => (await b.storage.local.get('settingsSetAside')).settingsSetAside ?? [])).toEqual([]);
});
