import AxeBuilder from '@axe-core/playwright';
import type { Page, Worker } from '@playwright/test';
import { helpDirectory } from '../../lib/help/data/index';
import { smsHref, telHref } from '../../lib/help/links';
import { peerSupportEntries } from '../../lib/help/queries';
import { INTERNATIONAL, type HelpEntry } from '../../lib/help/schema';
import { expect, historyUrls, test } from './fixtures';

/**
 * Peer support in every country of the directory, in real Chromium with the built
 * extension: each group listed and reachable, "Before you join" and the grounding
 * exercises by keyboard, "Take a moment" from a blurred passage, and axe. Everything is
 * asserted against the data (lib/help/data), never against fixed counts: the directory
 * grows.
 */

const COUNTRIES = [...new Set(helpDirectory.map((e) => e.country))].filter((c) => c !== INTERNATIONAL).toSorted();
const visiblePanel = (popup: Page) => popup.locator('[role="tabpanel"]:not([hidden])');

async function openHelp(openPopup: () => Promise<Page>): Promise<Page> {
  const popup = await openPopup();
  // As help.spec.ts: the locale override reaches a popup window only after a reload.
  await popup.reload();
  await expect(popup.locator('section.help')).toBeVisible();
  return popup;
}

async function axeProblems(popup: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page: popup }).include('section.help').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** What a survivor can do with an entry, as the data says. */
function expectedContacts(entry: HelpEntry) {
  return {
    tel: (entry.phones ?? []).map((p) => telHref(p)!),
    sms: entry.text ? [smsHref(entry)!] : [],
    mailto: entry.email ? [`mailto:${entry.email}`] : [],
    buttons: [...(entry.chatUrl ? [`Chat online: ${entry.name}`] : []), ...(entry.website ? [`Website: ${entry.name}`] : [])],
  };
}

