import type { Worker } from '@playwright/test';
import { expect, setSettings, test } from './fixtures';
import { enterPin, loadSettingsFile, openOptions, PIN, rawStorage, setPinInOptions } from './lock-steps';

/**
 * Promises of the PIN lock, the disguise and import that a survivor can see, in real
 * Chromium (docs/discretion.md): a search in a cover is not a wrong PIN, a PIN typed
 * during a wait still opens the popup, a reset leaves a note, an import cannot lock the
 * survivor out of the popup, and removing the PIN never loses a site.
 */

const failures = async (worker: Worker) => ((await rawStorage(worker)).pinAttempts as { failures?: number } | undefined)?.failures ?? 0;

test('a search in a cover is never a wrong PIN, and the right PIN typed during a wait opens the popup when it ends', async ({
  context,
  serviceWorker,
  extensionId,
  openPopup,
}) => {
  test.setTimeout(120_000);
  const options = await openOptions(context, extensionId);
  await setPinInOptions(options, PIN);
  await options.getByRole('radio', { name: 'Notes' }).check();
  await expect(options.getByText('Saved. The button has its new look.')).toBeVisible();
  await options.close();

  let popup = await openPopup();
  const search = popup.getByRole('searchbox', { name: 'Search notes' });
  for (const query of ['milk', 'lentil soup', 'Paris', 'bread', 'library', '123']) {
    await search.fill(query);
    await search.press('Enter');
  }
  // A search that finds a note stays a search.
  await search.fill('milk');
  await search.press('Enter');
  await expect(popup.getByRole('listitem')).toHaveText([/^Shopping/]);
  await expect.poll(() => failures(serviceWorker)).toBe(0);
  await popup.close();

  await setSettings(serviceWorker, (s) => {
    s.discretion = { disguise: 'weather', reveal: 'three-clicks' };
  });
  popup = await openPopup();
  const place = popup.getByRole('searchbox', { name: 'Search for a place' });
  for (const query of ['London', 'Manchester', 'Leeds', 'York']) {
    await place.fill(query);
    await place.press('Enter');
    await expect(popup.getByText('No place found.')).toBeVisible();
  }
  expect(await failures(serviceWorker)).toBe(0);
  // Nothing is slowed down, so the PIN opens at once.
  await place.fill(PIN);
  await place.press('Enter');
  await expect(popup.getByRole('button', { name: /^Exit/ })).toBeVisible({ timeout: 30_000 });
  await popup.close();

  // Earlier wrong PINs (typed elsewhere) slow tries down: 4 seconds from now.
  await serviceWorker.evaluate(() => chrome.storage.local.set({ pinAttempts: { failures: 5, lastFailureAt: Date.now() } }));
  popup = await openPopup();
  const field = popup.getByRole('searchbox', { name: 'Search for a place' });
  await field.fill(PIN);
  await field.press('Enter');
  const typedAt = Date.now();
  // The cover gives nothing away: the PIN is not left on screen, the cover stays.
  await expect(field).toHaveValue('');
  await expect(popup.getByText('No place found.')).toBeVisible();
  await expect(popup.getByRole('button', { name: /^Exit/ })).toHaveCount(0);
  // When the wait ends, the PIN typed during it opens the real popup.
  await expect(popup.getByRole('button', { name: /^Exit/ })).toBeVisible({ timeout: 30_000 });
  expect(Date.now() - typedAt).toBeGreaterThan(1_500);
  expect(await failures(serviceWorker)).toBe(0);
});

