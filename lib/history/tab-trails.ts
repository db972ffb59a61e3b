import { hostOfUrl, registrableDomain, siteMatchesHost } from '../sites';

/**
 * What the background remembers about each open tab, one record per tab (kept by
 * entrypoints/background/session-state.ts in `storage.session`, memory only). Pure:
 * the background decides with these functions and then acts on the browser.
 */
export interface TabRecord {
  /** The sensitive URLs the tab has shown, to scrub from its back list and "recently closed". */
  trail: string[];
  /** The extension's own pages it has shown (settings, welcome): closing it must not name the extension. */
  ownPages: string[];
  /**
   * A tab opened from the help list: the sites (registrable domains) of its help
   * website, whose pages in this tab are sensitive. `first` is the listed address,
   * kept until the first page has loaded (it may redirect to another site, which
   * then belongs to the help website).
   */
  help?: { sites: string[]; first?: string };
  /**
   * Firefox: the ordinary URL the tab shows after going on from a sensitive page.
   * Firefox keeps the back list when a URL is deleted, so the tab keeps its trail (the
   * quick exit closes it), and once closed it is found in "recently closed" by this URL.
   */
  leftFor?: string;
}

/** Tab id → its record. Only tabs with something to remember have one. */
export type TabRecords = Record<string, TabRecord>;

const MAX_TRAIL = 200;

function recordOf(tabs: TabRecords, tabId: number): TabRecord {
  return (tabs[tabId] ??= { trail: [], ownPages: [] });
}

/** Drops a record that holds nothing any more. */
function tidy(tabs: TabRecords, tabId: number): void {
  const record = tabs[tabId];
  if (record && !record.trail.length && !record.ownPages.length && !record.help && record.leftFor === undefined) delete tabs[tabId];
}

/** A sensitive URL shown in the tab; the oldest go past MAX_TRAIL. */
export function addToTrail(tabs: TabRecords, tabId: number, url: string): void {
  const record = recordOf(tabs, tabId);
  if (!record.trail.includes(url)) record.trail.push(url);
  if (record.trail.length > MAX_TRAIL) record.trail.splice(0, record.trail.length - MAX_TRAIL);
  delete record.leftFor;
}

export function noteOwnPage(tabs: TabRecords, tabId: number, url: string): void {
  const record = recordOf(tabs, tabId);
  if (!record.ownPages.includes(url)) record.ownPages.push(url);
}

/** A tab just opened on a help website's listed address: that address is one of its pages. */
export function markHelpTab(tabs: TabRecords, tabId: number, site: string, url: string): void {
  recordOf(tabs, tabId).help = { sites: [site], first: url };
  addToTrail(tabs, tabId, url);
}

/** The tab has landed on its first page: from now on a redirect no longer joins its help website. */
export function helpTabLanded(tabs: TabRecords, tabId: number): boolean {
  const help = tabs[tabId]?.help;
  if (help?.first === undefined) return false;
  delete help.first;
  return true;
}

/** The tab is closed or left the exit's reach: its record goes, and is returned for the last erase. */
export function forgetTab(tabs: TabRecords, tabId: number): TabRecord | undefined {
  const record = tabs[tabId];
  delete tabs[tabId];
  return record;
}

/** What the background must erase after a tab showed a new URL. */
export interface NavigationOutcome {
  /** The extension's pages the tab went on from: its back list must not lead to them. */
  ownPagesLeft: string[];
  /** The sensitive pages the tab left for an ordinary one, to scrub from its back list. */
  trailLeft: string[];
  /** The URL is a page of the tab's help website: its visit is erased too. */
  onHelpSite: boolean;
}

export interface NavigationFacts {
  /** The URL shows a chosen site, or searches for one. */
  chosen: boolean;
  /**
   * Firefox keeps back lists when a URL is deleted: a tab that leaves its sensitive
   * pages keeps its trail (and notes what it shows) instead of dropping it.
   */
  keepsBackList: boolean;
}

/** tabs.onUpdated with a new URL (not one of the extension's pages): the tab's record, updated. */
export function noteNavigation(tabs: TabRecords, tabId: number, url: string, facts: NavigationFacts): NavigationOutcome {
  const outcome: NavigationOutcome = { ownPagesLeft: [], trailLeft: [], onHelpSite: false };
  const record = tabs[tabId];
  if (record) {
    outcome.ownPagesLeft = record.ownPages;
    record.ownPages = [];
    const help = record.help;
    if (help) {
      const site = helpSiteOf(url);
      // Before its first page has loaded, the tab is still on its way from the listed
      // address (a redirect): where it lands belongs to the help website.
      if (help.first !== undefined && site && !helpTabOwns(help.sites, url)) help.sites.push(site);
      outcome.onHelpSite = helpTabOwns(help.sites, url);
      // Gone on to another site: from here on an ordinary tab, whose pages stay in history.
      if (!outcome.onHelpSite) delete record.help;
    }
  }
  if (facts.chosen || outcome.onHelpSite) {
    addToTrail(tabs, tabId, url);
    return outcome;
  }
  if (record?.trail.length) {
    if (record.leftFor === undefined) outcome.trailLeft = [...record.trail];
    if (facts.keepsBackList) record.leftFor = url;
    else record.trail = [];
  }
  tidy(tabs, tabId);
  return outcome;
}

/**
 * The website a help page belongs to: the registrable domain of its host, so that a
 * help tab going from a forum on a subdomain to the organisation's main pages is
 * still on its help website. Only that tab's own pages are treated as sensitive
 * (helpTabOwns), never the same website in other tabs.
 */
export function helpSiteOf(url: string): string | undefined {
  const host = hostOfUrl(url);
  return host && registrableDomain(host);
}

/** Whether a page shown in a help tab is on that tab's help website. */
export function helpTabOwns(sites: readonly string[] | undefined, url: string): boolean {
  const host = hostOfUrl(url);
  return !!host && !!sites?.some((site) => siteMatchesHost(site, host));
}

/**
 * Whether a URL is a page of a help tab according to the records alone: on its help
 * website and among the pages it showed.
 */
export function helpTabShowed(tabs: TabRecords, url: string): boolean {
  return Object.values(tabs).some((r) => !!r.help && helpTabOwns(r.help.sites, url) && r.trail.includes(url));
}
