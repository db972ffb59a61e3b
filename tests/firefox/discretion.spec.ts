import type { Page } from 'puppeteer-core';
import { buttonNamed, controlLabelled, expect, test, waitForText, type FirefoxFixtures } from '../support/firefox';

// Each test launches its own Firefox: let the workers share them out.
test.describe.configure({ mode: 'parallel' });

/**
 * The disguise in real Firefox (issue 7, docs/discretion.md): the toolbar button's
 * title (browserAction in Firefox MV2) takes the neutral look, the popup opens on its
 * cover, and the gesture or the PIN opens the real popup. The popup is opened as a page
 * in a window of its own (BiDi cannot click the toolbar button), which runs the same
 * code. tests/e2e/discretion.spec.ts covers every cover and the PIN lock in Chromium.
 */

const PIN = '2580';

type Fixtures = Pick<FirefoxFixtures, 'extension' | 'openExtensionPage'>;

const toolbarTitle = (extension: Fixtures['extension']) => () => extension((b) => b.browserAction.getTitle({}));

/** What the popup shows first: the cover's title, and whether the real popup (its exit button) is there. */
async function popupFirstScreen(popup: Page): Promise<{ cover: string | undefined; exit: boolean; title: string }> {
  return popup.evaluate(() => ({
    cover: document.querySelector('.cover__title')?.textContent ?? undefined,
    exit: [...document.querySelectorAll('button')].some((b) => (b.textContent?.trim() ?? '').startsWith('Exit')),
    title: document.title,
  }));
}

async function openPopup(openExtensionPage: Fixtures['openExtensionPage']): Promise<Page> {
  const popup = await openExtensionPage('popup.html', { window: true });
  // The popup paints nothing until it knows whether it is disguised.
  await popup.waitForSelector('.cover__title, main.popup');
  return popup;
}

const realPopupShown = (popup: Page) => async () => (await popupFirstScreen(popup)).exit;

async function chooseLook(options: Page, label: string): Promise<void> {
  await (await controlLabelled(options, label)).click();
}

test('turned on, the toolbar title is neutral and the popup opens on its cover; three clicks on its title open the real popup; turned off, all is as before', async ({
  extension,
  openExtensionPage,
  storedSettings,
}) => {
  const title = toolbarTitle(extension);
  expect(await title()).toBe('Quiet Tabs');
  const options = await openExtensionPage('options.html');
  await chooseLook(options, 'A calculator');
  await expect.poll(title).toBe('Calculator');
  expect(await storedSettings()).toMatchObject({ discretion: { disguise: 'calculator', reveal: 'three-clicks' } });

  // The cover first, and it works as what it looks like.
  const popup = await openPopup(openExtensionPage);
  expect(await popupFirstScreen(popup)).toEqual({ cover: 'Calculator', exit: false, title: 'Calculator' });
  for (const key of ['1', '2', 'plus', '7', 'equals']) await (await buttonNamed(popup, key)).click();
  expect(await popup.$eval('.cover__display', (o) => o.textContent)).toBe('19');

  // Three clicks on the title: the real popup.
  const coverTitle = (await popup.$('.cover__title'))!;
  for (let i = 0; i < 3; i++) await coverTitle.click();
  await expect.poll(realPopupShown(popup)).toBe(true);
  await popup.close();

  // Off again: the extension's own title, and the real popup at once.
  await chooseLook(options, 'This extension (no disguise)');
  await expect.poll(title).toBe('Quiet Tabs');
  const plain = await openPopup(openExtensionPage);
  expect(await popupFirstScreen(plain)).toMatchObject({ cover: undefined, exit: true });
});

test('with a PIN, the notes cover opens the real popup on the PIN alone; a wrong PIN is a search that found nothing', async ({
  extension,
  openExtensionPage,
}) => {
  const options = await openExtensionPage('options.html');
  await (await controlLabelled(options, 'New PIN')).type(PIN);
  await (await controlLabelled(options, 'Type the PIN again')).type(PIN);
  await (await buttonNamed(options, 'Set PIN')).click();
  await waitForText(options, 'The PIN is set. Your list of sites is now stored encrypted.');
  await chooseLook(options, 'Notes');
  await expect.poll(toolbarTitle(extension)).toBe('Notes');

  const popup = await openPopup(openExtensionPage);
  expect(await popupFirstScreen(popup)).toEqual({ cover: 'Notes', exit: false, title: 'Notes' });
  const search = await controlLabelled(popup, 'Search notes');
  const searchValue = () => search.evaluate((input) => (input as HTMLInputElement).value);

  // The gesture does nothing once a PIN is set.
  const coverTitle = (await popup.$('.cover__title'))!;
  for (let i = 0; i < 3; i++) await coverTitle.click();
  // A wrong PIN: the field is cleared (a PIN never stays on screen), the cover stays.
  await search.type('0000');
  await search.press('Enter');
  await expect.poll(searchValue).toBe('');
  expect((await popupFirstScreen(popup)).exit).toBe(false);

  await search.type(PIN);
  await search.press('Enter');
  await expect.poll(realPopupShown(popup), { timeout: 30_000 }).toBe(true);
});
