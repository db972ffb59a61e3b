import { helpTabOwns, type TabRecords } from '../history/tab-trails';
import type { ExitPlan, TabSnapshot } from './plan';

/**
 * What the quick exit counts as sensitive, beside planExit, which decides what to do
 * with it. Pure: the background passes what it read (the tabs' records, the chosen
 * sites, which pages are the extension's own).
 */
export interface ExitFacts {
  records: TabRecords;
  /** A chosen site, or a search that names one. */
  isChosen: (url: string) => boolean;
  /** One of the extension's pages (its settings page shows the list of sites). */
  isExtensionPage: (url: string) => boolean;
  /** The welcome page's practice exit: it keeps the welcome page, which guides the next step. */
  practice: boolean;
}

/** The extension's pages (settings, welcome, the popup opened as a tab); not its other files. */
const EXTENSION_HTML = /^[^?#]*\.html(?:[?#]|$)/;

/** The welcome page's practice page (`welcome.html?practice`). */
export function isPracticePage(url: string): boolean {
  try {
    const { pathname, searchParams } = new URL(url);
    return pathname === '/welcome.html' && searchParams.has('practice');
  } catch {
    return false;
  }
}

/** A tab as the browser lists it, with what the exit needs. */
export interface ListedTab {
  id: number;
  windowId?: number;
  index: number;
  url?: string;
  pendingUrl?: string;
  active: boolean;
  incognito: boolean;
}

export function exitSensitivity(facts: ExitFacts) {
  const { records, isChosen, isExtensionPage, practice } = facts;
  /** A chosen site anywhere; a help website only in its own help tab. */
  const isSensitiveUrl = (tabId: number, url: string) => isChosen(url) || helpTabOwns(records[tabId]?.help?.sites, url);
  return {
    isSensitiveUrl,
    /** Closed by the exit: it shows or showed something sensitive, or is one of the extension's pages. */
    isSensitiveTab: (tab: TabSnapshot) =>
      !!records[tab.id]?.help ||
      isSensitiveUrl(tab.id, tab.url) ||
      (records[tab.id]?.trail.length ?? 0) > 0 ||
      (!practice && isExtensionPage(tab.url) && EXTENSION_HTML.test(tab.url)),
    /**
     * A tab still on its way to a sensitive page (a link just followed, a search result
     * opened in the background) reports the page it leaves, or "", as its URL: the
     * sensitive one of the two is the one the exit judges.
     */
    snapshot: (tab: ListedTab): TabSnapshot => ({
      id: tab.id,
      windowId: tab.windowId ?? -1,
      index: tab.index,
      url: [tab.pendingUrl, tab.url].find((u) => !!u && isSensitiveUrl(tab.id, u)) ?? (tab.url || tab.pendingUrl || ''),
      active: tab.active,
      incognito: tab.incognito,
    }),
    /**
     * What a tab showed that must be erased: its trail, the extension's pages it
     * showed (the one on screen too, even if its record has not caught up), what the
     * plan found on screen, and for a tab kept in place the page that sent the trigger.
     */
    urlsShownBy: (tabId: number, plan: Pick<ExitPlan, 'eraseUrls'>, keptUrl?: string, onScreen?: string) =>
      [
        ...(records[tabId]?.trail ?? []),
        ...new Set([...(records[tabId]?.ownPages ?? []), ...(onScreen && isExtensionPage(onScreen) ? [onScreen] : [])]),
        ...(plan.eraseUrls.has(tabId) ? [plan.eraseUrls.get(tabId)!] : []),
        ...(keptUrl ? [keptUrl] : []),
      ].filter((u) => u.startsWith('http') || isExtensionPage(u)),
  };
}
