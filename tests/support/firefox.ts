import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base } from '@playwright/test';
import puppeteer, { type Browser as PuppeteerBrowser, type ElementHandle, type JSHandle, type Page } from 'puppeteer-core';
import type { Browser as WebExtensionApis } from 'webextension-polyfill';
import { GECKO_ID } from '../../wxt.config';
import { REPO_ROOT, startServer, type TestServer } from './server';
import { recordOfSites, SALT_KEY, settingsWithSites, SITES_KEY, waitForSalt } from './stored-sites';

/**
 * Real Firefox (Debian's firefox-esr, never a download) with the built extension
 * installed, a fresh profile for every test, every host name answered by the local
 * test server, and nothing leaving the machine. Build first: `npm run build:test` (the release build has no test hook).
 *
 * Playwright cannot load extensions into Firefox, so Firefox is driven by
 * puppeteer-core over WebDriver BiDi; @playwright/test only runs the tests.
 * See docs/testing-firefox.md.
 */
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The build to install; FIREFOX_EXTENSION_PATH points at another copy (e.g. a snapshot while others rebuild). */
export const FIREFOX_EXTENSION_PATH = process.env.FIREFOX_EXTENSION_PATH ?? join(REPO_ROOT, '.output/firefox-mv2');

/** Fixed so that every moz-extension:// URL is known before the browser starts. */
export const EXTENSION_UUID = '0e9a3b52-6c1d-4f7e-9a58-7d2c4b1e3f60';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export type { WebExtensionApis };

/**
 * Preferences on top of puppeteer's own test profile (which already turns off
 * updates, the default-browser check, Normandy's URL, most of data reporting and safe
 * browsing lists). Together they make every name resolve to 127.0.0.1 and keep
 * Firefox from calling home: a test must never depend on, or reach, the network.
 */
export const FIREFOX_TEST_PREFS: Record<string, string | number | boolean> = {
  // Every host name is the local server: `http://hotline.example:PORT/` arrives there.
  'network.dns.forceResolve': '127.0.0.1',
  'network.trr.mode': 5, // no DNS over HTTPS (it would bypass forceResolve)
  'network.proxy.type': 0,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.predictor.enabled': false,
  'network.http.speculative-parallel-limit': 0,
  'browser.urlbar.speculativeConnect.enabled': false,
  // Plain http test hosts must stay http.
  'dom.security.https_first': false,
  'dom.security.https_first_pbm': false,
  'dom.security.https_only_mode': false,
  // Background services that phone home.
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'app.normandy.enabled': false,
  'app.update.enabled': false,
  'app.update.auto': false,
  'app.shield.optoutstudies.enabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.server': '',
  'toolkit.telemetry.updatePing.enabled': false,
  'toolkit.telemetry.shutdownPingSender.enabled': false,
  'toolkit.telemetry.firstShutdownPing.enabled': false,
  'toolkit.telemetry.newProfilePing.enabled': false,
  'toolkit.telemetry.bhrPing.enabled': false,
  'datareporting.usage.uploadEnabled': false,
  'browser.ping-centre.telemetry': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'browser.newtabpage.activity-stream.feeds.telemetry': false,
  'browser.newtabpage.activity-stream.feeds.section.topstories': false,
  'browser.newtabpage.activity-stream.showSponsored': false,
  'browser.newtabpage.activity-stream.showSponsoredTopSites': false,
  'browser.topsites.contile.enabled': false,
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.google.updateURL': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.search.geoSpecificDefaults': false,
  'geo.provider.network.url': '',
  // Remote settings: the value Firefox's own remote agent recommends (a data: URL that
  // fails at once, with no connection at all). See MOZ_REMOTE_SETTINGS_DEVTOOLS below.
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'extensions.blocklist.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'extensions.getAddons.showPane': false,
  'extensions.htmlaboutaddons.recommendations.enabled': false,
  'media.gmp-manager.url': '',
  'media.gmp-gmpopenh264.enabled': false,
  'identity.fxaccounts.enabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
  'browser.discovery.enabled': false,
  'security.OCSP.enabled': 0,
  'security.remote_settings.crlite_filters.enabled': false,
  'security.remote_settings.intermediates.enabled': false,
  'privacy.sanitize.sanitizeOnShutdown': false,
  // Quiet start: no first-run pages, no session restore prompt.
  'browser.aboutwelcome.enabled': false,
  'trailhead.firstrun.didSeeAboutWelcome': true,
  'browser.startup.firstrunSkipsHomepage': true,
  'datareporting.policy.firstRunURL': '',
};