/** What a card really offers: its links' addresses and its buttons' accessible names. */
function paintedContacts(popup: Page, entry: HelpEntry) {
  return popup.locator(`article[aria-labelledby="help-entry-${entry.id}"] .help-actions`).evaluate((actions) => {
    const hrefs = [...actions.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    return {
      tel: hrefs.filter((h) => h.startsWith('tel:')),
      sms: hrefs.filter((h) => h.startsWith('sms:')),
      mailto: hrefs.filter((h) => h.startsWith('mailto:')),
      buttons: [...actions.querySelectorAll('button')].map((b) => b.getAttribute('aria-label') ?? ''),
    };
  });
}

test.describe('peer support in every country', () => {
  test.use({ browserLanguage: 'en-GB' });

  test('each country lists its groups, each one can be called, texted, written to or opened', async ({ openPopup }) => {
    test.setTimeout(240_000);
    expect(COUNTRIES).toHaveLength(20);
    const popup = await openHelp(openPopup);
    await popup.getByRole('tab', { name: 'Peer support' }).click();
    const failures: string[] = [];
    for (const country of COUNTRIES) {
      await popup.getByLabel('Your country').selectOption(country);
      const entries = peerSupportEntries(country);
      await expect(visiblePanel(popup).locator('.help-card__name'), country).toHaveText(entries.map((e) => e.name));
      for (const entry of entries) {
        const expected = expectedContacts(entry);
        const painted = await paintedContacts(popup, entry);
        if (JSON.stringify(painted) !== JSON.stringify(expected))
          failures.push(`${country} ${entry.id}: ${JSON.stringify(painted)} ≠ ${JSON.stringify(expected)}`);
        const ways = painted.tel.length + painted.sms.length + painted.mailto.length + painted.buttons.length;
        if (ways === 0 && entry.howToJoin === undefined) failures.push(`${country} ${entry.id}: no way to reach it`);
      }

      // "Before you join", by keyboard: closed, opened with Enter, closed again with Space.
      const withNotes = visiblePanel(popup).locator('details.help-before-join').first();
      if ((await withNotes.count()) > 0) {
        const summary = withNotes.locator('summary');
        await summary.focus();
        await expect(withNotes).not.toHaveAttribute('open');
        await popup.keyboard.press('Enter');
        await expect(withNotes).toHaveAttribute('open');
        await expect(withNotes.locator('li').first()).toBeVisible();
        await expect(withNotes).toContainText('private window');
        // Axe with the notes open, so that their contents are checked too.
        const problems = await axeProblems(popup);
        if (problems.length) failures.push(`${country} axe: ${problems.join('; ')}`);
        await popup.keyboard.press('Space');
        await expect(withNotes).not.toHaveAttribute('open');
      } else {
        const problems = await axeProblems(popup);
        if (problems.length) failures.push(`${country} axe: ${problems.join('; ')}`);
      }
    }
    expect(failures).toEqual([]);
  });

  test("each country's first group website opens in a new tab and leaves no history entry", async ({ openPopup, serviceWorker }) => {
    test.setTimeout(240_000);
    const openable = COUNTRIES.flatMap((country) => {
      const entry = peerSupportEntries(country).find((e) => e.country === country && (e.website ?? e.chatUrl));
      return entry ? [{ country, entry }] : [];
    });
    expect(openable.length).toBeGreaterThan(0);
    for (const { country, entry } of openable) {
      const popup = await openHelp(openPopup);
      await popup.getByLabel('Your country').selectOption(country);
      await popup.getByRole('tab', { name: 'Peer support' }).click();
      const url = entry.website ?? entry.chatUrl!;
      const action = entry.website ? 'Website' : 'Chat online';
      await visiblePanel(popup)
        .locator(`article[aria-labelledby="help-entry-${entry.id}"]`)
        .getByRole('button', { name: `${action}: ${entry.name}` })
        .click();
      // The machine is offline: the tab reaches its error page, which is still a commit.
      const tab = () =>
        serviceWorker.evaluate(async (wanted) => {
          const found = (await chrome.tabs.query({})).find((t) => (t.pendingUrl ?? t.url) === wanted);
          return found ? { id: found.id!, status: found.status } : null;
        }, url);
      await expect.poll(async () => (await tab())?.status, `${country} ${url}`).toBe('complete');
      const { host } = new URL(url);
      expect(
        (await historyUrls(serviceWorker)).filter((u) => new URL(u).host === host),
        url,
      ).toEqual([]);
      await serviceWorker.evaluate((id) => chrome.tabs.remove(id), (await tab())!.id);
    }
    // The popup itself stays out of history too.
    expect((await historyUrls(serviceWorker)).filter((u) => u.startsWith('chrome-extension://'))).toEqual([]);
  });
});

test.describe('grounding exercises', () => {
  test.use({ browserLanguage: 'en-GB' });

  test('every exercise works with the keyboard alone, and axe finds nothing serious', async ({ openPopup }) => {
    const popup = await openHelp(openPopup);
    const focused = () => popup.locator(':focus');
    const tabTo = async (name: string, limit = 12) => {
      for (let i = 0; i < limit; i++) {
        if ((await focused().textContent()) === name) return;
        await popup.keyboard.press('Tab');
      }
      throw new Error(`focus never reached ${name}`);
    };
    await popup.locator('#help-tab-talk').focus();
    await popup.keyboard.press('End');
    await expect(popup.locator('#help-tab-breathe')).toHaveAttribute('aria-selected', 'true');
    await expect(visiblePanel(popup).locator('h3')).toHaveText([
      'Notice what is around you',
      'Slow breathing',
      'Box breathing',
      'A gentle body scan',
      'A calm place in your mind',
    ]);

    // Box breathing: started with Space, announced phase by phase, stopped with Enter.
    await tabTo('Start box breathing', 30);
    await popup.keyboard.press('Space');
    const boxCue = popup.locator('#help-box [aria-live="polite"]');
    await expect(boxCue).toHaveText('Breathe in');
    await expect(boxCue).toHaveText('Hold', { timeout: 8_000 });
    expect(await axeProblems(popup)).toEqual([]);
    await expect(focused()).toHaveText('Stop');
    await popup.keyboard.press('Enter');
    await expect(boxCue).toHaveText('');

    // The body scan and the calm place: Enter on Start, then Next step by step; the focus
    // follows each new step, and nothing moves on by itself.
    for (const [start, done] of [
      ['Start the body scan', 'Take a slow breath. Notice your body as a whole, here and now.'],
      [
        'Start the calm-place exercise',
        'You can come back to your place whenever you need. When you are ready, notice the room you are in.',
      ],
    ] as const) {
      await tabTo(start);
      await popup.keyboard.press('Enter');
      await expect(focused()).toHaveClass(/help-ground__step/);
      for (let step = 0; step < 5; step++) {
        const before = await focused().textContent();
        await tabTo('Next', 4);
        await popup.keyboard.press('Enter');
        await expect(focused()).toHaveClass(/help-ground__step/);
        await expect(focused()).not.toHaveText(before ?? '');
      }
      await expect(focused()).toHaveText(done);
      expect(await axeProblems(popup)).toEqual([]);
    }
  });

  test('box breathing does not move when the system asks for reduced motion', async ({ openPopup }) => {
    const popup = await openHelp(openPopup);
    await popup.emulateMedia({ reducedMotion: 'reduce' });
    await popup.getByRole('tab', { name: 'Breathe' }).click();
    await visiblePanel(popup).getByRole('button', { name: 'Start box breathing' }).click();
    await expect(popup.locator('#help-box [aria-live="polite"]')).toHaveText('Breathe in');
    await expect(popup.locator('#help-box .help-breath__circle')).toBeHidden();
    await popup.emulateMedia({ reducedMotion: 'no-preference' });
    await expect(popup.locator('#help-box .help-breath__circle')).toBeVisible();
  });
});

/** The buttons inside the extension's closed shadow roots, found the way DevTools sees them. */
async function clickClosedShadowButton(page: Page, name: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    type DomNode = { nodeId: number; nodeName: string; nodeValue?: string; children?: DomNode[]; shadowRoots?: DomNode[] };
    const textOf = (n: DomNode): string => (n.nodeValue ?? '') + (n.children ?? []).map(textOf).join('');
    const find = async () => {
      const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
      const found: number[] = [];
      const walk = (n: DomNode) => {
        if (n.nodeName === 'BUTTON' && textOf(n).trim() === name) found.push(n.nodeId);
        for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) walk(c);
      };
      walk(root);
      return found[0];
    };
    await expect.poll(find).toBeDefined();
    const { model } = await cdp.send('DOM.getBoxModel', { nodeId: (await find())! });
    const [x1, y1, , , x3, y3] = model.content;
    await page.mouse.click((x1! + x3!) / 2, (y1! + y3!) / 2);
  } finally {
    await cdp.detach();
  }
}

