import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { serveBlurPages, type BlurPageServer } from '../fixtures/blur-pages/serve';
import { expect, test } from './fixtures';

/**
 * The no-flash checks of issue 12 §4 on pages that can paint at once. The pages of
 * blur.spec.ts load tests/fixtures/blur-pages/frame-watch.js with a <script src> in
 * their <head>: a parser-blocking script holds back the first paint until it has been
 * fetched, which gives the settings read time to answer and may hide the race issue
 * 12 measured. Here the watcher is an init script (run before any page script,
 * without holding the parser), and the page is loaded several times, as a survivor
 * would. (On this build neither test has yet been seen to fail: the flash and the 1 s
 * pause of issue 12 are not reproduced here; these keep the stricter conditions.)
 */
const WATCHER = join(import.meta.dirname, '../fixtures/blur-pages/frame-watch.js');

const test_ = test.extend<{ pages: BlurPageServer }>({
  // eslint-disable-next-line no-empty-pattern
  pages: async ({}, use) => {
    const server = await serveBlurPages();
    await use(server);
    await server.close();
  },
});

interface WatchResult {
  violations: unknown[];
  frames: number;
  checked: number;
  longestPause: number;
  firstVisibleAt: number;
}

async function watchResult(page: Page): Promise<WatchResult> {
  return page.evaluate(() => {
    const w = (window as unknown as { __frameWatch: WatchResult }).__frameWatch;
    return {
      violations: [...w.violations],
      frames: w.frames,
      checked: w.checked,
      longestPause: w.longestPause,
      firstVisibleAt: w.firstVisibleAt,
    };
  });
}

test_(
  'no frame paints flagged text unblurred: a page with no script in its head, loaded ten times',
  async ({ context, serviceWorker, pages }) => {
    void serviceWorker;
    await context.addInitScript({ path: WATCHER });
    const page = await context.newPage();
    // In front: a background tab may get no animation frames.
    await page.bringToFront();
    const violations: unknown[] = [];
    for (let load = 0; load < 10; load++) {
      await page.goto(pages.url('forum.example', `/blur/static-open.html?load=${load}`));
      // Every flagged passage blurred, and a few frames painted since: the frames that count have been checked.
      await expect
        .poll(() =>
          page.locator('[data-flagged]').evaluateAll((list) =>
            list.every((el) => {
              for (let e: Element | null = el; e; e = e.parentElement) if (getComputedStyle(e).filter.includes('blur')) return true;
              return false;
            }),
          ),
        )
        .toBe(true);
      const frames = (await watchResult(page)).frames;
      await expect.poll(async () => (await watchResult(page)).frames).toBeGreaterThan(frames + 3);
      const result = await watchResult(page);
      expect(result.checked).toBeGreaterThan(0);
      violations.push(...result.violations.map((v) => ({ load, ...(v as object) })));
    }
    expect(violations).toEqual([]);
  },
);

test_('a page streamed slowly keeps painting, and no frame paints flagged text unblurred', async ({ context, serviceWorker, pages }) => {
  void serviceWorker;
  await context.addInitScript({ path: WATCHER });
  const page = await context.newPage();
  await page.bringToFront();
  await page.goto(pages.url('news.example', '/blur-stream/stream-open.html?chunk=61&delay=25'), { waitUntil: 'commit' });
  await page.waitForSelector('#end', { state: 'attached', timeout: 30_000 });
  const frames = (await watchResult(page)).frames;
  await expect.poll(async () => (await watchResult(page)).frames).toBeGreaterThan(frames + 3);
  const result = await watchResult(page);
  expect(result.violations).toEqual([]);
  expect(result.checked).toBeGreaterThan(50);
  // Shown long before the settings timeout (SETTINGS_TIMEOUT_MS, 1 s, in
  // entrypoints/content/content-warnings.ts): the settings read answered while the page streamed.
  expect(result.firstVisibleAt).toBeGreaterThan(0);
  expect(result.firstVisibleAt).toBeLessThan(1000);
  // Frames keep coming while the page streams (issue 12's target is under 250 ms; this
  // shared test machine alone has shown 233 ms, so the bound here is looser).
  expect(result.longestPause).toBeLessThan(500);
});
