import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Page, type Worker } from '@playwright/test';
import { CHROMIUM, EXTENSION_PATH, expect, historyUrls, recentlyClosedUrls, setSettings, test } from './fixtures';
import { enterPin, loadSettingsFile, openOptions, PIN, rawStorage, setPinInOptions } from './lock-steps';
import { tracesOf } from '../support/traces';

/**
 * Discretion in real Chromium (issue 7, docs/discretion.md): the list of chosen sites
 * unreadable in storage once a PIN is set while erasing and the quick exit keep
 * working, the PIN lock with its slowing down and its reset, the disguise of the
 * toolbar button and the popup's cover, and the extension's own pages leaving no trace.
 */

/** Every form a chosen site's name could take in storage: plain, www., punycode, Unicode. */
const NAMES = /hotline|support\.example|bcher|bücher|b%C3%BC/i;

async function actionTitle(worker: Worker): Promise<string> {
  return worker.evaluate(() => chrome.action.getTitle({}));
}

test('with a PIN set, no site name is left in storage, and erasing, adding and the quick exit keep working', async ({
  context,
  serviceWorker,
  server,
  extensionId,
  openPopup,
}) => {
  test.setTimeout(120_000);
  await setSettings(serviceWorker, (s) => {
    s.sites = ['hotline.example', 'xn--bcher-kva.example'];
    s.exit.decoyUrl = server.url('weather.example', '/forecast');
  });
  // Statistics as an older version kept them, by site name.
  await serviceWorker.evaluate(() => chrome.storage.local.set({ siteEraseStats: { 'hotline.example': { lastClearedAt: 1, removed: 4 } } }));

  const options = await openOptions(context, extensionId);
  await expect(options.getByText('No PIN is set. Your list of sites is stored readable', { exact: false })).toBeVisible();
  await setPinInOptions(options, PIN);
  await expect(options.getByText('This list is stored encrypted with your PIN.', { exact: false })).toBeVisible();
  // The page that set the PIN stays open, and still shows the list.
  await expect(options.getByRole('list', { name: 'Your sites' }).getByRole('listitem')).toHaveText([
    /^hotline\.example/,
    /^xn--bcher-kva\.example/,
  ]);
  await options.close();

  const expectNoNameStored = async () => {
    const raw = await rawStorage(serviceWorker);
    // Read as what each value says: salts, keys and ciphertext decoded first, since a short
    // PIN turns up by chance in random base64 or hex (CI once found "2580" in a site key).
    expect(tracesOf(raw, NAMES)).toEqual([]);
    expect(tracesOf(raw, new RegExp(PIN))).toEqual([]);
    expect((raw.settings as { sites: string[] }).sites).toEqual([]);
    return raw;
  };
  const stored = await expectNoNameStored();
  expect((stored.siteLock as { entries: unknown[] }).entries).toHaveLength(2);
  expect(Object.keys(stored.siteEraseStats as object)).toEqual([expect.stringMatching(/^[0-9a-f]{64}$/)]);

  // Live erasure, subdomains and search pages included, without the PIN.
  const page = await context.newPage();
  await page.goto(server.url('news.example', '/before'));
  await page.goto(server.url('chat.hotline.example', '/room'));
  await page.goto(server.url('xn--bcher-kva.example', '/shelf'));
  await page.goto(server.url('www.google.com', '/search?q=hotline.example+chat'));
  await page.goto(server.url('news.example', '/after'));
  await expect.poll(async () => (await historyUrls(serviceWorker)).filter((u) => NAMES.test(u) || u.includes('q=hotline'))).toEqual([]);
  expect(await historyUrls(serviceWorker)).toEqual(
    expect.arrayContaining([server.url('news.example', '/before'), server.url('news.example', '/after')]),
  );

  // One click in the popup adds a site while the list is locked; its earlier visits go.
  await page.goto(server.url('support.example', '/groups'));
  let popup = await openPopup();
  const hide = () => popup.getByRole('checkbox', { name: 'Hide my visits to this site' });
  // click, not check(): the box turns on once the background has added the site.
  await hide().click();
  await expect(hide()).toBeChecked();
  await expect(popup.getByRole('status')).toContainText('Earlier visits removed: 1.');
  await popup.close();
  await expectNoNameStored();
  expect(((await rawStorage(serviceWorker)).siteLock as { entries: unknown[] }).entries).toHaveLength(3);
  // Shown as hidden; turning it off needs the PIN (in the settings).
  popup = await openPopup();
  await expect(hide()).toBeChecked();
  await expect(hide()).toBeDisabled();
  await expect(popup.getByText('Your list is protected with a PIN. To stop hiding this site, open the settings.')).toBeVisible();
  await popup.close();

  // "Check now" finds what was left (here: entries written behind the extension's back) by keys.
  await serviceWorker.evaluate(async (port) => {
    for (const path of ['/a', '/b', '/c']) await chrome.history.addUrl({ url: `http://hotline.example:${port}${path}` });
  }, server.port);
  const settingsPage = await openOptions(context, extensionId);
  await enterPin(settingsPage, PIN);
  const sites = settingsPage.getByRole('region', { name: 'Sites you keep private' });
  await expect(sites.getByRole('list', { name: 'Your sites' }).getByRole('listitem')).toHaveText([
    /^hotline\.example/,
    /^support\.example/,
    /^xn--bcher-kva\.example/,
  ]);
  await sites.getByRole('button', { name: 'Check now' }).click();
  await expect(sites.getByText('removed', { exact: false }).first()).toBeVisible();
  await expect.poll(async () => (await historyUrls(serviceWorker)).filter((u) => NAMES.test(u))).toEqual([]);
  await settingsPage.close();

  // The quick exit closes every tab of a locked site, and leaves the others.
  const news = await context.newPage();
  await news.goto(server.url('news.example', '/today'));
  const secret = await context.newPage();
  await secret.goto(server.url('chat.hotline.example', '/room'));
  const other = await context.newPage();
  await other.goto(server.url('support.example', '/forum'));
  await other.bringToFront();
  popup = await openPopup();
  await popup.getByRole('button', { name: /^Exit/ }).click();
  const openUrls = () => serviceWorker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.url ?? t.pendingUrl ?? ''));
  await expect.poll(async () => (await openUrls()).filter((u) => NAMES.test(u))).toEqual([]);
  expect(await openUrls()).toContain(server.url('news.example', '/today'));
  await expect.poll(async () => (await historyUrls(serviceWorker)).filter((u) => NAMES.test(u))).toEqual([]);
  await expect.poll(async () => (await recentlyClosedUrls(serviceWorker)).filter((u) => NAMES.test(u))).toEqual([]);
  await expectNoNameStored();
});

