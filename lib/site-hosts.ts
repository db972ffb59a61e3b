/**
 * Site addresses the survivor chooses ("hotline.example"), read without the Public
 * Suffix List. A site covers its subdomains. This half of the site rules is small and
 * pure so that the content script, which runs in every page, can use it: the list
 * (tldts, about 47 KB gzipped) lives in ./sites.ts, which pages and the background use.
 */

/**
 * Why a typed site address was refused, as the message key the settings page shows
 * (locales/options.*.json) and its substitutions; `error` is the same in English, for
 * the background's errors and the schema.
 */
export interface SiteInputProblem {
  key:
    | 'options_site_problem_empty'
    | 'options_site_problem_spaces'
    | 'options_site_problem_not_web'
    | 'options_site_problem_not_address'
    | 'options_site_problem_numeric'
    | 'options_site_problem_no_ending'
    | 'options_site_problem_shared';
  substitutions: string[];
}

export type SiteInputResult =
  | { ok: true; site: string; /** Shown to the survivor when the input was changed visibly. */ note?: string }
  | { ok: false; error: string; problem: SiteInputProblem };

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** Lower-case, punycode host of a URL, without a trailing dot; undefined if it has none. */
export function hostOfUrl(url: string): string | undefined {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return undefined;
    return hostname.replace(/\.$/, '').toLowerCase() || undefined;
  } catch {
    return undefined;
  }
}

/** What the survivor typed, read as a host: the spelling rules, without the Public Suffix List. */
export type ParsedSiteHost =
  | { ok: true; host: string; /** The input was more than the bare host. */ changed: boolean }
  | { ok: false; error: string; problem: SiteInputProblem };

function refused(
  error: string,
  key: SiteInputProblem['key'],
  ...substitutions: string[]
): { ok: false; error: string; problem: SiteInputProblem } {
  return { ok: false, error, problem: { key, substitutions } };
}

/**
 * Turns what a survivor typed ("https://WWW.Hotline.example/help?x", "bücher.example")
 * into a lower-case punycode host ("www.hotline.example", "xn--bcher-kva.example"), or
 * says plainly what is wrong: a message key for the pages, and the same in English.
 */
export function parseSiteHost(input: string): ParsedSiteHost {
  const trimmed = input.trim();
  if (!trimmed) return refused('Type a site address, for example womensaid.org.uk.', 'options_site_problem_empty');
  if (/\s/.test(trimmed)) return refused('A site address has no spaces. For example: womensaid.org.uk.', 'options_site_problem_spaces');

  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed);
  if (hasScheme && !/^https?:\/\//i.test(trimmed)) {
    return refused('Only web sites (addresses starting with http or https) can be chosen.', 'options_site_problem_not_web');
  }
  let url: URL;
  try {
    url = new URL(hasScheme ? trimmed : `https://${trimmed}`);
  } catch {
    return refused(`“${trimmed}” is not a site address. For example: womensaid.org.uk.`, 'options_site_problem_not_address', trimmed);
  }
  const host = url.hostname.replace(/\.$/, '').toLowerCase();
  if (host.startsWith('[') || /^\d+(\.\d+){3}$/.test(host)) {
    return refused('Use the site’s name rather than its numeric address.', 'options_site_problem_numeric');
  }
  const labels = host.split('.');
  if (labels.length < 2) {
    const example = `${host || 'hotline'}.org`;
    return refused(`“${trimmed}” needs its ending too, for example ${example}.`, 'options_site_problem_no_ending', trimmed, example);
  }
  if (!labels.every((l) => LABEL.test(l))) {
    return refused(`“${trimmed}” is not a site address. For example: womensaid.org.uk.`, 'options_site_problem_not_address', trimmed);
  }
  const changed = hasScheme || url.pathname !== '/' || !!url.search || !!url.hash || trimmed.toLowerCase() !== host;
  return { ok: true, host, changed };
}

/**
 * True when a stored value is spelled as a site address (lower case, punycode, two
 * labels or more, not numeric). The content script's check: it cannot tell, without
 * the Public Suffix List, whether a leading "www." should have been left off.
 */
export function isWellFormedSite(value: string): boolean {
  const parsed = parseSiteHost(value);
  return parsed.ok && parsed.host === value;
}

/** True when `host` is `site` or one of its subdomains (never a look-alike such as `nothotline.example`). */
export function siteMatchesHost(site: string, host: string): boolean {
  return host === site || host.endsWith(`.${site}`);
}

/** The chosen site (if any) that a URL belongs to. */
export function findSiteForUrl(sites: readonly string[], url: string): string | undefined {
  const host = hostOfUrl(url);
  if (!host) return undefined;
  return sites.find((site) => siteMatchesHost(site, host));
}

/** Adds a site, keeping the list sorted and free of duplicates. */
export function addSite(sites: readonly string[], site: string): string[] {
  return [...new Set([...sites, site])].sort();
}

export function removeSite(sites: readonly string[], site: string): string[] {
  return sites.filter((s) => s !== site);
}
