import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page, Request, Worker } from '@playwright/test';
import { expect, setSettings, test } from './fixtures';

/**
 * Nothing is sent anywhere (issue 7): no analytics, no update checks of our own, no
 * remote code. Every request the browser makes during a run through every screen of
 * the extension is recorded, and any request made by the extension itself fails the
 * test.
 *
 * How the extension's own traffic is told apart from what the survivor asked for:
 * - Requests made by the extension: Playwright reports the service worker that made a
 *   request (request.serviceWorker()), and the frame of every other request: a frame
 *   whose document is one of the extension's pages (popup, options, welcome) is the
 *   extension. Their chrome-extension:// resources are files from the package, not
 *   network traffic; any other URL is a violation.
 * - A content script's fetch would carry the page's frame. The pages served here have
 *   no resources of their own, so every request from their frames, other than the
 *   navigation that loaded them, is a violation as well.
 * - The local server rejects and records any request whose Origin or Referer is a
 *   chrome-extension:// page (what a fetch or an image from an extension page sends).
 * - Navigations of ordinary tabs are the survivor's own: the neutral page after a
 *   quick exit, a help website opened from the popup. They are made by the browser in a
 *   web tab (a tab the extension opened, at the survivor's request), never from an
 *   extension frame, and they are listed as such.
 */

interface Recorded {
  url: string;
  frameUrl: string;
  fromWorker: boolean;
  navigation: boolean;
  type: string;
}

function record(request: Request): Recorded {
  let frameUrl = '';
  try {
    frameUrl = request.frame().url();
  } catch {
    // Service-worker requests have no frame.
  }
  let navigation = false;
  try {
    navigation = request.isNavigationRequest();
  } catch {
    /* idem */
  }
  return { url: request.url(), frameUrl, fromWorker: !!request.serviceWorker(), navigation, type: request.resourceType() };
}

