import type { Page } from 'puppeteer-core';
import { smsHref, telHref } from '../../lib/help/links';
import { peerSupportEntries } from '../../lib/help/queries';
import { expect, test } from '../support/firefox';

/**
 * The "Peer support" view in real Firefox for two countries (issue 13): the groups of
 * the data, in order, each card offering exactly its entry's ways to reach it, and
 * "Before you join" opening by keyboard; and "Take a moment" from a blurred label, by
 * keyboard. tests/e2e/help-peer.spec.ts covers all 20 countries in Chromium.
 */

const PANEL = '[role="tabpanel"]:not([hidden])';
const grounding = (urls: string[]) => urls.filter((u) => u.startsWith('moz-extension://') && u.endsWith('/popup.html#grounding'));

async function openPeerView(openExtensionPage: (path: string, options?: { window?: boolean }) => Promise<Page>): Promise<Page> {
  // In a tab of the focused window, not a window of its own: measured here, Firefox
  // delivers the keys to a page whose window lacks the focus (document.hasFocus() is
  // false) but does not toggle a <summary> on them.
  const popup = await openExtensionPage('popup.html');
  await popup.bringToFront();
  await popup.waitForSelector(`${PANEL} .help-card__name`);
  await popup.click('#help-tab-peer');
  await popup.waitForSelector('#help-panel-peer:not([hidden]) .help-card__name');
  return popup;
}

/** Each card's links and buttons, by entry id. */
function paintedContacts(popup: Page) {
  return popup.$$eval(`${PANEL} article.help-card`, (cards) =>
    cards.map((card) => {
      const hrefs = [...card.querySelectorAll('.help-actions a')].map((a) => a.getAttribute('href') ?? '');
      return {
        id: (card.getAttribute('aria-labelledby') ?? '').replace(/^help-entry-/, ''),
        tel: hrefs.filter((h) => h.startsWith('tel:')),
        sms: hrefs.filter((h) => h.startsWith('sms:')),
        mailto: hrefs.filter((h) => h.startsWith('mailto:')),
        buttons: [...card.querySelectorAll('.help-actions button')].map((b) => b.getAttribute('aria-label') ?? ''),
      };
    }),
  );
}

test('Firefox: the peer view of two countries lists their groups, each one reachable, with Before you join by keyboard', async ({
  openExtensionPage,
}) => {
  const popup = await openPeerView(openExtensionPage);
  for (const country of ['GB', 'DE']) {
    await popup.select('#help-country', country);
    const entries = peerSupportEntries(country);
    expect(
      entries.some((e) => e.country === country),
      country,
    ).toBe(true);
    await expect
      .poll(() => popup.$$eval(`${PANEL} .help-card__name`, (names) => names.map((n) => n.textContent ?? '')))
      .toEqual(entries.map((e) => e.name));
    expect(await paintedContacts(popup)).toEqual(
      entries.map((entry) => ({
        id: entry.id,
        tel: (entry.phones ?? []).map((p) => telHref(p)!),
        sms: entry.text ? [smsHref(entry)!] : [],
        mailto: entry.email ? [`mailto:${entry.email}`] : [],
        buttons: [...(entry.chatUrl ? [`Chat online: ${entry.name}`] : []), ...(entry.website ? [`Website: ${entry.name}`] : [])],
      })),
    );

    // The first "Before you join": Enter on its summary opens it, Space closes it.
    const notes = `${PANEL} details.help-before-join`;
    if (await popup.$(notes)) {
      await popup.focus(`${notes} summary`);
      expect(await popup.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
      await popup.keyboard.press('Enter');
      await expect.poll(() => popup.$eval(notes, (d) => (d as HTMLDetailsElement).open)).toBe(true);
      expect(await popup.$eval(notes, (d) => d.textContent ?? '')).toContain('private window');
      await popup.keyboard.press(' ');
      await expect.poll(() => popup.$eval(notes, (d) => (d as HTMLDetailsElement).open)).toBe(false);
    }
  }
});

test('Firefox: Take a moment on a blurred label opens the grounding exercises in a tab, leaving no history entry', async ({
  firefox,
  server,
  openTabUrls,
  historyUrls,
  extension,
}) => {
  const page = await firefox.newPage();
  await page.bringToFront();
  const body =
    '<p id="calm">A calm day in town. <button id="before">Subscribe</button></p><p id="p">He <b>beat</b> her again last night.</p>';
  await page.goto(server.url('news.example', `/page?title=News&body=${encodeURIComponent(body)}`));
  await expect.poll(() => page.$eval('#p', (el) => getComputedStyle(el).filter.includes('blur') || el.hasAttribute('inert'))).toBe(true);
  // From the button before the passage: Tab to Show, Tab to Take a moment, Enter.
  await page.focus('#before');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect.poll(async () => grounding(await openTabUrls())).toHaveLength(1);
  // The passage stays blurred: taking a moment reveals nothing.
  expect(await page.$eval('#p', (el) => el.hasAttribute('inert'))).toBe(true);
  // Loaded first, so that a visit would have been recorded by now.
  await expect
    .poll(() => extension(async (b) => (await b.tabs.query({})).find((t) => (t.url ?? '').endsWith('/popup.html#grounding'))?.status))
    .toBe('complete');
  await expect.poll(async () => (await historyUrls()).some((u) => u.includes('news.example'))).toBe(true);
  await expect.poll(async () => (await historyUrls()).filter((u) => u.startsWith('moz-extension://'))).toEqual([]);
});