test('with a PIN set, export needs the PIN and writes the readable list; import encrypts the file’s list', async ({
  context,
  serviceWorker,
  server,
  extensionId,
}) => {
  test.setTimeout(90_000);
  await setSettings(serviceWorker, (s) => {
    s.sites = ['hotline.example'];
    s.exit.decoyUrl = server.url('weather.example', '/forecast');
  });
  const setup = await openOptions(context, extensionId);
  await setPinInOptions(setup, PIN);
  await setup.close();

  const options = await openOptions(context, extensionId);
  await enterPin(options, PIN);
  const backup = options.getByRole('region', { name: 'Back up your settings' });
  const download = options.waitForEvent('download');
  await backup.getByRole('button', { name: 'Save settings to a file' }).click();
  const exported = JSON.parse(readFileSync((await (await download).path())!, 'utf8'));
  expect(exported.sites).toEqual(['hotline.example']);
  expect(tracesOf(exported, /pin|siteLock|privateKey/i)).toEqual([]);

  // A file with another list: it goes into the lock, never readable into storage.
  const file = { ...exported, sites: ['chat.support.example', 'xn--bcher-kva.example'] };
  await loadSettingsFile(options, file);
  await expect(backup.getByText('Your settings were replaced with the ones from backup.json.')).toBeVisible();
  await expect(options.getByRole('list', { name: 'Your sites' }).getByRole('listitem')).toHaveText([
    /^chat\.support\.example/,
    /^xn--bcher-kva\.example/,
  ]);
  const raw = await rawStorage(serviceWorker);
  expect(tracesOf(raw, NAMES)).toEqual([]);
  expect((raw.siteLock as { entries: unknown[] }).entries).toHaveLength(2);
  // The imported sites are matched at once: a visit is erased.
  const page = await context.newPage();
  await page.goto(server.url('chat.support.example', '/room'));
  await page.goto(server.url('news.example', '/after'));
  await expect.poll(async () => (await historyUrls(serviceWorker)).filter((u) => NAMES.test(u))).toEqual([]);
});

