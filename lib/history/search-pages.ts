import { hostOfUrl, siteMatchesHost } from '../sites';

/**
 * Search-result pages are history entries of the search engine's site, but a query
 * such as "hotline.example" or "hotline chat" gives the chosen site away. These are
 * the query parameters of the common engines.
 */
const ENGINES: { host: RegExp; params: string[] }[] = [
  { host: /(^|\.)google\.[a-z.]+$/, params: ['q', 'oq'] },
  { host: /(^|\.)bing\.com$/, params: ['q'] },
  { host: /(^|\.)duckduckgo\.com$/, params: ['q'] },
  { host: /(^|\.)search\.yahoo\.[a-z.]+$/, params: ['p'] },
  { host: /(^|\.)yandex\.[a-z.]+$/, params: ['text'] },
  { host: /(^|\.)ecosia\.org$/, params: ['q'] },
  { host: /(^|\.)startpage\.com$/, params: ['query', 'q'] },
  { host: /(^|\.)search\.brave\.com$/, params: ['q'] },
  { host: /(^|\.)qwant\.com$/, params: ['q'] },
  { host: /(^|\.)baidu\.com$/, params: ['wd', 'word'] },
  { host: /(^|\.)search\.naver\.com$/, params: ['query'] },
  { host: /(^|\.)ask\.com$/, params: ['q'] },
];

/** The search query of a result page of a common engine, or undefined. */
export function searchQueryOf(url: string): string | undefined {
  const host = hostOfUrl(url);
  if (!host) return undefined;
  const engine = ENGINES.find((e) => e.host.test(host));
  if (!engine) return undefined;
  const { searchParams, hash } = new URL(url);
  // Some engines keep the query in the fragment after an in-page search (#q=…).
  const fragment = new URLSearchParams(hash.replace(/^#/, ''));
  for (const name of engine.params) {
    const value = searchParams.get(name) ?? fragment.get(name);
    if (value) return value;
  }
  return undefined;
}

/**
 * The words that name a site in a query: its address, and its main name when that
 * is distinctive enough ("thehotline" for thehotline.org; not "co" or "web").
 */
export function siteSearchWords(site: string): string[] {
  const labels = site.split('.');
  const secondLevel = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'or', 'ne', 'go', 'edu']);
  const mainIndex = labels.length >= 3 && secondLevel.has(labels[labels.length - 2]!) ? labels.length - 3 : labels.length - 2;
  const main = labels[mainIndex] ?? '';
  return main.length >= 5 ? [site, main] : [site];
}

function normalizeQuery(query: string): string {
  return query.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** True when the URL is a search-result page whose query names one of the sites. */
export function isSearchForSites(url: string, sites: readonly string[]): boolean {
  const query = searchQueryOf(url);
  if (!query) return false;
  const text = normalizeQuery(query);
  const words = text.split(/[^\p{L}\p{N}.-]+/u).filter(Boolean);
  return sites.some((site) =>
    siteSearchWords(site).some((word) =>
      word.includes('.')
        ? words.some((w) => w === word || siteMatchesHost(word, w.replace(/^www\./, '')))
        : words.some((w) => w === word || w.split(/[.-]/).includes(word)),
    ),
  );
}