export interface FirefoxFixtures {
  /**
   * Option (`test.use({ keepWelcomePage: true })`): leave open the welcome tab that the
   * background opens on install, instead of closing it. `findExtensionPage('welcome.html')`
   * then finds it.
   */
  keepWelcomePage: boolean;
  /**
   * The puppeteer Browser (real Firefox), fresh for this test. Named `firefox`
   * because Playwright's own `browser` fixture is per worker and cannot be replaced
   * by a per-test one.
   */
  firefox: PuppeteerBrowser;
  /**
   * Where this test's Firefox saves downloads (a fresh temporary folder, removed after
   * the test), so that files never pile up in the Downloads folder of the machine and a
   * file keeps the name the page gave it.
   */
  downloadsFolder: string;
  /** `moz-extension://UUID/<path>` */
  extensionUrl(path: string): string;
  /**
   * Opens an extension page (e.g. 'options.html', 'popup.html') and waits until it
   * has rendered. In its own window, without focus, when `window` is set: that is
   * how to stand in for the toolbar popup, which belongs to no window's tabs.
   */
  openExtensionPage(path: string, options?: { window?: boolean }): Promise<Page>;
  /**
   * Runs `fn` in an extension page (kept open in a background window) with the real
   * WebExtension APIs as its first argument: `extension((b) => b.tabs.query({}))`.
   * `fn` runs in the browser: it cannot use variables from the test, pass them as `arg`.
   */
  extension: <R, A = undefined>(fn: (browser: WebExtensionApis, arg: A) => R | Promise<R>, arg?: A) => Promise<Awaited<R>>;
  /** Every URL in the real browser history. */
  historyUrls(): Promise<string[]>;
  /** URL → visit count, for every entry in history. */
  historyVisitCounts(): Promise<Record<string, number>>;
  /** The URLs in "recently closed" (tabs, and tabs of closed windows). */
  recentlyClosedUrls(): Promise<string[]>;
  /** The URLs of every open tab, in every window (the API page excepted). */
  openTabUrls(): Promise<string[]>;
  /** The stored settings document (storage.local `settings`) exactly as it is, or undefined. */
  storedSettings(): Promise<unknown>;
  /** Writes the stored settings document (storage.local `settings`), as the options page would. */
  setSettings(change: (s: Record<string, any>) => void | Record<string, any>): Promise<void>;
  /**
   * Calls the background's handler for a `commands` shortcut, with the tab Firefox
   * would pass (the active tab of the last focused window). Synthesized key presses
   * never reach Firefox's `commands`.
   */
  runCommand(name: string): Promise<void>;
  /** Finds the puppeteer Page showing a web URL (starting with `prefix`), waiting for it to appear. */
  findPage(prefix: string): Promise<Page>;
  /**
   * Finds the puppeteer Page showing an extension page (e.g. 'welcome.html'), waiting for it
   * to appear and render. `page.url()` says about:blank for extension pages, so each page's
   * own address is asked instead.
   */
  findExtensionPage(path: string): Promise<Page>;
}

interface InternalFixtures {
  apiHandle: JSHandle<WebExtensionApis>;
}

