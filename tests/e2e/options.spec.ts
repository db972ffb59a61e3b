import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page, Worker } from '@playwright/test';
import { expect, historyUrls, launchWithExtension, setChosenSites, setSettings, storedWithSites, test } from './fixtures';
import { expectFocusShownAtEveryStop, tabStops } from './tab-stops';
import { defaultSettings, SETTINGS_VERSION } from '../../lib/settings/schema';
import type { SettingsFile } from '../../lib/settings/file';

/**
 * The settings page in real Chromium: what the survivor sees there, and what the
 * browser holds afterwards (storage, history, open tabs).
 */

/** The stored settings, with the readable chosen sites as `sites` (tests/support/stored-sites.ts). */
async function storedSettings(worker: Worker): Promise<unknown> {
  return (await storedWithSites(worker)).settings;
}

async function storedLocal(worker: Worker, key: string): Promise<unknown> {
  return worker.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key);
}

/** A settings document that differs from the defaults almost everywhere. */
function customSettings(decoyUrl: string) {
  const s: SettingsFile = { ...defaultSettings(), sites: [] };
  s.sites = ['chat.support.example', 'hotline.example'];
  s.exit = { decoyUrl, inPageTrigger: false, showButtonOnSites: true, muteTabs: true, closeWindow: false };
  s.history = { removeSiteData: false, removeDownloads: true };
  s.blur.categories.violence = false;
  s.blur.customTerms = ['coercive control', 'stalking'];
  s.blur.pausedSites = ['news.example'];
  s.help = { country: 'NZ', openInPrivateWindow: true };
  return s;
}

async function importFile(page: Page, name: string, content: string | Buffer): Promise<void> {
  await page.getByLabel('Load settings from a file').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: typeof content === 'string' ? Buffer.from(content) : content,
  });
}

/** The defaults, changed by hand, as a settings file. */
function settingsFileWith(change: (s: Record<string, any>) => void): string {
  const s = structuredClone(defaultSettings()) as Record<string, any>;
  change(s);
  return JSON.stringify(s);
}

function backupSection(page: Page) {
  return page.getByRole('region', { name: 'Back up your settings' });
}

