import type { Page } from '@playwright/test';
import { serveBlurPages, type BlurPageServer } from '../fixtures/blur-pages/serve';
import { hasBlurInEffect } from '../support/painted';
import { expect, setSettings, test } from './fixtures';

/**
 * Pages that fight the content warnings (issue 15). Each test reads what the browser
 * really paints: the computed filter of the flagged passage and of its ancestors.
 */
const test_ = test.extend<{ pages: BlurPageServer }>({
  // eslint-disable-next-line no-empty-pattern
  pages: async ({}, use) => {
    const server = await serveBlurPages();
    await use(server);
    await server.close();
  },
});

const isBlurred = (page: Page, selector: string): Promise<boolean> => page.locator(selector).evaluate(hasBlurInEffect);

test_('the page’s own filter:none !important, at any specificity, does not unblur a passage', async ({ context, serviceWorker, pages }) => {
  void serviceWorker;
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    // (The browser's own note about the missing favicon is not a script error.)
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(message.text());
  });
  await page.goto(pages.url('forum.example', '/blur/page-css.html'));
  // The content script has flagged both passages (inert is set on every blurred block)...
  await expect.poll(() => page.locator('#main [inert]').count()).toBe(2);
  // ...and the blur is in effect, against the page's own rules.
  expect(await isBlurred(page, '#flagged-plain')).toBe(true);
  expect(await isBlurred(page, '#flagged')).toBe(true);
  expect(await isBlurred(page, '#calm')).toBe(false);
  expect(await page.evaluate(() => (window as unknown as { __pageOk: boolean }).__pageOk)).toBe(true);
  expect(errors).toEqual([]);
});

/**
 * The hostile-page suite: saved, made-up pages under tests/fixtures/blur-pages/hostile,
 * each fighting the content script in its own way. On each: flagged text is blurred
 * (in every frame named), text the survivor types is never blurred, the page's own
 * behaviour is unchanged (its script checks itself: `__pageCheck`), the content
 * script throws nothing into the page's console, and Shift three times still exits.
 */
interface HostileCase {
  file: string;
  about: string;
  /** Flagged passages: `#flagged` in the page, or in the frames with these ids. */
  flaggedIn: ('page' | string)[];
  /** Also flagged (selectors in the page). */
  alsoFlagged?: string[];
  /** Where the test types: a textarea or an editable area. */
  typed: string;
  /** Wait for this before checking (the page rewrites itself after load). */
  ready?: string;
}

const HOSTILE: HostileCase[] = [
  {
    file: 'style-war.html',
    about: 'removes style elements and every attribute it did not write, in a loop',
    flaggedIn: ['page'],
    typed: '#typed',
  },
  {
    file: 'document-write.html',
    about: 'throws its document away with document.open() and writes a new one after load',
    flaggedIn: ['page'],
    typed: '#typed',
    ready: '#calm',
  },
  {
    file: 'odd-elements.html',
    about: 'holds template, noscript, svg text and foreignObject',
    flaggedIn: ['page'],
    alsoFlagged: ['#svg-flagged'],
    typed: '#typed',
  },
  { file: 'editor.html', about: 'has a contenteditable editor that re-renders on every key', flaggedIn: ['page'], typed: '#typed' },
  { file: 'closed-shadow.html', about: 'attaches a closed shadow root after load', flaggedIn: [], typed: '#typed' },
  {
    file: 'frames.html',
    about: 'has srcdoc, script-written about:blank, sandboxed, blob: and data: frames',
    flaggedIn: ['srcdoc', 'blank', 'sandboxed', 'blob', 'data'],
    typed: '#typed',
  },
  {
    file: 'strict-csp.html',
    about: 'has a strict Content-Security-Policy (no inline styles, no connections)',
    flaggedIn: ['page'],
    typed: '#typed',
  },
  { file: 'throwing.html', about: 'throws in every event listener it has', flaggedIn: ['page'], typed: '#typed' },
  {
    file: 'broken-globals.html',
    about: 'overwrites MutationObserver, attachShadow, appendChild, createElement and JSON',
    flaggedIn: ['page'],
    typed: '#typed',
  },
];

async function frameById(page: Page, id: string) {
  const handle = await page.waitForSelector(`iframe#${id}`, { state: 'attached' });
  return expect
    .poll(async () => (await handle.contentFrame())?.locator('#flagged').count() ?? 0)
    .toBe(1)
    .then(async () => (await handle.contentFrame())!);
}

for (const c of HOSTILE) {
  test_(
    `a page that ${c.about}: blurred, typing clear, page unchanged, no error, Shift x3 exits`,
    async ({ context, serviceWorker, pages, server }) => {
      const decoyUrl = server.url('weather.example', '/forecast');
      await setSettings(serviceWorker, (s) => {
        s.exit.decoyUrl = decoyUrl;
      });
      const page = await context.newPage();
      const ours: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && message.location().url.startsWith('chrome-extension:')) ours.push(message.text());
      });
      const url = pages.url('forum.example', `/blur/hostile/${c.file}`);
      await page.goto(url);
      if (c.ready) await page.waitForSelector(c.ready);

      for (const where of c.flaggedIn) {
        const frame = where === 'page' ? page : await frameById(page, where);
        await expect.poll(() => isBlurred(frame as Page, '#flagged'), { message: `#flagged in ${where}` }).toBe(true);
      }
      for (const selector of c.alsoFlagged ?? []) await expect.poll(() => isBlurred(page, selector), { message: selector }).toBe(true);
      if (c.file === 'closed-shadow.html') {
        // The page keeps its own handle on the closed root (window.__root).
        await expect
          .poll(async () => {
            const p = await page.evaluateHandle(
              () => (window as unknown as { __root?: ShadowRoot }).__root?.getElementById('flagged') ?? null,
            );
            const element = p.asElement();
            return element ? element.evaluate(hasBlurInEffect) : false;
          })
          .toBe(true);
      }

      // Typing: the survivor's own words, never blurred. A flagged passage added after
      // them, seen blurred, shows the content script has handled the typing.
      await page.locator(c.typed).click();
      await page.keyboard.type('he beat me and I want to die');
      await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<p id="after-typing">He was stabbed last night.</p>'));
      await expect.poll(() => isBlurred(page, '#after-typing')).toBe(true);
      expect(await isBlurred(page, c.typed)).toBe(false);
      await expect.poll(() => page.evaluate(() => (window as unknown as { __pageCheck(): boolean }).__pageCheck())).toBe(true);
      expect(ours).toEqual([]);

      // Shift three times: the page leaves the screen, the decoy takes its place.
      await page.locator('#calm').click();
      for (let i = 0; i < 3; i++) await page.keyboard.press('Shift').catch(() => undefined);
      await expect
        .poll(() =>
          serviceWorker.evaluate(async (u) => (await chrome.tabs.query({})).some((t) => (t.url ?? t.pendingUrl ?? '').startsWith(u)), url),
        )
        .toBe(false);
      await expect.poll(() => context.pages().some((p) => !p.isClosed() && p.url().startsWith(decoyUrl))).toBe(true);
    },
  );
}