test('after "Forgot your PIN?", the real popup and the settings page say so, dated, until dismissed', async ({
  context,
  serviceWorker,
  extensionId,
  openPopup,
}) => {
  test.setTimeout(90_000);
  await setSettings(serviceWorker, (s) => {
    s.sites = ['hotline.example'];
  });
  const setup = await openOptions(context, extensionId);
  await setPinInOptions(setup, PIN);
  await setup.close();

  const note = /^Your PIN and your list of sites were reset on (.+)\. Visits to those sites are no longer hidden\./;
  const today = new Intl.DateTimeFormat('en-US', { dateStyle: 'long' }).format(Date.now());
  const options = await openOptions(context, extensionId);
  await options.getByRole('button', { name: 'Forgot your PIN?' }).click();
  await options.getByRole('button', { name: 'Delete the list and the PIN' }).click();
  await expect(options.getByRole('heading', { name: 'Sites you keep private' })).toBeVisible();
  await expect(options.getByText(note)).toHaveText(new RegExp(`reset on ${today}\\.`));
  await options.close();

  // Opened later, for example by the survivor when someone else did the reset.
  const popup = await openPopup();
  await expect(popup.getByText(note)).toHaveText(new RegExp(`reset on ${today}\\.`));
  await expect(popup.getByRole('button', { name: /^Exit/ })).toBeVisible();
  await popup.getByRole('button', { name: 'Dismiss' }).click();
  await expect(popup.getByText(note)).toHaveCount(0);
  await popup.close();

  const again = await openOptions(context, extensionId);
  await expect(again.getByRole('heading', { name: 'Sites you keep private' })).toBeVisible();
  await expect(again.getByText(note)).toHaveCount(0);
  expect((await rawStorage(serviceWorker)).pinResetNotice).toBeUndefined();
});

test('a settings file with the calculator disguise is refused while the PIN is a passphrase, and nothing changes', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  test.setTimeout(90_000);
  await setSettings(serviceWorker, (s) => {
    s.sites = ['hotline.example'];
    s.discretion = { disguise: 'notes', reveal: 'three-clicks' };
  });
  const options = await openOptions(context, extensionId);
  await setPinInOptions(options, 'a long passphrase');
  const before = await rawStorage(serviceWorker);

  const file = { ...before.settings, sites: ['support.example'], discretion: { disguise: 'calculator', reveal: 'three-clicks' } };
  const backup = options.getByRole('region', { name: 'Back up your settings' });
  await loadSettingsFile(options, file);
  await expect(backup.getByText('backup.json was not loaded, and nothing was changed:')).toBeVisible();
  await expect(backup.getByText('Your PIN is a passphrase, so you could not open your real popup.', { exact: false })).toBeVisible();

  const after = await rawStorage(serviceWorker);
  expect(after.settings).toEqual(before.settings);
  expect(after.siteLock).toEqual(before.siteLock);
  await expect(options.getByRole('list', { name: 'Your sites' }).getByRole('listitem')).toHaveText([/^hotline\.example/]);
});

test('removing the PIN keeps the lock when a site cannot be read, and says how many; the PIN text says what it does not hide', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  test.setTimeout(90_000);
  await setSettings(serviceWorker, (s) => {
    s.sites = ['hotline.example', 'support.example'];
  });
  const setup = await openOptions(context, extensionId);
  await setPinInOptions(setup, PIN);
  await expect(
    setup.getByText('the sites where content warnings are paused and your own words for content warnings are stored readable', {
      exact: false,
    }),
  ).toBeVisible();
  await setup.close();
  // One entry's encrypted name is damaged (its keys still match visits).
  await serviceWorker.evaluate(async () => {
    const { chosenSites: siteLock } = (await chrome.storage.local.get('chosenSites')) as { chosenSites: { entries: { cipher: string }[] } };
    const [first, second] = siteLock.entries;
    await chrome.storage.local.set({
      chosenSites: { ...siteLock, entries: [first, { ...second, cipher: `${second!.cipher.slice(0, -8)}AAAAAAA=` }] },
    });
  });
  const lockBefore = (await rawStorage(serviceWorker)).siteLock;

  const options = await openOptions(context, extensionId);
  await enterPin(options, PIN);
  await expect(options.getByText('Sites of your protected list that could not be read: 1.', { exact: false })).toBeVisible();
  const section = options.getByRole('region', { name: 'PIN and disguise' });
  await section.getByRole('button', { name: 'Remove the PIN' }).click();
  await section.getByRole('group', { name: 'Remove the PIN' }).getByRole('button', { name: 'Remove the PIN' }).click();
  await expect(
    section.getByText('The PIN was kept. Sites of your protected list that could not be read: 1.', { exact: false }),
  ).toBeVisible();
  await expect(section.getByText('The PIN was removed.')).toHaveCount(0);

  const after = await rawStorage(serviceWorker);
  expect(after.siteLock).toEqual(lockBefore);
  expect(after.settings.sites).toEqual([]);
});

