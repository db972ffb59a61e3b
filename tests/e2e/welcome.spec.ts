import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, historyUrls, recentlyClosedUrls, storedWithSites, test } from './fixtures';
import { defaultSettings } from '../../lib/settings/schema';

/**
 * The first run, from install: the welcome page opens by itself, its steps save as
 * they go, the practice exit is a real one, and skipping leaves everything as it was.
 * These tests use the bare `context` fixture: the `serviceWorker` fixture closes the
 * welcome page to give other tests a calm start.
 */

const isWelcome = (p: Page) => p.url().endsWith('/welcome.html');

async function welcomeFromInstall(context: BrowserContext): Promise<{ welcome: Page; worker: Worker }> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const welcome = context.pages().find(isWelcome) ?? (await context.waitForEvent('page', { predicate: isWelcome }));
  await welcome.waitForLoadState('domcontentloaded');
  return { welcome, worker };
}

/** The stored settings, with the readable chosen sites as `sites` (tests/support/stored-sites.ts). */
async function storedSettings(worker: Worker): Promise<(ReturnType<typeof defaultSettings> & { sites: string[] }) | undefined> {
  return (await storedWithSites(worker)).settings as (ReturnType<typeof defaultSettings> & { sites: string[] }) | undefined;
}

test('the first run, from install to a working exit', async ({ context, server }) => {
  const { welcome, worker } = await welcomeFromInstall(context);
  await expect(welcome.getByRole('heading', { level: 1, name: 'Welcome' })).toBeVisible();
  await expect(welcome.getByText('Step 1 of 3')).toBeVisible();

  // An ordinary tab and a chosen site's tab are open while the survivor sets up.
  const news = await context.newPage();
  await news.goto(server.url('news.example', '/today'));
  const hotline = await context.newPage();
  await hotline.goto(server.url('hotline.example', '/chat'));
  await welcome.bringToFront();

  // 1. Sites to keep private.
  await expect(welcome.getByRole('heading', { level: 2, name: 'Sites to keep private' })).toBeVisible();
  await welcome.getByLabel('Add a site').fill('www.hotline.example');
  await welcome.getByLabel('Add a site').press('Enter');
  await expect(welcome.getByText('hotline.example added. Earlier visits removed: 1.')).toBeVisible();
  await expect(welcome.getByRole('list', { name: 'Your sites' }).getByRole('listitem')).toHaveText([/^hotline\.example/]);
  expect((await storedSettings(worker))?.sites).toEqual(['hotline.example']);
  await welcome.getByRole('button', { name: 'Next' }).click();

  // 2. The neutral page and the ways to leave, then a practice exit.
  await expect(welcome.getByRole('heading', { level: 2, name: 'Leaving quickly' })).toBeFocused();
  const decoy = server.url('weather.example', '/forecast');
  await welcome.getByRole('textbox', { name: 'Neutral page' }).fill(decoy);
  await welcome.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(welcome.getByText(`Saved. A quick exit now shows ${decoy}.`)).toBeVisible();
  await expect(welcome.getByTestId('shortcut')).toContainText('Alt+Shift+Y');
  await expect(welcome.getByLabel('Exit when I press Shift three times')).toBeChecked();

  const practiceOpened = context.waitForEvent('page', (p) => p.url().includes('/welcome.html?practice'));
  await welcome.getByRole('button', { name: 'Open a practice tab' }).click();
  const practice = await practiceOpened;
  await expect(practice.getByRole('heading', { name: 'Practice page' })).toBeVisible();
  await expect(practice.getByRole('listitem')).toHaveText(['Press the Shift key three times in a row.', 'Press Alt+Shift+Y.']);
  await expect(welcome.getByText('The practice tab is open.', { exact: false })).toBeVisible();
  const decoyOpened = context.waitForEvent('page', (p) => p.url().startsWith(decoy));
  const closed = practice.waitForEvent('close');
  for (let i = 0; i < 3; i++) await practice.keyboard.press('Shift');
  await closed;
  await decoyOpened;

  // A real exit: the chosen site is gone, the ordinary tab stays, the guide says it worked.
  await expect(welcome.getByText('It worked: the practice tab closed and your neutral page opened in its place.')).toBeVisible();
  await expect.poll(() => hotline.isClosed()).toBe(true);
  expect(news.isClosed()).toBe(false);
  expect(welcome.isClosed()).toBe(false);
  expect((await historyUrls(worker)).filter((u) => u.includes('hotline.example'))).toEqual([]);
  // The practice page does not linger in "Recently closed".
  await expect.poll(async () => (await recentlyClosedUrls(worker)).filter((u) => u.includes('practice'))).toEqual([]);

  await welcome.bringToFront();
  await welcome.getByRole('button', { name: 'Next' }).click();

  // 3. Content warnings.
  await expect(welcome.getByRole('heading', { level: 2, name: 'Content warnings' })).toBeVisible();
  await welcome.getByRole('group', { name: 'Subjects' }).getByLabel('Violence', { exact: true }).uncheck();
  await expect.poll(async () => (await storedSettings(worker))?.blur.categories.violence).toBe(false);
  await welcome.getByRole('button', { name: 'Back' }).click();
  await expect(welcome.getByRole('heading', { level: 2, name: 'Leaving quickly' })).toBeVisible();
  await welcome.getByRole('button', { name: 'Next' }).click();
  await welcome.getByRole('button', { name: 'Finish' }).click();

  await expect(welcome.getByRole('heading', { name: 'You are set up' })).toBeVisible();
  const stored = await storedSettings(worker);
  expect(stored).toMatchObject({ sites: ['hotline.example'], exit: { decoyUrl: decoy, inPageTrigger: true } });
  expect(stored?.blur.categories).toEqual({ ...defaultSettings().blur.categories, violence: false });
  await expect(welcome.getByRole('link', { name: 'Open the settings' })).toHaveAttribute('href', /\/options\.html$/);
  const welcomeClosed = welcome.waitForEvent('close');
  await welcome
    .getByRole('button', { name: 'Close this page' })
    .click()
    .catch(() => undefined);
  await welcomeClosed;
  // The extension's own pages leave no history entry.
  await expect.poll(async () => (await historyUrls(worker)).filter((u) => u.startsWith('chrome-extension://'))).toEqual([]);
});

