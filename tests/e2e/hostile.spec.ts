import type { Page } from '@playwright/test';
import { serveBlurPages, type BlurPageServer } from '../fixtures/blur-pages/serve';
import { hasBlurInEffect } from '../support/painted';
import { expect, test } from './fixtures';

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
