/**
 * Site addresses the survivor chooses, with the Public Suffix List (tldts). A chosen
 * site covers its subdomains, so a shared ending such as "gov.uk", "co.uk" or
 * "github.io" would erase the history of every site under it: exactly the wide wipe
 * that makes a survivor's history look emptied. Such endings are refused here, where
 * the settings page, the popup and the background's erase all ask.
 *
 * The content script must not import this module (it would carry the whole list into
 * every page): it uses ./site-hosts.ts.
 */
import { getDomain, getPublicSuffix } from 'tldts';
import { parseSiteHost, type SiteInputResult } from './site-hosts';

export * from './site-hosts';

// Both sections of the list: github.io and blogspot.com (private section) are as shared
// as co.uk. The hosts given here are already lower-case punycode hostnames.
const PSL = { allowPrivateDomains: true, extractHostname: false } as const;

/**
 * True when `site` is itself a public suffix (an ending many unrelated sites share).
 * Hosts outside the list (".example", used by the tests) fall under the list's default
 * rule, "*": their last label is the suffix, so "hotline.example" is one site.
 */
export function isSharedSuffix(site: string): boolean {
  return getPublicSuffix(site, PSL) === site;
}

/** Why a shared ending cannot be chosen, and what to enter instead. */
function sharedSuffixMessage(site: string): string {
  return `${site} is shared by many different sites. Enter the address of the one site you mean, as your browser shows it, such as www.${site} or a name ending in .${site}.`;
}

/**
 * The written form of a site address: the host, without a leading "www." when what is
 * left is still one site ("www.bbc.co.uk" → "bbc.co.uk", but "www.gov.uk" stays, since
 * "gov.uk" is shared). Accepts shared endings: stored lists use it, so that a site
 * chosen before they were refused is kept (and pointed out) rather than set aside.
 */
export function readSiteAddress(input: string): SiteInputResult {
  const parsed = parseSiteHost(input);
  if (!parsed.ok) return parsed;
  let site = parsed.host;
  if (site.startsWith('www.') && !isSharedSuffix(site.slice(4))) site = site.slice(4);
  return parsed.changed || site !== parsed.host
    ? { ok: true, site, note: `Saved as ${site} (the whole site, with its subdomains).` }
    : { ok: true, site };
}

/**
 * Turns what a survivor typed ("https://WWW.Hotline.example/help?x", "bücher.example")
 * into a site address ("hotline.example", "xn--bcher-kva.example"), or says plainly
 * what is wrong, including when it is an ending shared by many sites: a message key for
 * the pages (`problem`), and the same in English (`error`).
 */
export function normalizeSiteInput(input: string): SiteInputResult {
  const result = readSiteAddress(input);
  if (result.ok && isSharedSuffix(result.site)) {
    return {
      ok: false,
      error: sharedSuffixMessage(result.site),
      problem: { key: 'options_site_problem_shared', substitutions: [result.site] },
    };
  }
  return result;
}

/**
 * The site a page belongs to, for the popup's "Hide my visits to this site": the
 * page's host without "www." ("www.bbc.co.uk" → "bbc.co.uk"), but "www." stays when
 * what is left is an ending shared by many sites ("www.gov.uk" stays). Never wider
 * than the page's own host: the registrable domain would turn "healing.wordpress.com"
 * into every WordPress blog, and "docs.google.com" into every Google search. A host
 * with no such site (a numeric address, "localhost", a shared ending itself) is given
 * as it is; adding it is then refused with the usual plain message.
 */
export function siteOfPageHost(host: string): string {
  if (host.startsWith('[') || /^\d+(\.\d+){3}$/.test(host)) return host;
  return host.startsWith('www.') && !isSharedSuffix(host.slice(4)) ? host.slice(4) : host;
}

/** The registrable domain of a host (eTLD+1, with the private section), or the host itself. */
export function registrableDomain(host: string): string {
  if (host.startsWith('[') || /^\d+(\.\d+){3}$/.test(host)) return host;
  return getDomain(host, PSL) ?? host;
}