export const test = base.extend<FirefoxFixtures & InternalFixtures, { server: TestServer }>({
  server: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  // eslint-disable-next-line no-empty-pattern
  downloadsFolder: async ({}, use) => {
    const folder = mkdtempSync(join(tmpdir(), 'qt-firefox-downloads-'));
    await use(folder);
    rmSync(folder, { recursive: true, force: true });
  },
  firefox: async ({ downloadsFolder }, use) => {
    if (!existsSync(join(FIREFOX_EXTENSION_PATH, 'manifest.json'))) {
      throw new Error(`No Firefox build at ${FIREFOX_EXTENSION_PATH}: run "npm run build:test" first.`);
    }
    if (!existsSync(FIREFOX)) {
      throw new Error(`No Firefox at ${FIREFOX}: install it with "apt-get install -y firefox-esr" (or set FIREFOX_PATH).`);
    }
    const firefox = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      // System access lets BiDi install a temporary add-on from a folder.
      args: ['--remote-allow-system-access'],
      // Release builds ignore `services.settings.server` (remote settings) unless
      // this is set; without it Firefox 153 polls firefox.settings.services.mozilla.com.
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
      extraPrefsFirefox: {
        ...FIREFOX_TEST_PREFS,
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
        // Downloads go, without asking, to this test's own folder.
        'browser.download.folderList': 2,
        'browser.download.dir': downloadsFolder,
        'browser.download.useDownloadDir': true,
      },
    });
    try {
      await firefox.installExtension(FIREFOX_EXTENSION_PATH);
      await use(firefox);
    } finally {
      await firefox.close().catch(() => undefined);
    }
  },
  keepWelcomePage: [false, { option: true }],
  // eslint-disable-next-line no-empty-pattern
  extensionUrl: async ({}, use) => {
    await use((path) => `${EXTENSION_ORIGIN}/${path.replace(/^\//, '')}`);
  },
  apiHandle: async ({ firefox, keepWelcomePage }, use) => {
    // A page of the extension in its own window, never focused, so that it is never
    // "the tab in front" of a quick exit. The messages file is an extension document
    // that runs none of the extension's own code.
    const page = await firefox.newPage({ type: 'window', background: true });
    await loadExtensionPage(page, `${EXTENSION_ORIGIN}/_locales/en/messages.json`);
    const handle = (await page.evaluateHandle(
      () => (globalThis as unknown as { browser: WebExtensionApis }).browser,
    )) as JSHandle<WebExtensionApis>;
    // The welcome page opens on install: close it, and forget it, so tests start calm.
    const welcomeOptions = { origin: EXTENSION_ORIGIN, keep: keepWelcomePage };
    const warning = await handle.evaluate(async (b, { origin, keep }) => {
      const welcome = `${origin}/welcome.html`;
      const sessions = b.sessions as unknown as { forgetClosedTab(windowId: number, sessionId: string): Promise<void> };
      const closeAndForget = async (tabIds: number[], url: string) => {
        await b.tabs.remove(tabIds);
        for (const entry of await b.sessions.getRecentlyClosed()) {
          if (entry.tab?.url === url && entry.tab.sessionId) await sessions.forgetClosedTab(entry.tab.windowId!, entry.tab.sessionId);
        }
      };
      // Generous: test machines are shared and can be very slow.
      for (const deadline = Date.now() + 20_000; Date.now() < deadline;) {
        const tabs = await b.tabs.query({ url: welcome });
        if (tabs.length && keep) return undefined;
        if (tabs.length) {
          await closeAndForget(
            tabs.map((t) => t.id!),
            welcome,
          );
          return undefined;
        }
        await new Promise((done) => setTimeout(done, 50));
      }
      const background = (await b.runtime.getBackgroundPage()) as unknown as { quietTabsTest?: unknown } | null;
      // Test builds only (`npm run build:test`): the release build has no hook to find.
      if (!background?.quietTabsTest)
        throw new Error('the background page is not running, or this is not a test build (npm run build:test)');
      // Seen once in about sixty starts on a heavily loaded machine: the welcome tab
      // stays on about:blank. Any about:blank tab besides the first window's is that tab.
      const tabs = await b.tabs.query({});
      const first = Math.min(...tabs.map((t) => t.id!));
      const strays = tabs.filter((t) => t.url === 'about:blank' && t.id !== first).map((t) => t.id!);
      const seen = tabs.map((t) => `${t.id} ${t.url} (${t.status})`).join(', ');
      if (keep && strays.length === 1) {
        // Kept for a test of the first run: load the stuck tab with the page it was opened for.
        await b.tabs.update(strays[0]!, { url: welcome });
        return `the welcome tab stayed on about:blank; loaded welcome.html into it: ${seen}`;
      }
      if (strays.length) await closeAndForget(strays, 'about:blank');
      return `the welcome page did not appear; closed ${strays.length} blank tab(s): ${seen}`;
    }, welcomeOptions);
    if (warning) test.info().annotations.push({ type: 'warning', description: warning });
    await use(handle);
  },
  extension: async ({ apiHandle }, use) => {
    await use(((fn: (b: WebExtensionApis, arg: unknown) => unknown, arg?: unknown) =>
      apiHandle.evaluate(fn as never, arg as never)) as FirefoxFixtures['extension']);
  },
  openExtensionPage: async ({ firefox }, use) => {
    await use(async (path, options) => {
      const page = await firefox.newPage(options?.window ? { type: 'window', background: true } : undefined);
      await loadExtensionPage(page, `${EXTENSION_ORIGIN}/${path.replace(/^\//, '')}`);
      return page;
    });
  },
  historyUrls: async ({ extension }, use) => {
    await use(() => extension(async (b) => (await b.history.search({ text: '', startTime: 0, maxResults: 1_000_000 })).map((i) => i.url!)));
  },
  historyVisitCounts: async ({ extension }, use) => {
    await use(() =>
      extension(async (b) =>
        Object.fromEntries(
          (await b.history.search({ text: '', startTime: 0, maxResults: 1_000_000 })).map((i) => [i.url!, i.visitCount ?? 0]),
        ),
      ),
    );
  },
  recentlyClosedUrls: async ({ extension }, use) => {
    await use(() =>
      extension(async (b) =>
        (await b.sessions.getRecentlyClosed()).flatMap((s) => (s.tab ? [s.tab.url ?? ''] : (s.window?.tabs ?? []).map((t) => t.url ?? ''))),
      ),
    );
  },
  openTabUrls: async ({ extension }, use) => {
    await use(() => extension(async (b) => (await b.tabs.query({})).map((t) => t.url ?? '').filter((url) => url !== location.href)));
  },
  // The chosen sites live in their own record, shown here as `sites` (./stored-sites.ts).
  storedSettings: async ({ extension }, use) => {
    await use(async () => {
      const raw = await extension(async (b, keys) => b.storage.local.get(keys), ['settings', SITES_KEY]);
      return settingsWithSites(raw.settings, raw[SITES_KEY]);
    });
  },
  setSettings: async ({ extension }, use) => {
    await use(async (change) => {
      const current = await extension(async (b) => (await b.storage.local.get('settings')).settings);
      const { defaultSettings } = await import('../../lib/settings/schema');
      const start = structuredClone((current as Record<string, any> | null) ?? defaultSettings());
      const { sites, ...next } = (change(start) ?? start) as Record<string, any>;
      await extension((b, value) => b.storage.local.set({ settings: value }), next);
      if (sites === undefined) return;
      // Where adding them without a PIN puts them: the record, readable, replacing the list there.
      const salt = await waitForSalt(() => extension(async (b, key) => (await b.storage.local.get(key))[key], SALT_KEY));
      const existing = await extension(async (b, key) => (await b.storage.local.get(key))[key], SITES_KEY);
      const record = recordOfSites(salt, sites, existing as Record<string, any> | undefined);
      await extension((b, value) => b.storage.local.set({ chosenSites: value }), record);
    });
  },
  runCommand: async ({ extension }, use) => {
    await use(async (name) => {
      await extension(async (b, command) => {
        const background = (await b.runtime.getBackgroundPage()) as unknown as {
          quietTabsTest?: { runCommand(name: string, tab?: unknown): Promise<unknown> };
        };
        if (!background.quietTabsTest) throw new Error('the background does not expose quietTabsTest.runCommand');
        const [tab] = await b.tabs.query({ active: true, lastFocusedWindow: true });
        await background.quietTabsTest.runCommand(command, tab);
      }, name);
    });
  },
  findPage: async ({ firefox }, use) => {
    await use(async (prefix) => {
      for (const deadline = Date.now() + 30_000; Date.now() < deadline;) {
        const page = (await firefox.pages()).find((p) => p.url().startsWith(prefix));
        if (page) return page;
        await new Promise((done) => setTimeout(done, 50));
      }
      throw new Error(`no page shows ${prefix}`);
    });
  },
  findExtensionPage: async ({ firefox }, use) => {
    await use(async (path) => {
      const url = `${EXTENSION_ORIGIN}/${path.replace(/^\//, '')}`;
      for (const deadline = Date.now() + 30_000; Date.now() < deadline;) {
        for (const page of await firefox.pages()) {
          const href = await page.evaluate(() => location.href).catch(() => '');
          if (href === url) {
            await waitForExtensionDocument(page, url);
            return page;
          }
        }
        await new Promise((done) => setTimeout(done, 50));
      }
      throw new Error(`no page shows ${url}`);
    });
  },
});

