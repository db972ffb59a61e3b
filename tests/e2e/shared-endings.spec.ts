import type { Worker } from '@playwright/test';
import { expect, setSettings, storedWithSites, test } from './fixtures';

/**
 * Endings that many unrelated sites share (gov.uk, nhs.uk, co.uk, github.io) are never
 * taken as one site: a chosen site covers its subdomains, so "gov.uk" would erase the
 * history of every *.gov.uk site. Every host name maps to the local test server; but
 * Chromium's HSTS preload list sends www.gov.uk (and bbc.co.uk) to https, which the
 * server does not speak, so the pages opened in a tab are on www.nhs.uk, the same
 * case: nhs.uk is shared by every NHS trust. History entries need no page, so they
 * are on gov.uk too.
 */

async function visitCounts(worker: Worker): Promise<Record<string, number>> {
  return worker.evaluate(async () =>
    Object.fromEntries(
      (await chrome.history.search({ text: '', startTime: 0, maxResults: 100000 })).map((i) => [i.url!, i.visitCount ?? 0]),
    ),
  );
}

async function storedSites(worker: Worker): Promise<string[]> {
  return (((await storedWithSites(worker)).settings as { sites?: string[] } | undefined)?.sites ?? []) as string[];
}

/** Earlier visits to several *.gov.uk and *.nhs.uk sites and one other site, some visited twice. */
async function fillHistory(worker: Worker, port: number): Promise<void> {
  await worker.evaluate(async (serverPort) => {
    const hosts = ['www.gov.uk', 'assets.www.gov.uk', 'mycouncil.gov.uk', 'www.mycouncil.gov.uk', 'hmrc.gov.uk'];
    hosts.push('www.nhs.uk', 'assets.www.nhs.uk', 'mytrust.nhs.uk', 'www.mytrust.nhs.uk', 'bbc.co.uk');
    const urls = hosts.flatMap((host) => Array.from({ length: 5 }, (_, i) => `http://${host}:${serverPort}/p/${i}`));
    for (const url of urls) await chrome.history.addUrl({ url });
    for (const url of urls.filter((_, i) => i % 3 === 0)) await chrome.history.addUrl({ url });
  }, port);
}

const onWwwNhsUk = (url: string) => /\/\/([a-z.]*\.)?www\.nhs\.uk:/.test(url);

test('"Hide my visits" on www.nhs.uk hides www.nhs.uk only: other *.nhs.uk visits stay in history', async ({
  serviceWorker,
  server,
  context,
  openPopup,
}) => {
  await fillHistory(serviceWorker, server.port);
  const tab = await context.newPage();
  await tab.goto(server.url('www.nhs.uk', '/conditions/'));
  await expect.poll(async () => Object.keys(await visitCounts(serviceWorker))).toContain(server.url('www.nhs.uk', '/conditions/'));
  const before = await visitCounts(serviceWorker);

  const popup = await openPopup();
  await expect(popup.getByRole('heading', { name: 'On www.nhs.uk' })).toBeVisible();
  await popup.getByRole('checkbox', { name: 'Hide my visits to this site' }).check();
  // 5 on www.nhs.uk, 5 on assets.www.nhs.uk, and the page open in the tab.
  await expect(popup.getByRole('status')).toContainText('Earlier visits removed: 11.');
  expect(await storedSites(serviceWorker)).toEqual(['www.nhs.uk']);

  const after = await visitCounts(serviceWorker);
  const gone = Object.keys(before).filter(onWwwNhsUk);
  expect(gone.length).toBe(11);
  for (const url of gone) expect(after[url], url).toBeUndefined();
  // Every other nhs.uk site (and the rest) is still there, with its visit count.
  const kept = Object.entries(before).filter(([url]) => !onWwwNhsUk(url));
  expect(kept.filter(([url]) => url.includes('nhs.uk')).length).toBe(10);
  expect(kept.filter(([url]) => url.includes('gov.uk')).length).toBe(25);
  for (const [url, count] of kept) expect(after[url], url).toBe(count);
});