async function extensionTabs(worker: Worker): Promise<string[]> {
  return worker.evaluate(async () =>
    (await chrome.tabs.query({})).map((t) => t.pendingUrl ?? t.url ?? '').filter((u) => u.startsWith('chrome-extension://')),
  );
}

test.describe('Take a moment', () => {
  test.use({ browserLanguage: 'en-GB' });

  test("opens the grounding exercises from a blurred passage's label, leaving no history entry", async ({
    context,
    serviceWorker,
    server,
    extensionId,
  }) => {
    const page = await context.newPage();
    const body = '<p id="calm">A calm day in town.</p><p id="p">He <b>beat</b> her again last night.</p>';
    await page.goto(server.url('news.example', `/page?title=News&body=${encodeURIComponent(body)}`));
    expect(await extensionTabs(serviceWorker)).toEqual([]);
    // Every visit the browser records, heard in the background: the positive signal that
    // the exercises' page was recorded before it is checked to be gone.
    await serviceWorker.evaluate(() => {
      const heard: string[] = [];
      (globalThis as unknown as { visitsHeard: string[] }).visitsHeard = heard;
      chrome.history.onVisited.addListener((item) => heard.push(item.url ?? ''));
    });
    const opened = context.waitForEvent('page', (p) => p.url().startsWith(`chrome-extension://${extensionId}/popup.html`));
    await clickClosedShadowButton(page, 'Take a moment');
    const exercises = await opened;
    expect(new URL(exercises.url()).hash).toBe('#grounding');
    await expect(exercises.locator('#help-tab-breathe')).toHaveAttribute('aria-selected', 'true');
    await expect(exercises.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
    await expect(exercises.getByRole('button', { name: 'Start box breathing' })).toBeVisible();
    // The passage stays blurred: taking a moment reveals nothing.
    const stillBlurred = await page
      .locator('#p')
      .evaluate((el) => getComputedStyle(el).filter.includes('blur') || getComputedStyle(el.parentElement!).filter.includes('blur'));
    expect(stillBlurred).toBe(true);
    // The extension's page was recorded, and is erased as it is visited.
    await expect
      .poll(() =>
        serviceWorker.evaluate(() =>
          (globalThis as unknown as { visitsHeard: string[] }).visitsHeard.some((u) => u.includes('popup.html')),
        ),
      )
      .toBe(true);
    await expect.poll(async () => (await historyUrls(serviceWorker)).filter((u) => u.startsWith('chrome-extension://'))).toEqual([]);
    // Only the extension's page: the news page the survivor read stays in history.
    expect((await historyUrls(serviceWorker)).some((u) => u.includes('news.example'))).toBe(true);
  });
});
