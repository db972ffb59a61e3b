import { useEffect, useRef, useState } from 'preact/hooks';
import { browser, type Browser } from 'wxt/browser';
import type { Settings } from '@/lib/settings/schema';
import { forgetClosed } from '@/lib/platform/recently-closed';
import { t } from '../i18n';
import { PRACTICE_QUERY } from './PracticePage';

type Outcome = 'idle' | 'open' | 'worked' | 'closed';

interface Practice {
  tabId: number;
  url: string;
  /** Tabs opened since the practice tab: the neutral page of an exit is one of them. */
  created: Set<number>;
  decoySeen: boolean;
  removed: boolean;
}

function sameUrl(a: string, b: string): boolean {
  try {
    return new URL(a).href === new URL(b).href;
  } catch {
    return a === b;
  }
}

/**
 * "Try it now": opens a practice tab with nothing private in it. A quick exit there is
 * a real one: the practice tab closes and the neutral page opens in its place. This
 * step watches for that, so that it can say plainly whether it worked.
 */
export function TryExit({ settings }: { settings: Settings }) {
  const [outcome, setOutcome] = useState<Outcome>('idle');
  const practice = useRef<Practice>();
  const decoyUrl = settings.exit.decoyUrl;
  const closeWindow = settings.exit.closeWindow;

  useEffect(() => {
    const isDecoy = (url: string | undefined) => !!url && sameUrl(url, decoyUrl);
    const worked = () => {
      practice.current = undefined;
      setOutcome('worked');
    };
    const onCreated = (tab: Browser.tabs.Tab) => {
      const current = practice.current;
      if (!current || tab.id === undefined) return;
      current.created.add(tab.id);
      if (isDecoy(tab.pendingUrl ?? tab.url)) current.decoySeen = true;
    };
    // Firefox creates the tab on about:blank and reports the neutral page's address
    // later, possibly after the practice tab is gone.
    const onUpdated = (tabId: number, change: Browser.tabs.OnUpdatedInfo) => {
      const current = practice.current;
      if (!current?.created.has(tabId) || !isDecoy(change.url)) return;
      current.decoySeen = true;
      if (current.removed) worked();
    };
    const onRemoved = (tabId: number, info: Browser.tabs.OnRemovedInfo) => {
      const current = practice.current;
      if (!current || current.tabId !== tabId) return;
      current.removed = true;
      void forgetPracticeTab(current.url);
      // With "close the whole window" on, the exit closes the practice window and opens no neutral page.
      if (current.decoySeen || (closeWindow && info.isWindowClosing)) worked();
      else setOutcome('closed');
    };
    browser.tabs.onCreated.addListener(onCreated);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.tabs.onRemoved.addListener(onRemoved);
    return () => {
      browser.tabs.onCreated.removeListener(onCreated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.tabs.onRemoved.removeListener(onRemoved);
    };
  }, [decoyUrl, closeWindow]);

  const open = async () => {
    const url = browser.runtime.getURL(`/welcome.html?${PRACTICE_QUERY}`);
    // With "close the whole window" on, the practice gets a window of its own, so that
    // the exit does not close this guide along with it.
    const tab = closeWindow
      ? (await browser.windows.create({ url, focused: true }))?.tabs?.[0]
      : await browser.tabs.create({ url, active: true });
    if (tab?.id === undefined) return;
    practice.current = { tabId: tab.id, url, decoySeen: false, removed: false, created: new Set() };
    setOutcome('open');
  };

  return (
    <div class="field try-exit">
      <h3>{t('welcome_try_title')}</h3>
      <p class="hint">{t('welcome_try_text')}</p>
      <p class="hint">{t('welcome_try_warning')}</p>
      <button type="button" onClick={() => void open()}>
        {t('welcome_try_open')}
      </button>
      <div role="status" aria-live="polite">
        {outcome === 'open' && <p class="message message--note">{t('welcome_try_waiting')}</p>}
        {outcome === 'worked' && <p class="message message--done">{t('welcome_try_worked')}</p>}
        {outcome === 'closed' && <p class="message message--note">{t('welcome_try_closed')}</p>}
      </div>
    </div>
  );
}

/**
 * The practice tab is one of the extension's own pages; it should not linger in
 * "Recently closed" (lib/platform/recently-closed.ts, as for every exit).
 */
async function forgetPracticeTab(url: string): Promise<void> {
  // Only tidiness: the practice page holds nothing private.
  await forgetClosed([url]).catch(() => undefined);
}