test('settings go out to a file and come back, equal, in a fresh profile', async ({ serviceWorker, openExtensionPage, server }) => {
  const settings = customSettings(server.url('weather.example', '/forecast'));
  await setSettings(serviceWorker, () => settings);
  const page = await openExtensionPage('options.html');
  const backup = backupSection(page);

  const download = page.waitForEvent('download');
  await backup.getByRole('button', { name: 'Save settings to a file' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^quiet-tabs-settings-\d{4}-\d{2}-\d{2}\.json$/);
  const text = readFileSync((await file.path())!, 'utf8');
  expect(JSON.parse(text)).toEqual(settings);
  await expect(backup.getByText(`Saved as ${file.suggestedFilename()}.`)).toBeVisible();

  // A fresh profile: the same extension, nothing stored yet.
  const profile = mkdtempSync(join(tmpdir(), 'qt-fresh-'));
  const fresh = await launchWithExtension(profile, 'en-US');
  try {
    const worker = fresh.serviceWorkers()[0] ?? (await fresh.waitForEvent('serviceworker'));
    const other = await fresh.newPage();
    await other.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
    await expect(other.getByRole('heading', { name: 'Your sites' })).toBeVisible();
    expect(await storedSettings(worker)).toBeUndefined();

    await importFile(other, 'quiet-tabs-settings.json', text);
    const section = backupSection(other);
    await expect(
      section.getByText('quiet-tabs-settings.json holds settings with this many sites kept private: 2.', { exact: false }),
    ).toBeVisible();
    // Nothing changes before the survivor confirms.
    expect(await storedSettings(worker)).toBeUndefined();
    await section.getByRole('button', { name: 'Replace my settings' }).click();
    await expect(section.getByText('Your settings were replaced with the ones from quiet-tabs-settings.json.')).toBeVisible();
    await expect.poll(() => storedSettings(worker)).toEqual(settings);
    // The page shows them at once.
    await expect(other.getByRole('list', { name: 'Your sites' }).getByRole('listitem')).toHaveText([
      /^chat\.support\.example/,
      /^hotline\.example/,
    ]);
    await expect(other.getByLabel('Exit when I press Shift three times')).not.toBeChecked();
  } finally {
    await fresh.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('every bad import is refused with its reason shown, and nothing changes', async ({ serviceWorker, openExtensionPage, server }) => {
  const settings = customSettings(server.url('weather.example', '/forecast'));
  await setSettings(serviceWorker, () => settings);
  const page = await openExtensionPage('options.html');
  const backup = backupSection(page);
  await expect(page.getByRole('heading', { name: 'Your sites' })).toBeVisible();
  const before = await storedSettings(serviceWorker);

  const cases: [string, string | Buffer, RegExp[]][] = [
    ['not JSON', 'hotline.example\nsupport.example', [/This is not a settings file: it is not written in JSON\./]],
    ['over 1 MB', Buffer.alloc(1024 * 1024 + 10, 0x20), [/too large \(1,025 KB\)\. A settings file is at most 1 MB/]],
    ['unknown keys', settingsFileWith((s) => (s.pin = '1234')), [/This file has settings this extension does not know: pin\./]],
    [
      'wrong types',
      settingsFileWith((s) => ((s.exit.muteTabs = 'yes'), (s.blur.customTerms = 'stalking'))),
      [/The setting “exit\.muteTabs” in this file has a value/, /The setting “blur\.customTerms” in this file has a value/],
    ],
    [
      'invalid sites',
      settingsFileWith((s) => (s.sites = ['hotline', 'Hotline.example'])),
      [
        /“hotline” in the file's list of sites is not a site address/,
        /“Hotline\.example” in the file's list of sites is not a site address/,
      ],
    ],
    [
      'an invalid neutral page',
      settingsFileWith((s) => (s.exit.decoyUrl = 'javascript:alert(1)')),
      [/The setting “exit\.decoyUrl” in this file has a value this extension cannot use\./],
    ],
    [
      'a neutral page on a chosen site',
      settingsFileWith((s) => ((s.sites = ['hotline.example']), (s.exit.decoyUrl = 'https://www.hotline.example/'))),
      [/The setting “exit\.decoyUrl” in this file has a value this extension cannot use\./],
    ],
    [
      'a newer version',
      settingsFileWith((s) => (s.version = SETTINGS_VERSION + 1)),
      [new RegExp(`comes from a newer version of the extension \\(settings version ${SETTINGS_VERSION + 1}\\)\\. Update the extension`)],
    ],
  ];
  for (const [what, content, reasons] of cases) {
    const name = `${what.replace(/\W+/g, '-')}.json`;
    await importFile(page, name, content);
    await expect(backup.getByText(`${name} was not loaded, and nothing was changed:`), what).toBeVisible();
    for (const reason of reasons) await expect(backup.getByText(reason), what).toBeVisible();
    await expect(backup.getByRole('button', { name: 'Replace my settings' })).toHaveCount(0);
    expect(await storedSettings(serviceWorker), what).toEqual(before);
  }
});

test('a change in the settings reaches an open tab without a reload', async ({ context, serviceWorker, openExtensionPage, server }) => {
  const tab = await context.newPage();
  await tab.goto(server.url('news.example', '/today'));
  const options = await openExtensionPage('options.html');
  const shift = options.getByLabel('Exit when I press Shift three times');
  await expect(shift).toBeChecked();

  await shift.uncheck();
  await expect.poll(async () => ((await storedSettings(serviceWorker)) as any)?.exit?.inPageTrigger).toBe(false);
  // The content script hears the change through storage.onChanged, dispatched to every
  // renderer when the write completes, before the poll above could read it back; the
  // evaluate below is one more round trip through that page's main thread.
  await tab.bringToFront();
  await tab.evaluate(() => document.readyState);
  for (let i = 0; i < 3; i++) await tab.keyboard.press('Shift');
  // The exit would have hidden the page synchronously, inside the third key press.
  expect(await tab.evaluate(() => document.documentElement.style.opacity)).not.toBe('0');
  expect(tab.isClosed()).toBe(false);
  await expect(tab.getByRole('heading', { name: 'news.example/today' })).toBeVisible();

  await options.bringToFront();
  await shift.check();
  await expect.poll(async () => ((await storedSettings(serviceWorker)) as any)?.exit?.inPageTrigger).toBe(true);
  await tab.bringToFront();
  const closed = tab.waitForEvent('close');
  // Pressing on until it exits: each press is harmless until the change has arrived.
  await expect
    .poll(async () => {
      if (!tab.isClosed()) await tab.keyboard.press('Shift').catch(() => undefined);
      return tab.isClosed();
    })
    .toBe(true);
  await closed;
});

test('a corrupt stored value shows what was reset, keeps the valid parts, and keeps a copy until dismissed', async ({
  serviceWorker,
  openExtensionPage,
}) => {
  // The chosen sites have their own record (lib/lock/record.ts): a broken settings
  // document cannot touch them. The record's own damaged entries: lock-promises.spec.ts.
  await setChosenSites(serviceWorker, ['hotline.example']);
  const garbage = {
    version: 1,
    exit: 'broken',
    history: { removeSiteData: true, removeDownloads: false },
    blur: { enabled: false, categories: 'all', customTerms: ['stalking'], pausedSites: [] },
    help: { country: 'NZ', openInPrivateWindow: false },
  };
  await serviceWorker.evaluate(async (value) => chrome.storage.local.set({ settings: value }), garbage);

  const page = await openExtensionPage('options.html');
  const notice = page.getByRole('region', { name: 'Some settings were reset' });
  await expect(notice).toBeVisible();
  await expect(notice.getByText('The “exit” settings went back to their defaults.')).toBeVisible();
  await expect(notice.getByText('The “blur” setting “categories” went back to its default.')).toBeVisible();

  // The valid parts are kept, on the page and in storage.
  await expect(page.getByRole('list', { name: 'Your sites' }).getByRole('listitem')).toHaveText([/^hotline\.example/]);
  await expect(page.getByLabel("Also remove these sites' cookies and stored data")).toBeChecked();
  await expect(page.getByLabel('Blur text about the subjects below')).not.toBeChecked();
  const stored = (await storedSettings(serviceWorker)) as SettingsFile;
  expect(stored.sites).toEqual(['hotline.example']);
  expect(stored.exit).toEqual(defaultSettings().exit);
  expect(stored.blur).toMatchObject({ enabled: false, customTerms: ['stalking'], categories: defaultSettings().blur.categories });
  expect(stored.help.country).toBe('NZ');

  // The old value, exactly as it was found, can be saved.
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Save a copy of the old settings' }).click();
  expect(JSON.parse(readFileSync((await (await download).path())!, 'utf8'))).toEqual(garbage);

  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  expect(await storedLocal(serviceWorker, 'settingsSetAside')).toEqual([]);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Your sites' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Some settings were reset' })).toHaveCount(0);
});

test('adding a site removes its earlier visits and shows when and how many; removing it asks first', async ({
  context,
  serviceWorker,
  openExtensionPage,
  server,
}) => {
  const tab = await context.newPage();
  for (const path of ['/', '/chat', '/leaving']) await tab.goto(server.url('hotline.example', path));
  await tab.goto(server.url('news.example', '/today'));
  await expect.poll(async () => (await historyUrls(serviceWorker)).filter((u) => u.includes('hotline.example')).length).toBe(3);

  const page = await openExtensionPage('options.html');
  const sites = page.getByRole('region', { name: 'Sites you keep private' });
  const input = sites.getByLabel('Add a site');

  // A typo is refused with its reason, and nothing is stored.
  await input.fill('hotline');
  await sites.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(sites.getByText('“hotline” needs its ending too, for example hotline.org.')).toBeVisible();
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  expect(((await storedSettings(serviceWorker)) as any)?.sites ?? []).toEqual([]);

  // A full address is saved as its site, and says so.
  await input.fill('https://www.Hotline.example/help?from=search');
  await input.press('Enter');
  await expect(sites.getByText('Saved as hotline.example (the whole site, with its subdomains).')).toBeVisible();
  await expect(sites.getByText('hotline.example added. Earlier visits removed: 3.')).toBeVisible();
  const row = sites.getByRole('list', { name: 'Your sites' }).getByRole('listitem').filter({ hasText: 'hotline.example' });
  await expect(row).toContainText(/History last cleared .+\. Entries removed so far: 3\./);
  expect(((await storedSettings(serviceWorker)) as any).sites).toEqual(['hotline.example']);
  const history = await historyUrls(serviceWorker);
  expect(history.filter((u) => u.includes('hotline.example'))).toEqual([]);
  expect(history).toContain(server.url('news.example', '/today'));
  // Never a URL on the page.
  await expect(page.getByText('/leaving')).toHaveCount(0);

  await sites.getByRole('button', { name: 'Check now' }).click();
  await expect(sites.getByText('None found. Your history holds no visits to your sites.')).toBeVisible();

  // Removing asks first, in calm words; "Keep it" has the focus and changes nothing.
  await row.getByRole('button', { name: 'Remove hotline.example' }).click();
  await expect(row.getByText('New visits to it will be kept in history again.', { exact: false })).toBeVisible();
  await expect(row.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await row.getByRole('button', { name: 'Keep it' }).click();
  expect(((await storedSettings(serviceWorker)) as any).sites).toEqual(['hotline.example']);
  await row.getByRole('button', { name: 'Remove hotline.example' }).click();
  await row.getByRole('button', { name: 'Remove hotline.example' }).click();
  await expect(sites.getByText('hotline.example was removed from your list.', { exact: false })).toBeVisible();
  await expect.poll(async () => ((await storedSettings(serviceWorker)) as any).sites).toEqual([]);
  await expect(sites.getByText('No sites yet.')).toBeVisible();
});

test('a long erase shows its progress in the page that started it', async ({ serviceWorker, openExtensionPage, server }) => {
  await serviceWorker.evaluate(async (port) => {
    const urls = Array.from({ length: 1000 }, (_, i) => `http://hotline.example:${port}/p/${i}`);
    for (let i = 0; i < urls.length; i += 250) await Promise.all(urls.slice(i, i + 250).map((url) => chrome.history.addUrl({ url })));
  }, server.port);
  const page = await openExtensionPage('options.html');
  const sites = page.getByRole('region', { name: 'Sites you keep private' });
  await expect(sites.getByLabel('Add a site')).toBeVisible();
  // Records every progress line the page shows, however briefly.
  await page.evaluate(() => {
    const seen: string[] = ((window as any).progressSeen = []);
    new MutationObserver(() => {
      const label = document.querySelector('.progress label')?.textContent;
      if (label && !seen.includes(label)) seen.push(label);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await sites.getByLabel('Add a site').fill('hotline.example');
  await sites.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(sites.getByText('hotline.example added. Earlier visits removed: 1,000.')).toBeVisible();
  const seen = (await page.evaluate(() => (window as any).progressSeen)) as string[];
  expect(seen.length).toBeGreaterThan(0);
  for (const line of seen) expect(line).toMatch(/^Removing earlier visits to hotline\.example: [\d,]+ of 1,000$/);
  await expect(sites.locator('progress')).toHaveCount(0);
});

test('the neutral page is refused when it is not a web address or is on a chosen site, and the shortcut is shown', async ({
  serviceWorker,
  openExtensionPage,
  server,
}) => {
  await setSettings(serviceWorker, (s) => void (s.sites = ['hotline.example']));
  const page = await openExtensionPage('options.html');
  const exit = page.getByRole('region', { name: 'Quick exit' });
  const field = exit.getByRole('textbox', { name: 'Neutral page' });
  const before = await storedSettings(serviceWorker);

  await field.fill('ftp://weather.example/');
  await exit.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(
    exit.getByText(
      'This is not a web address. Please write one that starts with http:// or https://, such as https://www.bbc.co.uk/weather.',
    ),
  ).toBeVisible();
  expect(await storedSettings(serviceWorker)).toEqual(before);

  await field.fill('https://chat.hotline.example/weather');
  await field.press('Enter');
  await expect(
    exit.getByText(
      'This page is on one of your chosen sites, so it would not hide anything. Please pick a page elsewhere, such as a weather or news page.',
    ),
  ).toBeVisible();
  expect(await storedSettings(serviceWorker)).toEqual(before);

  const decoy = server.url('weather.example', '/forecast');
  await field.fill(decoy);
  await field.press('Enter');
  await expect(exit.getByText(`Saved. A quick exit now shows ${decoy}.`)).toBeVisible();
  await expect.poll(async () => ((await storedSettings(serviceWorker)) as any).exit.decoyUrl).toBe(decoy);

  await expect(exit.getByTestId('shortcut')).toHaveText(
    "The quick exit shortcut is Alt+Shift+Y. It works on every tab, even on the browser's own pages.",
  );
  await expect(exit.getByText('chrome://extensions/shortcuts', { exact: false })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'What this extension cannot erase' }).getByText('Recently closed', { exact: false }).first(),
  ).toBeVisible();
});

test('every switch, the words, the paused sites and the country are saved as they change', async ({ serviceWorker, openExtensionPage }) => {
  await setSettings(serviceWorker, (s) => void (s.blur.pausedSites = ['news.example', 'recipes.example']));
  const page = await openExtensionPage('options.html');
  const stored = async () => (await storedSettings(serviceWorker)) as ReturnType<typeof defaultSettings>;

  for (const [label, read] of [
    ["Also remove these sites' cookies and stored data", (s) => s.history.removeSiteData],
    ['Also remove them from the downloads list', (s) => s.history.removeDownloads],
    ['Show a small Exit button on my sites', (s) => s.exit.showButtonOnSites],
    ['Mute all tabs when I exit', (s) => s.exit.muteTabs],
    ['Close the whole window instead of showing the neutral page', (s) => s.exit.closeWindow],
    ['Open help websites in a private window', (s) => s.help.openInPrivateWindow],
  ] as [string, (s: ReturnType<typeof defaultSettings>) => boolean][]) {
    await page.getByLabel(label).check();
    await expect.poll(async () => read(await stored()), label).toBe(true);
  }
  await page.getByLabel('Blur text about the subjects below').uncheck();
  await expect.poll(async () => (await stored()).blur.enabled).toBe(false);
  await page.getByRole('group', { name: 'Subjects' }).getByLabel('Eating disorders').uncheck();
  await expect.poll(async () => (await stored()).blur.categories['eating-disorders']).toBe(false);

  const words = page.getByLabel('Your own words');
  await words.fill('  stalking \n\ncoercive control\nstalking\n');
  await page.getByRole('button', { name: 'Save words' }).click();
  await expect(page.getByText('Saved. Words in your list: 2.')).toBeVisible();
  expect((await stored()).blur.customTerms).toEqual(['stalking', 'coercive control']);
  await words.fill(`stalking\n${'x'.repeat(201)}`);
  await page.getByRole('button', { name: 'Save words' }).click();
  await expect(page.getByText('Line 2 is too long', { exact: false })).toBeVisible();
  expect((await stored()).blur.customTerms).toEqual(['stalking', 'coercive control']);
  // Words the page could never find, or that would blur everything: said, not saved.
  await words.fill('stalking\n...\nx');
  await page.getByRole('button', { name: 'Save words' }).click();
  await expect(page.getByText('“...” has no letters or numbers', { exact: false })).toBeVisible();
  await expect(page.getByText('“x” is a single character', { exact: false })).toBeVisible();
  expect((await stored()).blur.customTerms).toEqual(['stalking', 'coercive control']);

  await page.getByRole('button', { name: 'Turn back on news.example' }).click();
  await expect.poll(async () => (await stored()).blur.pausedSites).toEqual(['recipes.example']);

  const country = page.getByLabel('Your country');
  await country.selectOption('IE');
  await expect.poll(async () => (await stored()).help.country).toBe('IE');
  await country.selectOption('');
  await expect.poll(async () => 'country' in (await stored()).help).toBe(false);
});

test('the settings page is accessible and fits a narrow window (200 % zoom)', async ({ openExtensionPage, serviceWorker }) => {
  await setSettings(serviceWorker, (s) => void (s.sites = ['hotline.example']));
  const page = await openExtensionPage('options.html');
  await expect(page.getByRole('heading', { name: 'Your sites' })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  // 640 CSS pixels wide is a 1280-pixel window at 200 % zoom: nothing scrolls sideways.
  await page.setViewportSize({ width: 640, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  // Every control can be reached by keyboard and shows where the focus is: each Tab
  // stop in order, until the focus leaves the page or comes back round.
  const stops = await tabStops(page);
  const kinds = new Set(stops.map((stop) => stop.kind));
  for (const kind of ['link', 'button', 'switch', 'text field', 'list', 'choice', 'file'])
    expect(kinds, `no ${kind} among the Tab stops`).toContain(kind);
  expect(stops.length).toBeGreaterThan(20);
  expectFocusShownAtEveryStop(stops);
  // The welcome guide can be opened again.
  await expect(page.getByRole('link', { name: 'Open the welcome guide again' })).toHaveAttribute('href', /\/welcome\.html$/);
});

test('with a PIN set, the PIN screen and the page it opens show the focus at every Tab stop', async ({
  openExtensionPage,
  serviceWorker,
}) => {
  test.setTimeout(90_000);
  await setSettings(serviceWorker, (s) => void (s.sites = ['hotline.example']));
  const setup = await openExtensionPage('options.html');
  const section = setup.getByRole('region', { name: 'PIN and disguise' });
  await section.getByLabel('New PIN').fill('2580');
  await section.getByLabel('Type the PIN again').fill('2580');
  await section.getByRole('button', { name: 'Set PIN' }).click();
  await expect(section.getByText('The PIN is set. Your list of sites is now stored encrypted.')).toBeVisible({ timeout: 30_000 });
  await setup.close();

  const page = await openExtensionPage('options.html');
  await page.setViewportSize({ width: 640, height: 800 });
  await expect(page.getByRole('heading', { name: 'Enter your PIN' })).toBeVisible();
  const gate = await tabStops(page);
  expect(gate.map((stop) => stop.kind)).toContain('text field');
  expectFocusShownAtEveryStop(gate);

  await page.getByLabel('PIN', { exact: true }).fill('2580');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Your sites' })).toBeVisible();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const unlocked = await tabStops(page);
  expect(unlocked.length).toBeGreaterThan(20);
  expectFocusShownAtEveryStop(unlocked);
});