test('the PIN lock: nothing shows before the PIN, wrong tries slow down (also after reopening), and a reset wipes only the protected data', async ({
  context,
  serviceWorker,
  server,
  extensionId,
}) => {
  test.setTimeout(120_000);
  await setSettings(serviceWorker, (s) => {
    s.sites = ['hotline.example'];
    s.exit.decoyUrl = server.url('weather.example', '/forecast');
    s.exit.muteTabs = true;
    s.blur.customTerms = ['stalking'];
    s.help.country = 'GB';
  });
  const setup = await openOptions(context, extensionId);
  await setPinInOptions(setup, PIN);
  await setup.getByRole('radio', { name: 'Notes' }).check();
  await expect(setup.getByText('Saved. The button has its new look.')).toBeVisible();
  await setup.close();
  // Earlier visits already erased stay erased after a reset.
  const page = await context.newPage();
  await page.goto(server.url('hotline.example', '/visit'));
  await expect.poll(async () => (await historyUrls(serviceWorker)).filter((u) => NAMES.test(u))).toEqual([]);

  const options = await openOptions(context, extensionId);
  await expect(options.getByRole('heading', { name: 'Enter your PIN' })).toBeVisible();
  // Nothing of the settings is on the page: not the list, not the disguise.
  await expect(options.getByText('hotline.example')).toHaveCount(0);
  await expect(options.getByRole('heading', { name: 'PIN and disguise' })).toHaveCount(0);

  const failures = async () => ((await rawStorage(serviceWorker)).pinAttempts as { failures?: number } | undefined)?.failures ?? 0;
  const tryPin = async (pin: string, count: number) => {
    await expect(options.getByRole('button', { name: 'Open', exact: true })).toBeEnabled({ timeout: 30_000 });
    await options.getByLabel('PIN', { exact: true }).fill(pin);
    await options.getByRole('button', { name: 'Open', exact: true }).click();
    // Each wrong PIN is counted in storage before the page answers.
    await expect.poll(failures).toBe(count);
    await expect(options.getByText('That PIN did not open the settings. Try again.')).toBeVisible();
  };
  // The waits are short (1 s, 2 s): under load one can be over before a look at the
  // page. The page records each wait message as it is painted, with the button's state.
  await options.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __waits: string[] }).__waits = seen;
    new MutationObserver(() => {
      const wait = /You can try again in [^.]+\./.exec(document.body.innerText)?.[0];
      const open = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Open');
      const entry = `${wait} (Open ${open?.disabled ? 'disabled' : 'enabled'})`;
      if (wait && seen.at(-1) !== entry) seen.push(entry);
    }).observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
  });
  const waitsShown = () => options.evaluate(() => [...(window as unknown as { __waits: string[] }).__waits]);
  await tryPin('1111', 1);
  await tryPin('2222', 2);
  expect(await waitsShown()).toEqual([]);
  await tryPin('3333', 3);
  // From the third wrong PIN on, each try waits longer; the page says so calmly.
  await expect.poll(waitsShown).toContain('You can try again in 1 second. (Open disabled)');
  await tryPin('4444', 4);
  await expect.poll(waitsShown).toContain('You can try again in 2 seconds. (Open disabled)');

  // The count is kept in storage: a page opened again still waits (here: after eight failures, 32 s).
  await serviceWorker.evaluate(() => chrome.storage.local.set({ pinAttempts: { failures: 8, lastFailureAt: Date.now() } }));
  await options.reload();
  await expect(options.getByText(/You can try again in (3[0-2]|2\d) seconds\./)).toBeVisible();
  await expect(options.getByRole('button', { name: 'Open', exact: true })).toBeDisabled();

  // Forgot the PIN: a clear warning, the calm choice focused, then only the protected data goes.
  const before = (await rawStorage(serviceWorker)).settings as Record<string, any>;
  await options.getByRole('button', { name: 'Forgot your PIN?' }).click();
  await expect(options.getByText('A reset deletes only what the PIN protects', { exact: false })).toBeVisible();
  await expect(options.getByRole('button', { name: 'Keep them' })).toBeFocused();
  await options.getByRole('button', { name: 'Delete the list and the PIN' }).click();
  await expect(
    options.getByText(/^Your PIN and your list of sites were reset on .+\. Visits to those sites are no longer hidden\./),
  ).toBeVisible();
  await expect(options.getByRole('heading', { name: 'Sites you keep private' })).toBeVisible();
  await expect(options.getByText('No PIN is set. Your list of sites is stored readable', { exact: false })).toBeVisible();

  const after = await rawStorage(serviceWorker);
  expect(after.siteLock).toBeUndefined();
  expect(after.pinAttempts).toBeUndefined();
  expect(after.siteEraseStats).toEqual({});
  const settings = after.settings as Record<string, any>;
  expect(settings.discretion.disguise).toBe('none');
  expect(settings.sites).toEqual([]);
  // Every other setting as it was.
  expect({ ...settings, discretion: undefined }).toEqual({ ...before, discretion: undefined });
  expect(settings.exit).toMatchObject({ muteTabs: true, decoyUrl: server.url('weather.example', '/forecast') });
  expect(settings.blur.customTerms).toEqual(['stalking']);
  // History already erased stays erased.
  expect((await historyUrls(serviceWorker)).filter((u) => NAMES.test(u))).toEqual([]);
  await expect.poll(() => actionTitle(serviceWorker)).toBe('Quiet Tabs');
});

