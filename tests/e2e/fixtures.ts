import { CHROMIUM_FLAGS } from '../support/chromium-flags';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { REPO_ROOT, startServer, type TestServer } from '../support/server';
import { recordOfSites, SALT_KEY, SITES_KEY, storageWithSites, waitForSalt } from '../support/stored-sites';

/**
 * Real Chromium (Debian's, never a download) with the built extension loaded, a
 * fresh profile for every test, and every host name mapped to the local test server.
 * Build first: `npm run build:test` (npm test does it; the quick-exit benchmark and
 * the correction tests call handlers that only a test build exposes).
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The build to load; EXTENSION_PATH points at another copy (e.g. a second checkout's build). */
export const EXTENSION_PATH = process.env.EXTENSION_PATH ?? join(REPO_ROOT, '.output/chrome-mv3');

export interface ExtensionFixtures {
  /** Browser UI language, e.g. 'en-GB' (sets --lang and LANGUAGE). */
  browserLanguage: string;
  /** The test's own profile folder: launchWithExtension on it again is a browser restart. */
  profileDir: string;
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** Opens the popup in its own small window, as the toolbar would show it. */
  openPopup(): Promise<Page>;
  /** Opens an extension page (e.g. 'options.html') in a tab. */
  openExtensionPage(path: string): Promise<Page>;
}

/**
 * Chromium with the built extension on a profile folder. Called again on the same
 * folder after the first context closed, it is the survivor's browser restarted:
 * the extension's storage, history and settings are what the browser kept on disk.
 */
export function launchWithExtension(profile: string, browserLanguage: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale: browserLanguage,
    env: { ...process.env, LANGUAGE: browserLanguage.replace('-', '_') },
    args: [
      `--disable-extensions-except=${EXTENSION_PATH}`,
      `--load-extension=${EXTENSION_PATH}`,
      `--lang=${browserLanguage}`,
      ...CHROMIUM_FLAGS,
    ],
  });
}

export const test = base.extend<ExtensionFixtures, { server: TestServer }>({
  server: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  browserLanguage: ['en-US', { option: true }],
  // eslint-disable-next-line no-empty-pattern
  profileDir: async ({}, use) => {
    const profile = mkdtempSync(join(tmpdir(), 'qt-profile-'));
    await use(profile);
    rmSync(profile, { recursive: true, force: true });
  },
  context: async ({ browserLanguage, profileDir }, use) => {
    const context = await launchWithExtension(profileDir, browserLanguage);
    await use(context);
    await context.close();
  },
  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    // The welcome page opens on install; tests start from a calm, known state.
    await closeWelcomePage(context);
    await use(worker);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  openPopup: async ({ context, serviceWorker, extensionId }, use) => {
    await use(async () => {
      const opened = context.waitForEvent('page', (p) => p.url().startsWith(`chrome-extension://${extensionId}/popup.html`));
      await serviceWorker.evaluate(
        (url) => chrome.windows.create({ url, type: 'popup', width: 400, height: 600, focused: false }),
        `chrome-extension://${extensionId}/popup.html`,
      );
      const page = await opened;
      await page.waitForLoadState('domcontentloaded');
      return page;
    });
  },
  openExtensionPage: async ({ context, extensionId }, use) => {
    await use(async (path: string) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    });
  },
});

async function closeWelcomePage(context: BrowserContext): Promise<void> {
  const isWelcome = (p: Page) => p.url().includes('/welcome.html');
  const welcome =
    context.pages().find(isWelcome) ?? (await context.waitForEvent('page', { predicate: isWelcome, timeout: 5000 }).catch(() => undefined));
  await welcome?.close();
}

export const expect = test.expect;

/** Every URL in the real browser history (the service worker asks chrome.history). */
export async function historyUrls(worker: Worker): Promise<string[]> {
  return worker.evaluate(async () => (await chrome.history.search({ text: '', startTime: 0, maxResults: 100000 })).map((i) => i.url!));
}

/** The URLs in "recently closed" (tabs, and tabs of closed windows). */
export async function recentlyClosedUrls(worker: Worker): Promise<string[]> {
  return worker.evaluate(async () =>
    (await chrome.sessions.getRecentlyClosed()).flatMap((s) =>
      s.tab ? [s.tab.url ?? ''] : (s.window?.tabs ?? []).map((t) => t.url ?? ''),
    ),
  );
}

/**
 * "Recently closed" holds nothing that `matches`, and still holds nothing a moment
 * later: the browser records a closed tab a little after it closes, so an empty list
 * right away proves nothing by itself.
 */
export async function expectNoneRecentlyClosed(worker: Worker, matches: (url: string) => boolean): Promise<void> {
  await expect.poll(async () => (await recentlyClosedUrls(worker)).filter(matches)).toEqual([]);
  await new Promise((done) => setTimeout(done, 2_500));
  expect((await recentlyClosedUrls(worker)).filter(matches)).toEqual([]);
}

/**
 * Writes settings the way the options page would (the stored settings document). A
 * `sites` list set by `change` goes where the extension keeps it: the chosen sites'
 * record (tests/support/stored-sites.ts), readable, replacing the list there.
 */
export async function setSettings(worker: Worker, change: (s: Record<string, any>) => void | Record<string, any>): Promise<void> {
  const current = await worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings ?? null);
  const { defaultSettings } = await import('../../lib/settings/schema');
  const base = structuredClone(current ?? defaultSettings());
  const { sites, ...next } = (change(base) ?? base) as Record<string, any>;
  await worker.evaluate(async (value) => chrome.storage.local.set({ settings: value }), next);
  if (sites !== undefined) await setChosenSites(worker, sites);
}

/** Stores exactly these chosen sites, readable, as adding them without a PIN would. */
export async function setChosenSites(worker: Worker, sites: readonly string[]): Promise<void> {
  const salt = await waitForSalt(() => worker.evaluate(async (key) => (await chrome.storage.local.get(key))[key], SALT_KEY));
  const existing = await worker.evaluate(async (key) => (await chrome.storage.local.get(key))[key], SITES_KEY);
  const record = recordOfSites(salt, sites, existing as Record<string, any> | undefined);
  await worker.evaluate(async ([key, value]) => chrome.storage.local.set({ [key as string]: value }), [SITES_KEY, record] as const);
}

/** Everything in storage.local, with the chosen sites shown as `settings.sites` and `siteLock` (stored-sites.ts). */
export async function storedWithSites(worker: Worker): Promise<Record<string, any>> {
  return storageWithSites(await worker.evaluate(() => chrome.storage.local.get(null)));
}