test('adding a site, importing a file and removing a site keep the protected sites that cannot be read', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  test.setTimeout(120_000);
  await setSettings(serviceWorker, (s) => {
    s.sites = ['hotline.example', 'support.example'];
  });
  const setup = await openOptions(context, extensionId);
  await setPinInOptions(setup, PIN);
  await setup.close();
  // One entry's encrypted name is damaged (its keys still match visits), and one entry
  // was edited by hand until it no longer parses.
  await serviceWorker.evaluate(async () => {
    const { chosenSites: siteLock } = (await chrome.storage.local.get('chosenSites')) as { chosenSites: { entries: { cipher: string }[] } };
    const [first, second] = siteLock.entries;
    await chrome.storage.local.set({
      chosenSites: {
        ...siteLock,
        entries: [first, { ...second, cipher: `${second!.cipher.slice(0, -8)}AAAAAAA=` }, { key: 'edited by hand', wordKeys: 'x' }],
      },
    });
  });
  const unreadable = ((await rawStorage(serviceWorker)).siteLock.entries as unknown[]).slice(1);
  const storedEntries = async () => (await rawStorage(serviceWorker)).siteLock.entries as unknown[];

  const options = await openOptions(context, extensionId);
  await enterPin(options, PIN);
  const note = options.getByText('Sites of your protected list that could not be read: 1. Visits to them are still hidden.');
  await expect(note).toBeVisible();
  await expect(
    options.getByText('Damaged entries of your protected list, which hide nothing: 1. They are kept as they are.'),
  ).toBeVisible();
  const sites = options.getByRole('region', { name: 'Sites you keep private' });
  const list = sites.getByRole('list', { name: 'Your sites' }).getByRole('listitem');

  // Adding a site.
  await sites.getByLabel('Add a site').fill('refuge.example');
  await sites.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(list).toHaveText([/^hotline\.example/, /^refuge\.example/]);
  let entries = await storedEntries();
  expect(entries).toHaveLength(4);
  for (const entry of unreadable) expect(entries).toContainEqual(entry);

  // Importing a settings file: its list replaces the sites that can be read, nothing else.
  const file = { ...(await rawStorage(serviceWorker)).settings, sites: ['peer-group.example'] };
  const backup = options.getByRole('region', { name: 'Back up your settings' });
  await loadSettingsFile(options, file);
  await expect(backup.getByText('Your settings were replaced with the ones from backup.json.')).toBeVisible();
  await expect(list).toHaveText([/^peer-group\.example/]);
  await expect(note).toBeVisible();
  entries = await storedEntries();
  expect(entries).toHaveLength(3);
  for (const entry of unreadable) expect(entries).toContainEqual(entry);
  expect((await rawStorage(serviceWorker)).settings.sites).toEqual([]);

  // Removing a site.
  const row = list.filter({ hasText: 'peer-group.example' });
  await row.getByRole('button', { name: 'Remove peer-group.example' }).click();
  await row.getByRole('button', { name: 'Remove peer-group.example' }).click();
  await expect(sites.getByText('peer-group.example was removed from your list.', { exact: false })).toBeVisible();
  await expect.poll(storedEntries).toEqual(unreadable);
  await expect(note).toBeVisible();
});
