import { searchQueryOf } from '../history/search-pages';
import { hostOfUrl } from '../sites';
import { siteKey, siteKeysOf, type SiteKeys } from './site-keys';

/**
 * The one answer to "does this URL belong to a chosen site?", for the background
 * (live erasure, quick exit, "check now"), the popup and the options page, whether the
 * list is readable (no PIN) or kept as salted keys (PIN set). It knows keys only: a
 * URL is matched by hashing its host and each parent domain, a search page by hashing
 * each word of its query. The result means exactly what findSiteForUrl and
 * isSearchForSites mean for the readable list (tests/unit/lock/site-index.test.ts
 * holds them together).
 */
export class SiteIndex {
  private readonly siteKeys: Set<string>;
  /** Word key → key of the (first) site it names. */
  private readonly wordOwners = new Map<string, string>();
  // Hosts repeat a lot (a history scan, tabs of one site): hashing once per host is enough.
  private readonly hostCache = new Map<string, string | null>();

  constructor(
    private readonly salt: string,
    sites: Iterable<SiteKeys>,
  ) {
    const list = [...sites];
    this.siteKeys = new Set(list.map((s) => s.key));
    for (const site of list) for (const word of site.wordKeys) if (!this.wordOwners.has(word)) this.wordOwners.set(word, site.key);
  }

  static fromSites(salt: string, sites: readonly string[]): SiteIndex {
    return new SiteIndex(
      salt,
      sites.map((site) => siteKeysOf(salt, site)),
    );
  }

  get size(): number {
    return this.siteKeys.size;
  }

  has(key: string): boolean {
    return this.siteKeys.has(key);
  }

  keyOf(text: string): string {
    return siteKey(this.salt, text);
  }

  /** The key of the chosen site that a host (lower case, punycode) is, or is a subdomain of. */
  matchHost(host: string): string | undefined {
    if (!this.siteKeys.size || !host) return undefined;
    const cached = this.hostCache.get(host);
    if (cached !== undefined) return cached ?? undefined;
    let found: string | null = null;
    // The host itself and every parent domain: chat.hotline.example, hotline.example.
    // A site address has at least two labels, so a suffix without a dot is never one.
    for (let suffix = host; suffix.includes('.'); suffix = suffix.slice(suffix.indexOf('.') + 1)) {
      const key = this.keyOf(suffix);
      if (this.siteKeys.has(key)) {
        found = key;
        break;
      }
    }
    if (this.hostCache.size > 5000) this.hostCache.clear();
    this.hostCache.set(host, found);
    return found ?? undefined;
  }

  /** The key of the chosen site a URL belongs to (http and https only). */
  match(url: string): string | undefined {
    const host = hostOfUrl(url);
    return host ? this.matchHost(host) : undefined;
  }

  /** The key of a chosen site named by the query of a search-result page. */
  searchMatch(url: string): string | undefined {
    if (!this.wordOwners.size) return undefined;
    const query = searchQueryOf(url);
    if (!query) return undefined;
    for (const word of queryWords(query)) {
      for (const candidate of candidatesOf(word)) {
        const owner = this.wordOwners.get(this.keyOf(candidate));
        if (owner) return owner;
      }
    }
    return undefined;
  }

  isSearchFor(url: string): boolean {
    return this.searchMatch(url) !== undefined;
  }

  /** The site a URL shows, or the site its search query names. */
  siteKeyFor(url: string): string | undefined {
    return this.match(url) ?? this.searchMatch(url);
  }

  isChosen(url: string): boolean {
    return this.siteKeyFor(url) !== undefined;
  }
}

/** As isSearchForSites reads a query (lib/history/search-pages.ts): accents and case ignored. */
function queryWords(query: string): string[] {
  return query
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}.-]+/u)
    .filter(Boolean);
}

/**
 * The texts a query word can name a site by. isSearchForSites says a word names a
 * site address when it is the address or one of its subdomains (a leading www.
 * ignored), and names a main name ("thehotline") when it is the name or one of its
 * dot- or dash-separated parts. So: the word, its www.-less form and that form's
 * parent domains, and its parts.
 */
function candidatesOf(word: string): Set<string> {
  const candidates = new Set([word]);
  const host = word.replace(/^www\./, '');
  candidates.add(host);
  for (let at = host.indexOf('.'); at !== -1; at = host.indexOf('.', at + 1)) candidates.add(host.slice(at + 1));
  for (const part of word.split(/[.-]/)) candidates.add(part);
  return candidates;
}

/**
 * The one rule for the neutral page: it is never on a chosen site, nor a search that
 * names one (an exit landing there would show what it was meant to hide). Asked
 * against the whole list, readable or locked: by the settings page when the neutral
 * page is saved, when a site is added, when a settings file is read and imported, and
 * by the background before every exit (which falls back to the default neutral page).
 */
export function decoyIsOnChosenSite(index: SiteIndex, decoyUrl: string): boolean {
  return index.isChosen(decoyUrl);
}
