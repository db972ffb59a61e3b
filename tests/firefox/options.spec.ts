import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { defaultSettings, SETTINGS_VERSION } from '../../lib/settings/schema';
import type { SettingsFile } from '../../lib/settings/file';
import { buttonNamed, controlLabelled, expect, reloadExtensionPage, test, visibleText, waitForText } from '../support/firefox';
import { SITES_KEY } from '../support/stored-sites';

// Each test launches its own Firefox: let the workers share them out.
test.describe.configure({ mode: 'parallel' });

/**
 * The settings page in real Firefox (issue 2's smoke checks, issue 7's backups): it
 * renders, settings go out to a file through a real download and come back through
 * the file input, and bad files are refused with their reason, changing nothing.
 * tests/e2e/options.spec.ts covers every section in Chromium.
 */

/** A settings document that differs from the defaults almost everywhere. */
function customSettings(decoyUrl: string) {
  const s: SettingsFile = { ...defaultSettings(), sites: [] };
  s.sites = ['chat.support.example', 'hotline.example'];
  s.exit = { decoyUrl, inPageTrigger: false, showButtonOnSites: true, muteTabs: true, closeWindow: false };
  s.history = { removeSiteData: false, removeDownloads: true };
  s.blur.categories.violence = false;
  s.blur.customTerms = ['coercive control', 'stalking'];
  s.blur.pausedSites = ['news.example'];
  s.help = { country: 'NZ', openInPrivateWindow: false };
  return s;
}

/** The defaults, changed by hand, as a settings file. */
function fileWith(change: (s: Record<string, any>) => void): string {
  const s = structuredClone(defaultSettings()) as Record<string, any>;
  change(s);
  return JSON.stringify(s);
}

/** Chooses a file in "Load settings from a file", as the survivor would in the file picker. */
async function chooseSettingsFile(page: Page, name: string, content: string): Promise<void> {
  // The test's own output folder, which Playwright empties before each run.
  const path = test.info().outputPath(name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  const input = (await controlLabelled(page, 'Load settings from a file')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(path);
}

test('the page renders, and settings go out to a file and come back equal', async ({
  server,
  downloadsFolder,
  extension,
  setSettings,
  storedSettings,
  openExtensionPage,
}) => {
  const settings = customSettings(server.url('weather.example', '/forecast'));
  await setSettings(() => settings);
  const page = await openExtensionPage('options.html');
  expect(await page.$eval('h1', (h) => h.textContent?.trim())).toMatch(/^[A-Z][^_]*$/);
  const headings = await page.$$eval('h2', (hs) => hs.map((h) => h.textContent?.trim() ?? ''));
  expect(headings).toEqual(expect.arrayContaining(['Sites you keep private', 'Quick exit', 'Back up your settings']));

  // Out: a real download, in the browser's downloads list and on disk.
  await (await buttonNamed(page, 'Save settings to a file')).click();
  const name = /^quiet-tabs-settings-\d{4}-\d{2}-\d{2}\.json$/;
  await waitForText(page, 'Saved as quiet-tabs-settings-');
  const saved = () => extension(async (b) => (await b.downloads.search({ state: 'complete' })).map((d) => d.filename));
  await expect.poll(saved).toHaveLength(1);
  const [file] = await saved();
  expect(dirname(file!)).toBe(downloadsFolder);
  expect(basename(file!)).toMatch(name);
  const text = readFileSync(file!, 'utf8');
  expect(JSON.parse(text)).toEqual(settings);

  // The browser forgets everything (the settings and the chosen sites' record); the
  // file brings it back, once the survivor confirms.
  await extension((b, keys) => b.storage.local.remove(keys), ['settings', SITES_KEY]);
  await reloadExtensionPage(page);
  await waitForText(page, 'No sites yet.');
  await chooseSettingsFile(page, 'quiet-tabs-settings.json', text);
  await waitForText(page, 'quiet-tabs-settings.json holds settings with this many sites kept private: 2.');
  expect(await storedSettings()).toBeUndefined();
  await (await buttonNamed(page, 'Replace my settings')).click();
  await waitForText(page, 'Your settings were replaced with the ones from quiet-tabs-settings.json.');
  await expect.poll(storedSettings).toEqual(settings);
  // The page shows them at once.
  await waitForText(page, 'chat.support.example');
  expect(
    await (await controlLabelled(page, 'Exit when I press Shift three times')).evaluate((box) => (box as HTMLInputElement).checked),
  ).toBe(false);
});

test('bad import files are refused with their reason shown, and nothing changes', async ({
  server,
  setSettings,
  storedSettings,
  openExtensionPage,
}) => {
  await setSettings(() => customSettings(server.url('weather.example', '/forecast')));
  const page = await openExtensionPage('options.html');
  await waitForText(page, 'hotline.example');
  const before = await storedSettings();

  const cases: [string, string, RegExp[]][] = [
    ['not JSON', 'hotline.example\nsupport.example', [/This is not a settings file: it is not written in JSON\./]],
    ['wrong types', fileWith((s) => (s.exit.muteTabs = 'yes')), [/The setting “exit\.muteTabs” in this file has a value/]],
    ['invalid sites', fileWith((s) => (s.sites = ['hotline'])), [/“hotline” in the file's list of sites is not a site address/]],
    [
      'a newer version',
      fileWith((s) => (s.version = SETTINGS_VERSION + 1)),
      [new RegExp(`comes from a newer version of the extension \\(settings version ${SETTINGS_VERSION + 1}\\)\\. Update the extension`)],
    ],
  ];
  for (const [what, content, reasons] of cases) {
    const name = `${what.replace(/\W+/g, '-')}.json`;
    await chooseSettingsFile(page, name, content);
    await waitForText(page, `${name} was not loaded, and nothing was changed:`);
    const shown = await visibleText(page);
    for (const reason of reasons) expect(shown, what).toMatch(reason);
    expect(shown, what).not.toContain('Replace my settings');
    expect(await storedSettings(), what).toEqual(before);
  }
});