test('disguise: the toolbar title changes, the popup opens on its cover, and the PIN or the gesture opens the real popup', async ({
  context,
  serviceWorker,
  extensionId,
  openPopup,
}) => {
  test.setTimeout(120_000);
  expect(await actionTitle(serviceWorker)).toBe('Quiet Tabs');
  const options = await openOptions(context, extensionId);
  const section = options.getByRole('region', { name: 'PIN and disguise' });
  await section.getByRole('radio', { name: 'A calculator' }).check();
  await expect.poll(() => actionTitle(serviceWorker)).toBe('Calculator');

  // Without a PIN: a working calculator; three clicks on its title open the real popup.
  let popup = await openPopup();
  await expect(popup.getByRole('heading', { name: 'Calculator' })).toBeVisible();
  await expect(popup.getByRole('button', { name: /^Exit/ })).toHaveCount(0);
  await expect(popup).toHaveTitle('Calculator');
  for (const key of ['1', '2', 'plus', '7', 'equals']) await popup.getByRole('button', { name: key, exact: true }).click();
  await expect(popup.getByRole('status', { name: 'Result' })).toHaveText('19');
  const title = popup.getByRole('heading', { name: 'Calculator' });
  await title.click();
  await title.click();
  await title.click();
  await expect(popup.getByRole('button', { name: /^Exit/ })).toBeVisible();
  await popup.close();

  // The gesture can be a long press instead (mouse or keyboard).
  await section.getByRole('radio', { name: "press and hold the cover's title for a second" }).check();
  await expect.poll(async () => ((await rawStorage(serviceWorker)).settings as any).discretion.reveal).toBe('long-press');
  popup = await openPopup();
  await popup.getByRole('heading', { name: 'Calculator' }).focus();
  await popup.keyboard.down('Enter');
  await expect(popup.getByRole('button', { name: /^Exit/ })).toBeVisible();
  await popup.keyboard.up('Enter');
  await popup.close();

  // With a PIN: the calculator takes it, then "=". A wrong one is just a number.
  await setPinInOptions(options, PIN);
  popup = await openPopup();
  for (const key of ['1', '1', '1', '1', 'equals']) await popup.getByRole('button', { name: key, exact: true }).click();
  await expect(popup.getByRole('status', { name: 'Result' })).toHaveText('1111');
  await expect.poll(async () => ((await rawStorage(serviceWorker)).pinAttempts as { failures?: number } | undefined)?.failures).toBe(1);
  await expect(popup.getByRole('button', { name: /^Exit/ })).toHaveCount(0);
  // The gesture no longer opens it once a PIN is set.
  await popup.getByRole('heading', { name: 'Calculator' }).focus();
  await popup.keyboard.down('Enter');
  await popup.keyboard.up('Enter');
  await expect(popup.getByRole('button', { name: /^Exit/ })).toHaveCount(0);
  await popup.keyboard.type(`${PIN}=`);
  await expect(popup.getByRole('button', { name: /^Exit/ })).toBeVisible({ timeout: 30_000 });
  await popup.close();

  // Notes: the PIN typed into the search field, then Enter.
  await section.getByRole('radio', { name: 'Notes' }).check();
  await expect.poll(() => actionTitle(serviceWorker)).toBe('Notes');
  popup = await openPopup();
  await expect(popup.getByRole('heading', { name: 'Notes' })).toBeVisible();
  await expect(popup.getByRole('listitem')).toHaveCount(3);
  await popup.getByRole('searchbox', { name: 'Search notes' }).fill('0000');
  await popup.getByRole('searchbox', { name: 'Search notes' }).press('Enter');
  // A wrong PIN is a search that found nothing, and is not left on screen.
  await expect(popup.getByRole('searchbox', { name: 'Search notes' })).toHaveValue('');
  await popup.getByRole('searchbox', { name: 'Search notes' }).fill(PIN);
  await popup.getByRole('searchbox', { name: 'Search notes' }).press('Enter');
  await expect(popup.getByRole('button', { name: /^Exit/ })).toBeVisible({ timeout: 30_000 });
  await popup.close();

  // Weather likewise.
  await section.getByRole('radio', { name: 'Weather' }).check();
  await expect.poll(() => actionTitle(serviceWorker)).toBe('Weather');
  popup = await openPopup();
  await expect(popup.getByText('Today')).toBeVisible();
  await popup.getByRole('searchbox', { name: 'Search for a place' }).fill(PIN);
  await popup.getByRole('searchbox', { name: 'Search for a place' }).press('Enter');
  await expect(popup.getByRole('button', { name: /^Exit/ })).toBeVisible({ timeout: 30_000 });
  await popup.close();

  // Off again: the extension's own title, and the real popup at once.
  await section.getByRole('radio', { name: 'This extension (no disguise)' }).check();
  await expect.poll(() => actionTitle(serviceWorker)).toBe('Quiet Tabs');
  popup = await openPopup();
  await expect(popup.getByRole('button', { name: /^Exit/ })).toBeVisible();
});

