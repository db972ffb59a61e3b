import { browser, type Browser } from 'wxt/browser';
import { routeMessage } from './router';
import { lastExitTimings, quickExit } from './exit';
import { keepExitReady } from './exit-ready';
import { onTabLoaded, onTabRemoved, onTabUrlChanged, onVisited, trailOpenChosenTabs } from './history';
import { onRecentlyClosedChanged } from '@/lib/platform/recently-closed';
import { applyDisguise } from './disguise';
import { onSelectionMenuClicked, registerCorrections } from './corrections';
import { STORED, watchStored } from '@/lib/platform/extension-storage';
import { getSiteKeySalt, rekeyStats } from '@/lib/platform/site-lock';

/**
 * The background only wires browser events to the feature modules. Every listener is
 * registered synchronously here: an MV3 service worker is woken by an event and
 * must find its listener already in place (main() cannot be async).
 */
export default defineBackground(() => {
  browser.commands.onCommand.addListener((command, tab) => void runCommand(command, tab));
  // Test builds only (`npm run build:test` sets WXT_TEST_HOOKS; the release build has
  // none, tests/tools/check-release.ts). Synthesized key presses never reach Firefox's
  // `commands`, and no automation can click a context menu: the tests call the very
  // handlers instead. The benchmark reads the latest exit's timings (never a URL).
  if (import.meta.env.WXT_TEST_HOOKS === '1') {
    Object.assign(globalThis, { quietTabsTest: { runCommand, lastExit: lastExitTimings, onSelectionMenuClicked } });
  }

  browser.runtime.onMessage.addListener((message, sender) => routeMessage(message, sender));
  // "Warn me about text like this" in the context menu for selected text.
  registerCorrections();
  keepExitReady();

  browser.history.onVisited.addListener((item) => void onVisited(item).catch(logFailure('history')));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url) void onTabUrlChanged(tabId, change.url).catch(logFailure('tab trail'));
    if (change.status === 'complete') void onTabLoaded(tabId).catch(logFailure('tab trail'));
  });
  browser.tabs.onRemoved.addListener((tabId) => void onTabRemoved(tabId).catch(logFailure('closed tab')));
  browser.sessions.onChanged.addListener(() => void onRecentlyClosedChanged().catch(logFailure('recently closed')));

  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });

  // Discretion (docs/discretion.md): the toolbar's look on every start and change; the
  // salt of the site keys created before any page needs it; statistics kept by site
  // name before site keys existed moved to keys.
  void applyDisguise().catch(logFailure('disguise'));
  void getSiteKeySalt()
    .then(() => rekeyStats())
    .catch(logFailure('site keys'));
  // A site just chosen may be on screen (the popup's "Hide my visits", on the site itself).
  watchStored(STORED.chosenSites, () => void trailOpenChosenTabs().catch(logFailure('tab trail')));
  watchStored(STORED.settings, () => void applyDisguise().catch(logFailure('disguise')));
});

function runCommand(command: string, tab?: Browser.tabs.Tab): Promise<unknown> {
  if (command !== 'quick-exit') return Promise.resolve();
  // The tab the command reports is the active tab of the focused window.
  return quickExit({ frontTab: tab?.id !== undefined && tab.active ? tab : undefined });
}

function logFailure(what: string) {
  // No URLs in the log: whoever holds the device can read the console.
  return (error: unknown) => console.warn(`${what}:`, (error as Error)?.name ?? 'error');
}