export const expect = test.expect;

/**
 * `page.goto('moz-extension://…')` never settles over BiDi (measured with
 * firefox-esr 153: the load is never reported), so start the navigation without
 * waiting for it, and wait for the document itself.
 */
async function loadExtensionPage(page: Page, url: string): Promise<void> {
  void page.goto(url).catch(() => undefined);
  await waitForExtensionDocument(page, url);
}

/** Reloads an extension page (popup, options) and waits for the new document. */
export async function reloadExtensionPage(page: Page): Promise<void> {
  const url = await page.evaluate(() => {
    (globalThis as unknown as { previousDocument?: boolean }).previousDocument = true;
    return location.href;
  });
  void page.reload().catch(() => undefined);
  await waitForExtensionDocument(page, url);
}

/**
 * Polls rather than page.waitForFunction: an evaluation that meets the navigation
 * half-way fails with a protocol error in Firefox (seen on reload), which
 * waitForFunction does not retry.
 */
async function waitForExtensionDocument(page: Page, url: string): Promise<void> {
  for (const deadline = Date.now() + 30_000; Date.now() < deadline;) {
    const ready = await page
      .evaluate(
        (expected) =>
          location.href === expected &&
          document.readyState === 'complete' &&
          'browser' in globalThis &&
          !(globalThis as unknown as { previousDocument?: boolean }).previousDocument,
        url,
      )
      .catch(() => false);
    if (ready) return;
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error(`the extension page ${url} did not load`);
}

/*
 * Finding things the way the survivor does, by what they read. Playwright's getByRole and
 * getByLabel do not exist for puppeteer pages; these cover what the specs need, with
 * exact names, so that a renamed button or label fails the test. They poll on a timer:
 * puppeteer's default (requestAnimationFrame) barely runs in a tab that is not in front.
 */

/** The form control whose <label> (or aria-label) reads exactly `label`, once it is on the page. */
export async function controlLabelled(page: Page, label: string): Promise<ElementHandle<HTMLElement>> {
  const handle = await page.waitForFunction(
    (name: string) => {
      for (const l of document.querySelectorAll('label')) {
        if (l.textContent?.trim() === name) return l.control ?? undefined;
      }
      return document.querySelector<HTMLElement>(`[aria-label="${CSS.escape(name)}"]`) ?? undefined;
    },
    { polling: 50 },
    label,
  );
  return handle as ElementHandle<HTMLElement>;
}

/** The visible button whose name (aria-label, else its text) is exactly `name`, once it is on the page. */
export async function buttonNamed(page: Page, name: string): Promise<ElementHandle<HTMLButtonElement>> {
  const handle = await page.waitForFunction(
    (wanted: string) =>
      [...document.querySelectorAll('button')].find(
        (b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim() === wanted && b.getClientRects().length > 0,
      ),
    { polling: 50 },
    name,
  );
  return handle as ElementHandle<HTMLButtonElement>;
}

/** Waits until the page's visible text contains `text`. */
export async function waitForText(page: Page, text: string): Promise<void> {
  await page.waitForFunction((wanted: string) => document.body.innerText.includes(wanted), { polling: 50 }, text);
}

/** The page's visible text. */
export function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerText);
}
