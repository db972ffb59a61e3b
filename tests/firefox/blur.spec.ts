import type { Page } from 'puppeteer-core';
import { serveBlurPages, type BlurPageServer } from '../fixtures/blur-pages/serve';
import { hasBlurInEffect } from '../support/painted';
import { expect, test as base, type FirefoxFixtures } from '../support/firefox';

/**
 * Content warnings in real Firefox with the built extension: a flagged block is
 * blurred and can be shown and hidden again from the keyboard, and no frame of a
 * slowly streamed page paints flagged text unblurred.
 */
const test = base.extend<{ pages: BlurPageServer }>({
  // eslint-disable-next-line no-empty-pattern
  pages: async ({}, use) => {
    const server = await serveBlurPages();
    await use(server);
    await server.close();
  },
});

const isBlurred = (page: Page, selector: string): Promise<boolean> => page.$eval(selector, hasBlurInEffect);

async function watchResult(page: Page): Promise<{ violations: unknown[]; frames: number; checked: number }> {
  return page.evaluate(() => {
    const w = (window as unknown as { __frameWatch: { violations: unknown[]; frames: number; checked: number } }).__frameWatch;
    return { violations: [...w.violations], frames: w.frames, checked: w.checked };
  });
}

test('Firefox: a flagged block is blurred, shown and hidden again with the keyboard', async ({
  firefox,
  server,
}: FirefoxFixtures & { server: { url(host: string, path?: string): string } }) => {
  const page = await firefox.newPage();
  // In front: Firefox throttles animation frames in background tabs.
  await page.bringToFront();
  const body =
    '<p id="calm">A calm day in town. <button id="before">Subscribe</button></p><p id="p">He <b>beat</b> her again last night.</p><p>Weather: dry.</p>';
  await page.goto(server.url('news.example', `/page?title=News&body=${encodeURIComponent(body)}`));
  await expect.poll(() => isBlurred(page, '#p')).toBe(true);
  expect(await isBlurred(page, '#calm')).toBe(false);
  expect(await page.$eval('#p', (el) => el.hasAttribute('inert'))).toBe(true);
  expect(await page.content()).not.toContain('domestic abuse');

  // From the button just before it, Tab reaches the label's Show button.
  await page.focus('#before');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect.poll(() => isBlurred(page, '#p')).toBe(false);
  await page.keyboard.press('Enter');
  await expect.poll(() => isBlurred(page, '#p')).toBe(true);
});

test('Firefox: a passage that only describes harm is blurred, help that names it is not, in English and Spanish', async ({
  firefox,
  server,
}: FirefoxFixtures & { server: { url(host: string, path?: string): string } }) => {
  const page = await firefox.newPage();
  await page.bringToFront();
  const english =
    '<p id="harm">The court heard the girl was kept home from school and locked in her room for weeks.</p>' +
    '<p id="help">If you are being hurt by a partner, you can call the domestic abuse helpline any time.</p>';
  await page.goto(server.url('news.example', `/page?title=News&body=${encodeURIComponent(english)}`));
  await expect.poll(() => isBlurred(page, '#harm')).toBe(true);
  expect(await isBlurred(page, '#help')).toBe(false);

  const spanish =
    '<p id="harm">Su pareja le revisaba el móvil, no la dejaba ver a sus amigas y controlaba su dinero.</p>' +
    '<p id="help">Si has sufrido una agresión sexual, los centros de crisis te atienden gratis y sin juicio.</p>';
  await page.goto(server.url('noticias.example', `/page?title=Noticias&lang=es&body=${encodeURIComponent(spanish)}`));
  await expect.poll(() => isBlurred(page, '#harm')).toBe(true);
  expect(await isBlurred(page, '#help')).toBe(false);
});

test('Firefox: the page hears no message from the extension and finds nothing of it', async ({
  firefox,
  server,
}: FirefoxFixtures & { server: { url(host: string, path?: string): string } }) => {
  const page = await firefox.newPage();
  await page.bringToFront();
  // A page script that listens from the very first moment, as a tracker would.
  await page.evaluateOnNewDocument(() => {
    const heard: string[] = [];
    (window as unknown as { __heard: string[] }).__heard = heard;
    window.addEventListener('message', (event) => heard.push(JSON.stringify(event.data)), true);
  });
  const body = '<p id="p">He <b>beat</b> her again last night.</p>';
  await page.goto(server.url('news.example', `/page?title=News&body=${encodeURIComponent(body)}`));
  await expect.poll(() => isBlurred(page, '#p')).toBe(true);
  // A second passage, seen blurred: the content script has handled everything before it.
  await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<p id="later">He was stabbed.</p>'));
  await expect.poll(() => isBlurred(page, '#later')).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { __heard?: string[] }).__heard)).toEqual([]);
  expect(await page.content()).not.toMatch(/moz-extension:|wxt/i);
});

test('Firefox: no frame paints flagged text unblurred on a page streamed slowly', async ({
  firefox,
  pages,
}: FirefoxFixtures & { pages: BlurPageServer }) => {
  test.setTimeout(90_000);
  const page = await firefox.newPage();
  // In front: Firefox throttles animation frames in background tabs.
  await page.bringToFront();
  await page.goto(pages.url('news.example', '/blur-stream/stream.html?chunk=61&delay=25'), { waitUntil: 'load', timeout: 60_000 });
  await page.waitForSelector('#end');
  await new Promise((done) => setTimeout(done, 400));
  const result = await watchResult(page);
  expect(result.frames).toBeGreaterThan(30);
  expect(result.checked).toBeGreaterThan(50);
  expect(result.violations).toEqual([]);
  const blurred = await page.$$eval('[data-flagged]', (els) =>
    els.map((el) => {
      for (let e: Element | null = el; e; e = e.parentElement) if (getComputedStyle(e).filter.includes('blur')) return true;
      return false;
    }),
  );
  expect(blurred).toEqual(Array(10).fill(true));
});

test('Firefox: no frame paints flagged text unblurred as content is added later, in shadow roots and frames', async ({
  firefox,
  pages,
}: FirefoxFixtures & { pages: BlurPageServer }) => {
  test.setTimeout(90_000);
  const page = await firefox.newPage();
  // In front: Firefox throttles animation frames in background tabs.
  await page.bringToFront();
  await page.goto(pages.url('forum.example', '/blur/dynamic.html'));
  await page.waitForFunction(() => (window as unknown as { __done?: boolean }).__done === true, { timeout: 30_000 });
  await new Promise((done) => setTimeout(done, 400));
  const result = await watchResult(page);
  expect(result.checked).toBeGreaterThan(50);
  expect(result.violations).toEqual([]);
});
