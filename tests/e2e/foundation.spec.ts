import { expect, historyUrls, test } from './fixtures';

test('the service worker starts and the manifest keeps a neutral name', async ({ serviceWorker }) => {
  const manifest = await serviceWorker.evaluate(() => chrome.runtime.getManifest());
  // getManifest() gives the name as the browser shows it, localized.
  const name = manifest.name;
  expect(name).toBe('Quiet Tabs');
  expect(`${name} ${manifest.action?.default_title}`).not.toMatch(/abuse|survivor|panic|violence/i);
  expect(manifest.manifest_version).toBe(3);
  const commands = await serviceWorker.evaluate(() => chrome.commands.getAll());
  expect(commands.find((c) => c.name === 'quick-exit')?.shortcut).toBe('Alt+Shift+Y');
});

test('the content script runs on a page from the local server', async ({ context, server, serviceWorker }) => {
  void serviceWorker;
  const page = await context.newPage();
  await page.goto(server.url('news.example', '/page?title=News'));
  // The content script is isolated from the page; its visible effect is the exit trigger:
  // Shift three times hides the page at once.
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  const closed = page.waitForEvent('close');
  await page.keyboard.press('Shift');
  await closed;
});

test('popup and options pages render, and leave no history entry', async ({ openPopup, openExtensionPage, serviceWorker }) => {
  const popup = await openPopup();
  await expect(popup.getByRole('button', { name: /^Exit/ })).toBeVisible();
  const options = await openExtensionPage('options.html');
  await expect(options.getByRole('heading', { level: 1 })).toBeVisible();
  await expect.poll(async () => (await historyUrls(serviceWorker)).filter((u) => u.startsWith('chrome-extension://'))).toEqual([]);
});
