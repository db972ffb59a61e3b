import type { Page } from 'puppeteer-core';
import { countryFromLocale, countryName } from '../../lib/help/locale';
import { talkNowEntries } from '../../lib/help/queries';
import { INTERNATIONAL } from '../../lib/help/schema';
import { expect, test } from '../support/firefox';

// Each test launches its own Firefox: let the workers share them out.
test.describe.configure({ mode: 'parallel' });

/**
 * The popup's quick help in real Firefox (issue 6): it renders with the exit button
 * first and the lines of the survivor's country, call links dial the published digits,
 * and a country chosen in the popup is shown at once and remembered. The popup is
 * opened as a page in a window of its own (BiDi cannot click the toolbar button).
 * tests/e2e/help.spec.ts covers the rest (filters, search, axe, keyboard) in Chromium.
 */

const PANEL = '[role="tabpanel"]:not([hidden])';

/** What the survivor reads in the visible help view: section titles and card names, in order. */
function shownLines(popup: Page): Promise<{ sections: string[]; cards: string[] }> {
  return popup.$eval(PANEL, (panel) => ({
    sections: [...panel.querySelectorAll('.help-section__title')].map((h) => h.textContent ?? ''),
    cards: [...panel.querySelectorAll('.help-card__name')].map((h) => h.textContent ?? ''),
  }));
}

/** The country's own lines, in the order the popup lists them (international help comes after). */
const ownLines = (country: string) => talkNowEntries(country).filter((e) => e.country !== INTERNATIONAL);

async function openPopup(openExtensionPage: (path: string, options?: { window?: boolean }) => Promise<Page>): Promise<Page> {
  const popup = await openExtensionPage('popup.html', { window: true });
  await popup.waitForSelector(`${PANEL} .help-card__name`);
  return popup;
}

test("the popup opens on the exit button, then the lines of the browser language's country, with tel: links that dial the published digits", async ({
  extension,
  openExtensionPage,
}) => {
  // Firefox ESR's own language (en-US here); the popup never asks the network.
  const country = countryFromLocale(await extension((b) => b.i18n.getUILanguage()));
  expect(country).toBeDefined();
  const popup = await openPopup(openExtensionPage);

  // First in the page and first in the Tab order: the exit button.
  const first = await popup.evaluate(() => {
    const focusable = document.querySelector<HTMLElement>('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])');
    return { tag: focusable?.tagName, text: focusable?.textContent?.trim() ?? '', title: document.title };
  });
  expect(first.tag).toBe('BUTTON');
  expect(first.text).toMatch(/^Exit/);
  expect(await popup.$eval('#help-country', (s) => (s as HTMLSelectElement).value)).toBe(country);
  const lines = await shownLines(popup);
  expect(lines.sections[0]).toBe(countryName(country!, 'en'));
  expect(lines.cards.slice(0, ownLines(country!).length)).toEqual(ownLines(country!).map((e) => e.name));

  // Every call link dials exactly the digits the service publishes, in the order listed.
  const links = await popup.$$eval(`${PANEL} a[href^="tel:"]`, (as) =>
    as.map((a) => ({ text: a.textContent ?? '', href: a.getAttribute('href') ?? '' })),
  );
  const published = talkNowEntries(country).flatMap((e) =>
    (e.phones ?? []).map((p) => ({ text: `Call ${p.display}${p.note ? ` (${p.note})` : ''}`, href: `tel:${p.tel.replace(/#/g, '%23')}` })),
  );
  expect(published.length).toBeGreaterThan(0);
  expect(links).toEqual(published);
});

test('a country chosen in the popup changes the lines at once and is remembered after reopening', async ({
  openExtensionPage,
  storedSettings,
}) => {
  let popup = await openPopup(openExtensionPage);
  const before = await shownLines(popup);
  expect(before.sections[0]).not.toBe('New Zealand');

  await popup.select('#help-country', 'NZ');
  await expect.poll(async () => (await shownLines(popup)).sections[0]).toBe('New Zealand');
  const newZealand = ownLines('NZ').map((e) => e.name);
  expect(newZealand[0]).toBe("Women's Refuge crisis line");
  expect((await shownLines(popup)).cards.slice(0, newZealand.length)).toEqual(newZealand);
  await expect.poll(async () => (await storedSettings()) as { help?: { country?: string } }).toMatchObject({ help: { country: 'NZ' } });

  await popup.close();
  popup = await openPopup(openExtensionPage);
  expect(await popup.$eval('#help-country', (s) => (s as HTMLSelectElement).value)).toBe('NZ');
  expect((await shownLines(popup)).sections[0]).toBe('New Zealand');
  expect((await shownLines(popup)).cards.slice(0, newZealand.length)).toEqual(newZealand);
  // New Zealand's lines dial New Zealand's numbers.
  const refuge = ownLines('NZ')[0]!.phones?.[0];
  expect(refuge).toBeDefined();
  expect(await popup.$$eval(`${PANEL} a[href^="tel:"]`, (as) => as.map((a) => a.getAttribute('href')))).toContain(`tel:${refuge!.tel}`);
});