async function seriousAxeProblems(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('a damaged lock never crashes anything: hiding goes on with the keys it still has, and the settings page offers the reset', async ({
  context,
  serviceWorker,
  server,
  extensionId,
}) => {
  test.setTimeout(90_000);
  await setSettings(serviceWorker, (s) => {
    s.sites = ['hotline.example'];
    s.exit.decoyUrl = server.url('weather.example', '/forecast');
  });
  const setup = await openOptions(context, extensionId);
  await setPinInOptions(setup, PIN);
  await setup.close();
  // A hand edit through the developer tools breaks the sealed key.
  await serviceWorker.evaluate(async () => {
    const { chosenSites } = (await chrome.storage.local.get('chosenSites')) as { chosenSites: { lock: object } };
    await chrome.storage.local.set({ chosenSites: { ...chosenSites, lock: { ...chosenSites.lock, privateKey: 'edited' } } });
  });
  const page = await context.newPage();
  await page.goto(server.url('hotline.example', '/still-hidden'));
  await page.goto(server.url('news.example', '/after'));
  await expect.poll(async () => (await historyUrls(serviceWorker)).filter((u) => NAMES.test(u))).toEqual([]);

  const options = await openOptions(context, extensionId);
  await expect(options.getByText('The protected data could not be read', { exact: false })).toBeVisible();
  await options.getByRole('button', { name: 'Reset the PIN' }).click();
  await options.getByRole('button', { name: 'Delete the list and the PIN' }).click();
  await expect(options.getByRole('heading', { name: 'Sites you keep private' })).toBeVisible();
  expect((await rawStorage(serviceWorker)).siteLock).toBeUndefined();
});

test('the covers and the PIN screen are accessible', async ({ context, serviceWorker, extensionId, openPopup }) => {
  test.setTimeout(90_000);
  for (const disguise of ['notes', 'weather', 'calculator']) {
    await setSettings(serviceWorker, (s) => {
      s.discretion = { disguise, reveal: 'three-clicks' };
    });
    const popup = await openPopup();
    await expect(popup.locator('.cover__title')).toBeVisible();
    expect(await seriousAxeProblems(popup), disguise).toEqual([]);
    await popup.close();
  }
  const options = await openOptions(context, extensionId);
  await setPinInOptions(options, PIN);
  expect(await seriousAxeProblems(options), 'settings page with a PIN').toEqual([]);
  await options.reload();
  await expect(options.getByRole('heading', { name: 'Enter your PIN' })).toBeVisible();
  expect(await seriousAxeProblems(options), 'PIN screen').toEqual([]);
  await options.getByRole('button', { name: 'Forgot your PIN?' }).click();
  expect(await seriousAxeProblems(options), 'reset').toEqual([]);
});

test('the disguise is applied again when the browser starts', async () => {
  test.setTimeout(90_000);
  const profile = mkdtempSync(join(tmpdir(), 'qt-disguise-'));
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        `--disable-extensions-except=${EXTENSION_PATH}`,
        `--load-extension=${EXTENSION_PATH}`,
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-gpu',
        '--no-sandbox',
      ],
    });
  try {
    let context = await launch();
    let worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await setSettings(worker, (s) => {
      s.discretion = { disguise: 'weather', reveal: 'three-clicks' };
    });
    await expect.poll(() => actionTitle(worker)).toBe('Weather');
    await context.close();

    context = await launch();
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await expect.poll(() => actionTitle(worker)).toBe('Weather');
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test('the extension’s own pages leave no entry in history, and none in "recently closed"', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const own = (u: string) => u.startsWith(`chrome-extension://${extensionId}/`);
  const options = await openOptions(context, extensionId);
  await expect(options.getByRole('heading', { name: 'Sites you keep private' })).toBeVisible();
  const welcome = await context.newPage();
  await welcome.goto(`chrome-extension://${extensionId}/welcome.html`);
  await expect(welcome.getByRole('heading', { level: 1, name: 'Welcome' })).toBeVisible();
  await welcome.goto(`chrome-extension://${extensionId}/options.html#sites`);
  const help = await context.newPage();
  await help.goto(`chrome-extension://${extensionId}/popup.html#help`);
  const keep = await context.newPage();
  await keep.goto('about:blank');
  await options.close();
  await welcome.close();
  await help.close();
  await expect.poll(async () => (await historyUrls(serviceWorker)).filter(own)).toEqual([]);
  await expect.poll(async () => (await recentlyClosedUrls(serviceWorker)).filter(own)).toEqual([]);
});
