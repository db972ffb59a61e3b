import type { BrowserContext, Worker } from '@playwright/test';
import { expect, test } from '../e2e/fixtures';
import { median, row } from './stats';

/**
 * Removing the earlier visits of one site from a history of 10,000 entries, 1,000 of
 * them for that site, in real Chromium. Baseline, same run: the browser adding those
 * 1,000 entries (its own history speed on this machine). While the eraser runs, the
 * popup is opened and its first screen timed, against the popup opened when idle.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

async function fill(worker: Worker, port: number): Promise<number> {
  return worker.evaluate(async (port) => {
    const urls: string[] = [];
    for (let i = 0; i < 1000; i++) urls.push(`http://${i % 3 ? 'hotline.example' : 'chat.hotline.example'}:${port}/p/${i}`);
    for (let i = 0; i < 9000; i++) urls.push(`http://site${i % 90}.example:${port}/page/${i}`);
    const started = performance.now();
    for (let i = 0; i < 1000; i += 100) await Promise.all(urls.slice(i, i + 100).map((url) => chrome.history.addUrl({ url })));
    const siteAddMs = performance.now() - started;
    for (let i = 1000; i < urls.length; i += 200) await Promise.all(urls.slice(i, i + 200).map((url) => chrome.history.addUrl({ url })));
    return siteAddMs;
  }, port);
}

async function popupFirstScreenMs(context: BrowserContext, extensionId: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  // Measured inside the page, from its navigation start to the exit button being there.
  const ms = await page.evaluate(
    () =>
      new Promise<number>((done) => {
        const check = () => (document.querySelector('button') ? done(performance.now()) : requestAnimationFrame(check));
        check();
      }),
  );
  await page.close();
  return ms;
}

test('bench: erase earlier visits', async ({ context, serviceWorker, server, extensionId }) => {
  test.setTimeout(15 * 60_000);
  const erase: number[] = [];
  const baseline: number[] = [];
  const popupIdle: number[] = [];
  const popupBusy: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    await serviceWorker.evaluate(() => chrome.history.deleteAll());
    baseline.push(await fill(serviceWorker, server.port));
    expect(
      await serviceWorker.evaluate(async () => (await chrome.history.search({ text: '', startTime: 0, maxResults: 100000 })).length),
    ).toBe(10000);
    popupIdle.push(await popupFirstScreenMs(context, extensionId));

    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const erasing = page.evaluate(async () => {
      const started = performance.now();
      const answer = await chrome.runtime.sendMessage({ type: 'erase-site-history', site: 'hotline.example' });
      return { ms: performance.now() - started, removed: (answer as { removed: number }).removed };
    });
    await page.waitForTimeout(50);
    popupBusy.push(await popupFirstScreenMs(context, extensionId));
    const result = await erasing;
    expect(result.removed).toBe(1000);
    erase.push(result.ms);
    await page.close();
    expect(
      await serviceWorker.evaluate(async () => (await chrome.history.search({ text: '', startTime: 0, maxResults: 100000 })).length),
    ).toBe(9000);
  }
  console.log(
    [
      '',
      `Erasing 1,000 earlier visits of one site from 10,000 entries (${RUNS} runs)`,
      row('erase (message to answer)', erase),
      row('baseline: browser adds the same 1,000 entries', baseline),
      `ratio erase / baseline: ${(median(erase) / median(baseline)).toFixed(2)}`,
      row('popup first screen, idle', popupIdle),
      row('popup first screen, while erasing', popupBusy),
      '',
    ].join('\n'),
  );
});
