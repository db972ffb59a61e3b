import { defaultSettings } from '../../lib/settings/schema';
import type { ElementHandle } from 'puppeteer-core';
import { buttonNamed, controlLabelled, expect, test, waitForText } from '../support/firefox';

// Each test launches its own Firefox: let the workers share them out.
test.describe.configure({ mode: 'parallel' });
// These tests start from the welcome tab that the install opened.
test.use({ keepWelcomePage: true });

/**
 * The first run in real Firefox (issue 7): the welcome page opens by itself on install,
 * its steps save as they go, the practice exit is a real one, and skipping changes
 * nothing. tests/e2e/welcome.spec.ts walks the same run in Chromium, with axe.
 */

type Stored = (ReturnType<typeof defaultSettings> & { sites: string[] }) | undefined;

test('the first run: a site added is stored, the practice exit is a real one, and the steps lead to the end', async ({
  firefox,
  server,
  findExtensionPage,
  findPage,
  storedSettings,
  historyUrls,
  recentlyClosedUrls,
  openTabUrls,
}) => {
  const welcome = await findExtensionPage('welcome.html');
  expect(await welcome.$eval('h1', (h) => h.textContent)).toBe('Welcome');
  await waitForText(welcome, 'Step 1 of ');

  // An ordinary tab and a chosen site's tab are open while the survivor sets up.
  const news = await firefox.newPage();
  await news.goto(server.url('news.example', '/today'));
  const hotline = await firefox.newPage();
  await hotline.goto(server.url('hotline.example', '/chat'));
  await welcome.bringToFront();

  // 1. Sites to keep private: the visit made a moment ago goes with it.
  const heading = () => welcome.$eval('main h2', (h) => h.textContent ?? '');
  expect(await heading()).toBe('Sites to keep private');
  const adder = await controlLabelled(welcome, 'Add a site');
  await adder.type('www.hotline.example');
  await adder.press('Enter');
  await waitForText(welcome, 'hotline.example added. Earlier visits removed: 1.');
  expect(((await storedSettings()) as Stored)?.sites).toEqual(['hotline.example']);
  expect((await historyUrls()).filter((u) => u.includes('hotline.example'))).toEqual([]);
  await (await buttonNamed(welcome, 'Next')).click();

  // 2. The neutral page, then a practice exit.
  await expect.poll(heading).toBe('Leaving quickly');
  const decoy = server.url('weather.example', '/forecast');
  // The field follows the stored value until the survivor types: select all, then type.
  const field = await controlLabelled(welcome, 'Neutral page');
  await field.evaluate((input) => (input as HTMLInputElement).select());
  await field.type(decoy);
  await (await buttonNamed(welcome, 'Save')).click();
  await waitForText(welcome, `Saved. A quick exit now shows ${decoy}.`);

  await (await buttonNamed(welcome, 'Open a practice tab')).click();
  const practice = await findExtensionPage('welcome.html?practice');
  await waitForText(welcome, 'The practice tab is open.');
  await waitForText(practice, 'Press the Shift key three times in a row.');
  await practice.bringToFront();
  for (let i = 0; i < 3; i++) await practice.keyboard.press('Shift');
  await findPage(decoy);

  // A real exit: the chosen site's tab is gone, the ordinary tab and the guide stay.
  await waitForText(welcome, 'It worked: the practice tab closed and your neutral page opened in its place.');
  await expect.poll(async () => (await openTabUrls()).filter((u) => u.includes('hotline.example') || u.includes('practice'))).toEqual([]);
  expect(await openTabUrls()).toEqual(expect.arrayContaining([server.url('news.example', '/today'), decoy]));
  expect((await historyUrls()).filter((u) => u.includes('hotline.example'))).toEqual([]);
  // The practice page does not linger in "Recently closed".
  await expect.poll(async () => (await recentlyClosedUrls()).filter((u) => u.includes('practice'))).toEqual([]);

  // 3. Content warnings: a subject turned off is stored at once.
  await welcome.bringToFront();
  await (await buttonNamed(welcome, 'Next')).click();
  await expect.poll(heading).toBe('Content warnings');
  await (await controlLabelled(welcome, 'Violence')).click();
  await expect.poll(async () => ((await storedSettings()) as Stored)?.blur.categories.violence).toBe(false);

  // Whatever steps follow (an optional PIN), Next and Finish lead to the end.
  for (let step = 0; step < 3 && (await heading()) !== 'You are set up'; step++) {
    const was = await heading();
    const next = await welcome.waitForFunction(
      () => [...document.querySelectorAll('.step-buttons button')].find((b) => /^(Next|Finish)$/.test(b.textContent?.trim() ?? '')),
      { polling: 50 },
    );
    await (next as ElementHandle<HTMLButtonElement>).click();
    await expect.poll(heading).not.toBe(was);
  }
  await waitForText(welcome, 'You are set up');
  const stored = (await storedSettings()) as Stored;
  expect(stored).toMatchObject({ sites: ['hotline.example'], exit: { decoyUrl: decoy, inPageTrigger: true } });
  expect(stored?.blur.categories).toEqual({ ...defaultSettings().blur.categories, violence: false });

  await (await buttonNamed(welcome, 'Close this page')).click();
  await expect.poll(async () => (await openTabUrls()).filter((u) => u.includes('/welcome.html'))).toEqual([]);
  // The extension's own pages leave no history entry.
  await expect.poll(async () => (await historyUrls()).filter((u) => u.startsWith('moz-extension:'))).toEqual([]);
});

test('"Skip, set up later" closes the welcome page and changes nothing', async ({
  findExtensionPage,
  storedSettings,
  openTabUrls,
  extension,
}) => {
  const welcome = await findExtensionPage('welcome.html');
  await waitForText(welcome, 'Step 1 of ');
  const before = await storedSettings();
  await (await buttonNamed(welcome, 'Skip, set up later')).click();
  await expect.poll(async () => (await openTabUrls()).filter((u) => u.includes('/welcome.html'))).toEqual([]);
  expect(await storedSettings()).toEqual(before);
  // The defaults are in force: the quick exit works without any setup.
  expect((await extension((b) => b.commands.getAll())).find((c) => c.name === 'quick-exit')?.shortcut).toBe('Alt+Shift+Y');
});
