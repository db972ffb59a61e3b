import { test } from '../e2e/fixtures';
import { median, row } from './stats';

/**
 * The popup's first screen in real Chromium: from navigation start to the first
 * contentful paint and to the exit button being in place. Baseline, same run: a
 * minimal extension page of the same extension with no script (the browser's own cost).
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 30);

test('bench: popup first screen', async ({ context, extensionId, serviceWorker }) => {
  void serviceWorker;
  const fcp: number[] = [];
  const ready: number[] = [];
  const baseline: number[] = [];
  const measure = async (path: string) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    const times = await page.evaluate(
      () =>
        new Promise<{ fcp: number; exit: number }>((done) => {
          const check = () => {
            const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
            const button = document.querySelector('button');
            if (paint !== undefined && (button || !document.getElementById('app'))) done({ fcp: paint, exit: performance.now() });
            else requestAnimationFrame(check);
          };
          check();
        }),
    );
    await page.close();
    return times;
  };
  for (let i = 0; i < RUNS; i++) {
    const popup = await measure('popup.html');
    fcp.push(popup.fcp);
    ready.push(popup.exit);
    baseline.push((await measure('_locales/en/messages.json')).fcp);
  }
  console.log(
    [
      '',
      `Popup first screen (${RUNS} runs)`,
      row('popup: first contentful paint', fcp),
      row('popup: exit button in place (upper bound)', ready),
      row('baseline: a static extension file', baseline),
      `ratio popup FCP / baseline: ${(median(fcp) / median(baseline)).toFixed(2)}`,
      '',
    ].join('\n'),
  );
});
