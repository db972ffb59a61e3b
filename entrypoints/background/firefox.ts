import { browser } from 'wxt/browser';

/** Firefox-only parts of the sessions API (Chrome has no way to forget a closed tab). */
interface FirefoxSessions {
  forgetClosedTab(windowId: number, sessionId: string): Promise<void>;
  forgetClosedWindow(sessionId: string): Promise<void>;
}

export function firefoxSessions(): FirefoxSessions {
  return browser.sessions as unknown as FirefoxSessions;
}