test('typing a shared ending such as gov.uk in the settings is refused, plainly, and changes nothing', async ({
  serviceWorker,
  server,
  openExtensionPage,
}) => {
  await fillHistory(serviceWorker, server.port);
  await setSettings(serviceWorker, (s) => void (s.sites = ['hotline.example']));
  const before = await visitCounts(serviceWorker);

  const page = await openExtensionPage('options.html');
  const sites = page.getByRole('region', { name: 'Sites you keep private' });
  const input = sites.getByLabel('Add a site');
  const refused: [typed: string, ending: string][] = [
    ['gov.uk', 'gov.uk'],
    ['https://co.uk/', 'co.uk'],
    ['github.io', 'github.io'],
  ];
  for (const [typed, ending] of refused) {
    await input.fill(typed);
    await sites.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(
      sites.getByText(
        `${ending} is shared by many different sites. Enter the address of the one site you mean, as your browser shows it, such as www.${ending} or a name ending in .${ending}.`,
      ),
    ).toBeVisible();
    await expect(input).toHaveAttribute('aria-invalid', 'true');
  }
  expect(await storedSites(serviceWorker)).toEqual(['hotline.example']);
  await expect(sites.getByText('Removing earlier visits', { exact: false })).toHaveCount(0);
  expect(await visitCounts(serviceWorker)).toEqual(before);

  // The one site is accepted as typed: www. stays, since gov.uk is shared.
  await input.fill('www.gov.uk');
  await input.press('Enter');
  await expect(sites.getByText('www.gov.uk added. Earlier visits removed: 10.')).toBeVisible();
  expect(await storedSites(serviceWorker)).toEqual(['hotline.example', 'www.gov.uk']);
  expect(Object.keys(await visitCounts(serviceWorker)).filter((url) => url.includes('mycouncil.gov.uk')).length).toBe(10);
});

test('the background refuses to erase a shared ending', async ({ serviceWorker, server, context, extensionId }) => {
  await fillHistory(serviceWorker, server.port);
  const before = await visitCounts(serviceWorker);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const answer = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'erase-site-history', site: 'gov.uk' }));
  expect(answer).toEqual({ refused: expect.stringContaining('gov.uk is shared by many different sites.') });
  expect(await visitCounts(serviceWorker)).toEqual(before);
});

test('a shared ending chosen earlier is kept, with a calm note suggesting the one site', async ({ serviceWorker, openExtensionPage }) => {
  await setSettings(serviceWorker, (s) => void (s.sites = ['co.uk', 'hotline.example']));
  const page = await openExtensionPage('options.html');
  const list = page.getByRole('list', { name: 'Your sites' });
  const row = list.getByRole('listitem').filter({ hasText: 'co.uk' });
  await expect(row).toContainText(
    'co.uk is shared by many different sites, so visits to all of them are hidden. If you meant one site, you can add its address above and then remove co.uk.',
  );
  await expect(list.getByRole('listitem').filter({ hasText: 'hotline.example' })).not.toContainText('shared by many');
  expect(await storedSites(serviceWorker)).toEqual(['co.uk', 'hotline.example']);
});

test('the popup says why a site was refused, in plain words, and that nothing changed', async ({
  serviceWorker,
  server,
  context,
  openPopup,
}) => {
  const decoy = server.url('www.nhs.uk', '/weather');
  await setSettings(serviceWorker, (s) => void (s.exit.decoyUrl = decoy));
  const tab = await context.newPage();
  await tab.goto(server.url('www.nhs.uk', '/conditions/'));
  const popup = await openPopup();
  const hide = popup.getByRole('checkbox', { name: 'Hide my visits to this site' });
  await hide.click(); // not check(): the switch goes back off, as it should
  await expect(popup.getByRole('status')).toHaveText(
    'That did not work. Nothing was changed. The neutral page is on www.nhs.uk, one of your chosen sites, so it would not hide anything. Please pick a neutral page elsewhere first.',
  );
  await expect(hide).not.toBeChecked();
  expect(await storedSites(serviceWorker)).toEqual([]);
});

test('when the site is added but its earlier visits could not be removed, the popup says exactly that', async ({
  serviceWorker,
  server,
  context,
  openPopup,
}) => {
  const tab = await context.newPage();
  await tab.goto(server.url('www.nhs.uk', '/conditions/'));
  const popup = await openPopup();
  await expect(popup.getByRole('heading', { name: 'On www.nhs.uk' })).toBeVisible();
  // The background's answer to the erase is lost (as when the service worker is torn down mid-way).
  await popup.evaluate(() => {
    const send = chrome.runtime.sendMessage.bind(chrome.runtime) as (...args: unknown[]) => unknown;
    (chrome.runtime as { sendMessage: unknown }).sendMessage = (...args: unknown[]) =>
      (args[0] as { type?: string })?.type === 'erase-site-history' ? Promise.reject(new Error('lost')) : send(...args);
  });
  const hide = popup.getByRole('checkbox', { name: 'Hide my visits to this site' });
  await hide.check();
  await expect(popup.getByRole('status')).toHaveText(
    'www.nhs.uk is in your list, and new visits will be removed. Earlier visits could not be removed just now: press “Check now” in Settings to try again.',
  );
  await expect(hide).toBeChecked();
  expect(await storedSites(serviceWorker)).toEqual(['www.nhs.uk']);
});