test('"Skip, set up later" closes the page and changes nothing', async ({ context }) => {
  const { welcome, worker } = await welcomeFromInstall(context);
  await expect(welcome.getByText('Step 1 of 3')).toBeVisible();
  const before = await storedSettings(worker);
  const closed = welcome.waitForEvent('close');
  // The page may close before the click's own bookkeeping ends.
  await welcome
    .getByRole('button', { name: 'Skip, set up later' })
    .click()
    .catch(() => undefined);
  await closed;
  expect(await storedSettings(worker)).toEqual(before);
  // The defaults are in force: the quick exit works without any setup.
  expect((await worker.evaluate(() => chrome.commands.getAll())).find((c) => c.name === 'quick-exit')?.shortcut).toBe('Alt+Shift+Y');
});

test('the welcome page is accessible, and skippable from every step', async ({ context }) => {
  const { welcome } = await welcomeFromInstall(context);
  for (const title of ['Sites to keep private', 'Leaving quickly', 'Content warnings']) {
    await expect(welcome.getByRole('heading', { level: 2, name: title })).toBeVisible();
    await expect(welcome.getByRole('button', { name: 'Skip, set up later' })).toBeVisible();
    const results = await new AxeBuilder({ page: welcome }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      title,
    ).toEqual([]);
    await welcome.getByRole('button', { name: /^(Next|Finish)$/ }).click();
  }
  await expect(welcome.getByRole('heading', { name: 'You are set up' })).toBeFocused();
});

test('the practice exit by the browser-wide shortcut is real too, and keeps the welcome page open', async ({ context }) => {
  const { welcome } = await welcomeFromInstall(context);
  await welcome.getByRole('button', { name: 'Next' }).click();
  const practiceOpened = context.waitForEvent('page', (p) => p.url().includes('/welcome.html?practice'));
  await welcome.getByRole('button', { name: 'Open a practice tab' }).click();
  const practice = await practiceOpened;
  await expect(practice.getByRole('heading', { name: 'Practice page' })).toBeVisible();
  const closed = practice.waitForEvent('close');
  // Alt+Shift+Y as a real key press reaching the browser (CDP), not a page event.
  const cdp = await context.newCDPSession(practice);
  const key = { modifiers: 1 | 8, key: 'Y', code: 'KeyY', windowsVirtualKeyCode: 89, nativeVirtualKeyCode: 89 };
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key }).catch(() => undefined);
  await closed;
  await expect(welcome.getByText('It worked: the practice tab closed and your neutral page opened in its place.')).toBeVisible();
  expect(welcome.isClosed()).toBe(false);
});
