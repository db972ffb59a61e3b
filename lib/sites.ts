/**
 * Site addresses the survivor chooses ("hotline.example"). A site covers its
 * subdomains. Everything here is pure so that the background, the pages and the
 * tests agree on exactly one meaning of "this URL belongs to a chosen site".
 */

export type SiteInputResult =
  { ok: true; site: string; /** Shown to the survivor when the input was changed visibly. */ note?: string } | { ok: false; error: string };

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

/**
 * Turns what a survivor typed ("https://WWW.Hotline.example/help?x", "bücher.example")
 * into a site address ("hotline.example", "xn--bcher-kva.example"), or says plainly
 * what is wrong. The messages are English here; the pages show them as given.
 */
export function normalizeSiteInput(input: string): SiteInputResult {
  const trimmed = input.trim();
  if (!trimmed) return { ok: false, error: 'Type a site address, for example hotline.example.' };
  if (/\s/.test(trimmed)) return { ok: false, error: 'A site address has no spaces. Example: hotline.example.' };

  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed);
  if (hasScheme && !/^https?:\/\//i.test(trimmed)) {
    return { ok: false, error: 'Only web sites (addresses starting with http or https) can be chosen.' };
  }
  let url: URL;
  try {
    url = new URL(hasScheme ? trimmed : `https://${trimmed}`);
  } catch {
    return { ok: false, error: `"${trimmed}" is not a site address. Example: hotline.example.` };
  }
  let host = url.hostname.replace(/\.$/, '').toLowerCase();
  if (host.startsWith('[') || /^\d+(\.\d+){3}$/.test(host)) {
    return { ok: false, error: 'Use the site name rather than its numeric address.' };
  }
  if (host.startsWith('www.') && host.split('.').length > 2) host = host.slice(4);
  const labels = host.split('.');
  if (labels.length < 2) {
    return { ok: false, error: `"${trimmed}" needs its ending too, for example ${host || 'hotline'}.org.` };
  }
  if (!labels.every((l) => LABEL.test(l))) {
    return { ok: false, error: `"${trimmed}" is not a site address. Example: hotline.example.` };
  }
  const typedHost = (hasScheme ? '' : trimmed).toLowerCase();
  const changed = hasScheme || url.pathname !== '/' || url.search || url.hash || typedHost !== host;
  return changed ? { ok: true, site: host, note: `Saved as ${host} (the whole site, with its subdomains).` } : { ok: true, site: host };
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
