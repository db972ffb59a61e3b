import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { EXTENSION_PATH, test } from '../e2e/fixtures';
import { launch } from './browsers';
import { median, row } from './stats';

/**
 * A huge page (a long shop list of 100,000 elements, a few flagged reviews in it),
 * loaded in real Chromium with the extension and without it, taking turns: the load
 * time ratio, and the long tasks (over 50 ms) the page's main thread had in each.
 * Also a page that adds 100,000 elements after load, in batches of 1,000: how long
 * the content script takes per batch, early and late (its work should follow the
 * size of what was added, not the size of the page).
 * No timing is asserted: figures are printed (the README quotes them).
 *   npm run bench:blur            BENCH_HUGE_ROUNDS=5
 */
const ROUNDS = Number(process.env.BENCH_HUGE_ROUNDS ?? 5);
const ITEMS = 20_000; // 5 elements each

function shopList(): string {
  const items: string[] = [];
  for (let i = 0; i < ITEMS; i++) {
    items.push(
      `<li class="item"><a href="/p/${i}"><span class="name">Garden chair, model ${i}</span></a><span class="price">£${(i % 90) + 10}.99</span><b>In stock</b></li>`,
    );
    // A review that a survivor would want a warning on, every 5,000 items.
    if (i % 5000 === 2500)
      items.push(`<li class="review"><p class="flagged">A reader wrote that her husband beat her when the delivery was late.</p></li>`);
  }
  return `<!doctype html><html lang="en"><head><title>Shop</title></head><body><h1>All garden furniture</h1><ul>${items.join('')}</ul></body></html>`;
}

const growing = `<!doctype html><html lang="en"><head><title>Feed</title></head><body><h1>Feed</h1><ul id="feed"></ul><script>
window.__batches = [];
let n = 0;
function batch() {
  const ul = document.getElementById('feed');
  const t0 = performance.now();
  for (let i = 0; i < 200; i++, n++) {
    const li = document.createElement('li');
    li.innerHTML = '<a href="#"><span>Post ' + n + '</span></a><span>2 replies</span><b>new</b>';
    ul.append(li);
  }
  // The content script's observer runs as a microtask after this task: measure to the next task.
  setTimeout(() => { window.__batches.push(performance.now() - t0); if (n < 100000) batch(); else window.__done = true; }, 0);
}
batch();
</script></body></html>`;

async function serve(): Promise<{ server: Server; origin: string }> {
  const shop = shopList();
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(req.url?.startsWith('/growing') ? growing : shop);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, origin: `http://shop.example:${(server.address() as AddressInfo).port}` };
}

interface HugeLoad {
  load: number;
  longTasks: number[];
  blurred: number;
}

async function loadHuge(page: Page, url: string): Promise<HugeLoad> {
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  // Let late long tasks (the content script's first scan) land before reading.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 200))));
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const longTasks = ((window as unknown as { __long?: number[] }).__long ?? []).slice();
    const blurred = [...document.querySelectorAll('.flagged')].filter((p) => {
      for (let e: Element | null = p; e; e = e.parentElement) if (getComputedStyle(e).filter.includes('blur')) return true;
      return false;
    }).length;
    return { load: nav.loadEventEnd - nav.startTime, longTasks, blurred };
  });
}

test('huge pages: load time and long tasks with and without the extension', async () => {
  const { server, origin } = await serve();
  const mine = await launch(EXTENSION_PATH);
  const plain = await launch();
  try {
    const pages = [await mine.context.newPage(), await plain.context.newPage()];
    for (const page of pages)
      await page.addInitScript(() => {
        const long: number[] = [];
        (window as unknown as { __long: number[] }).__long = long;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) long.push(entry.duration);
        }).observe({ type: 'longtask', buffered: true });
      });
    const figures: HugeLoad[][] = [[], []];
    await loadHuge(pages[0]!, `${origin}/shop`);
    await loadHuge(pages[1]!, `${origin}/shop`);
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 ? [1, 0] : [0, 1];
      for (const i of order) figures[i]!.push(await loadHuge(pages[i]!, `${origin}/shop?r=${round}`));
    }
    const [withExt, without] = figures as [HugeLoad[], HugeLoad[]];
    const ratio = median(withExt.map((f) => f.load)) / median(without.map((f) => f.load));
    console.log(`\nA page of ${ITEMS * 5 + 2} elements (a shop list), ${ROUNDS} loads each, taking turns`);
    console.log(
      row(
        'load time, with the extension',
        withExt.map((f) => f.load),
      ),
    );
    console.log(
      row(
        'load time, without',
        without.map((f) => f.load),
      ),
    );
    console.log(`load time ratio (medians): ${ratio.toFixed(2)}×   target < 1.25×`);
    const longest = (loads: HugeLoad[]) => loads.map((f) => Math.max(0, ...f.longTasks));
    console.log(row('longest task over 50 ms, with', longest(withExt)));
    console.log(row('longest task over 50 ms, without', longest(without)));
    console.log(
      row(
        'long tasks per load, with',
        withExt.map((f) => f.longTasks.length),
        '',
      ),
    );
    console.log(
      row(
        'long tasks per load, without',
        without.map((f) => f.longTasks.length),
        '',
      ),
    );
    console.log(`flagged reviews blurred, with the extension: ${withExt.map((f) => f.blurred).join(', ')} of 4 per load`);

    // Content added later: the cost per batch, early and late, with and without.
    for (const [label, page] of [
      ['with the extension', pages[0]!],
      ['without', pages[1]!],
    ] as const) {
      await page.goto(`${origin}/growing`);
      await page.waitForFunction(() => (window as unknown as { __done?: boolean }).__done === true, undefined, { timeout: 300_000 });
      const batches = await page.evaluate(() => (window as unknown as { __batches: number[] }).__batches);
      const early = batches.slice(5, 55);
      const late = batches.slice(-50);
      console.log(row(`batch of 200 items (1,000 elements) early, ${label}`, early));
      console.log(row(`batch of 200 items late (page ~100k), ${label}`, late));
    }
  } finally {
    await mine.close();
    await plain.close();
    server.close();
  }
});