/** A small server of its own: pages with and without content warnings, and a record of what came in. */
async function startRecordingServer() {
  const fromExtension: string[] = [];
  const received: string[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    const origin = `${req.headers.origin ?? ''} ${req.headers.referer ?? ''}`;
    received.push(`${req.headers.host}${req.url}`);
    if (origin.includes('chrome-extension://')) {
      fromExtension.push(`${req.method} ${req.headers.host}${req.url} (${origin.trim()})`);
      res.writeHead(403).end();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://local');
    const body =
      url.pathname === '/article'
        ? '<h1>Local news</h1><p>The report describes domestic abuse and coercive control in the home, and where to find support.</p><p>The weather stays mild this week.</p>'
        : `<h1>${url.pathname.replace(/[<>&]/g, '')}</h1><p>An ordinary page.</p>`;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(`<!doctype html><html lang="en"><head><title>Page</title><link rel="icon" href="data:,"></head><body>${body}</body></html>`);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: (host: string, path: string) => `http://${host}:${port}${path}`,
    fromExtension,
    received,
    close: () => new Promise<void>((done) => (server.closeAllConnections(), server.close(() => done()))),
  };
}

async function showEveryPopupView(popup: Page): Promise<void> {
  await expect(popup.getByRole('button', { name: /^Exit/ })).toBeVisible();
  for (const name of ['Peer support', 'Breathe', 'Talk to someone now']) {
    await popup.getByRole('tab', { name }).click();
  }
}

test('the extension makes no network request of its own on any screen, in a quick exit, or on a page with warnings', async ({
  context,
  serviceWorker,
  extensionId,
  openPopup,
}) => {
  test.setTimeout(180_000);
  const local = await startRecordingServer();
  const requests: Recorded[] = [];
  context.on('request', (request) => requests.push(record(request)));
  const workers: Worker[] = [serviceWorker];
  context.on('serviceworker', (worker) => workers.push(worker));

  try {
    await setSettings(serviceWorker, (s) => {
      s.sites = ['hotline.example'];
      s.exit.decoyUrl = local.url('weather.example', '/forecast');
    });

    // The welcome page, every step.
    const welcome = await context.newPage();
    await welcome.goto(`chrome-extension://${extensionId}/welcome.html`);
    const done = welcome.getByRole('heading', { name: 'You are set up' });
    for (let step = 0; step < 6 && !(await done.isVisible()); step++) {
      await welcome.getByRole('button', { name: /^(Next|Finish)$/ }).click();
    }
    await expect(done).toBeVisible();
    await welcome.close();

    // The settings page, then a PIN and its lock screen.
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.getByRole('heading', { name: 'Sites you keep private' })).toBeVisible();
    await options.getByRole('button', { name: 'Check now' }).click();
    const discretion = options.getByRole('region', { name: 'PIN and disguise' });
    await discretion.getByLabel('New PIN').fill('2580');
    await discretion.getByLabel('Type the PIN again').fill('2580');
    await discretion.getByRole('button', { name: 'Set PIN' }).click();
    await expect(discretion.getByText('The PIN is set.', { exact: false })).toBeVisible({ timeout: 30_000 });

    // The popup: every help view, then every cover.
    let popup = await openPopup();
    await showEveryPopupView(popup);
    await popup.close();
    for (const name of ['Notes', 'Weather', 'A calculator']) {
      await discretion.getByRole('radio', { name }).check();
      await expect(discretion.getByText('Saved. The button has its new look.')).toBeVisible();
      popup = await openPopup();
      await expect(popup.getByRole('heading', { level: 1 })).toBeVisible();
      await popup.close();
    }
    await discretion.getByRole('radio', { name: 'This extension (no disguise)' }).check();
    await options.reload();
    await expect(options.getByRole('heading', { name: 'Enter your PIN' })).toBeVisible();
    await options.close();

    // A help website opened from the popup: the survivor's own navigation.
    popup = await openPopup();
    await popup
      .locator('[role="tabpanel"]:not([hidden])')
      .getByRole('button', { name: /^Website: / })
      .first()
      .click();
    await expect.poll(() => requests.some((r) => r.navigation && r.url.startsWith('https://') && !r.url.includes('.example'))).toBe(true);

    // A page with content warnings, a chosen site, then the quick exit from the page.
    const article = await context.newPage();
    await article.goto(local.url('news.example', '/article'));
    await expect(article.getByText('Local news')).toBeVisible();
    const chosen = await context.newPage();
    await chosen.goto(local.url('hotline.example', '/chat'));
    await chosen.bringToFront();
    for (let i = 0; i < 3; i++) await chosen.keyboard.press('Shift');
    await expect.poll(() => local.received.some((r) => r.includes('weather.example') && r.endsWith('/forecast'))).toBe(true);
    await expect.poll(() => context.pages().some((p) => p.url().includes('hotline.example'))).toBe(false);
  } finally {
    await local.close();
  }

  const extensionOrigin = `chrome-extension://${extensionId}/`;
  const isPackageFile = (r: Recorded) => r.url.startsWith(extensionOrigin) || r.url.startsWith('data:');
  const extensionWorkerRequests = requests.filter((r) => r.fromWorker && !isPackageFile(r));
  const extensionPageRequests = requests.filter((r) => !r.fromWorker && r.frameUrl.startsWith('chrome-extension://') && !isPackageFile(r));
  // Pages served here load nothing themselves: anything else from their frames would be a content script's.
  const contentScriptRequests = requests.filter(
    (r) => !r.fromWorker && /^http:\/\/[a-z.]+\.example:\d+\//.test(r.frameUrl) && !r.navigation && !isPackageFile(r),
  );
  const survivorNavigations = requests.filter((r) => r.navigation && !r.frameUrl.startsWith('chrome-extension://') && !isPackageFile(r));

  console.log(
    `Requests recorded: ${requests.length}; the survivor's own navigations:\n  ${[...new Set(survivorNavigations.map((r) => r.url))].join('\n  ')}`,
  );
  expect(extensionWorkerRequests, 'requests from the service worker').toEqual([]);
  expect(extensionPageRequests, 'requests from the extension pages').toEqual([]);
  expect(contentScriptRequests, 'requests from content scripts').toEqual([]);
  expect(local.fromExtension, 'requests reaching the server from an extension page').toEqual([]);
  // The run did what it says: the help site was a navigation in a web tab; the neutral
  // page reached the server without an extension origin. (Playwright does not see the
  // first navigation of a tab the background creates with its URL, measured with the
  // neutral page: the server's record covers it.)
  expect(survivorNavigations.filter((r) => !r.url.includes('.example:')).length).toBeGreaterThan(0);
  expect(local.received.filter((r) => r.includes('/forecast')).length).toBeGreaterThan(0);
  expect(workers.length).toBeGreaterThan(0);
});
