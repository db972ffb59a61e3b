/**
 * Display helpers for the help views that need the survivor's language but no DOM.
 * Each one falls back to something readable rather than throwing on an odd locale.
 */

/** "3 Dec 2026" for "2026-12-03" in English; the raw text if it is not a day. */
export function formatConfirmedDay(lastConfirmed: string, displayLocale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(lastConfirmed);
  if (!match) return lastConfirmed;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime())) return lastConfirmed;
  try {
    return new Intl.DateTimeFormat([displayLocale, 'en'], { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
      date,
    );
  } catch {
    return lastConfirmed;
  }
}

/** "London" for Europe/London, "New York" for America/New_York: enough to say whose clock the hours follow. */
export function timeZoneCity(timeZone: string): string {
  return (timeZone.split('/').pop() ?? timeZone).replace(/_/g, ' ');
}

const displayNamesCache = new Map<string, Intl.DisplayNames | null>();

/**
 * Cached Intl.DisplayNames. A malformed display locale makes the constructor throw for the
 * whole list, so it falls back to English names, which beat bare codes.
 */
export function displayNamesFor(type: 'region' | 'language', displayLocale: string): Intl.DisplayNames | null {
  const key = `${type}:${displayLocale}`;
  let names = displayNamesCache.get(key);
  if (names === undefined) {
    names = null;
    if (typeof Intl.DisplayNames === 'function') {
      for (const locales of [[displayLocale, 'en'], ['en']]) {
        try {
          names = new Intl.DisplayNames(locales, { type, fallback: 'code' });
          break;
        } catch {
          // try the next, plainer choice
        }
      }
    }
    displayNamesCache.set(key, names);
  }
  return names;
}

/** "Spanish" for es in English; the code itself where the browser has no name for it. */
export function languageName(code: string, displayLocale: string): string {
  try {
    return displayNamesFor('language', displayLocale)?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** A BCP 47 tag from Chrome's `@@ui_locale` (en_GB → en-GB); "en" when it is unusable. */
export function displayLocaleFrom(uiLocale: string): string {
  const tag = uiLocale.trim().replace(/_/g, '-');
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/**
 * The language the directory's own texts (descriptions, notes, how to join) are
 * written in. Views mark those texts with it, so a screen reader reads them in the
 * right voice inside a page in another language.
 */
export const DIRECTORY_TEXT_LANGUAGE = 'en';

/**
 * A source address as a short, readable link text: the host, and the page's last path
 * part when there is one (the full address opens on click).
 */
export function sourceLabel(url: string): string {
  try {
    const { hostname, pathname } = new URL(url);
    const host = hostname.replace(/^www\./, '');
    const last = pathname.split('/').filter(Boolean).pop();
    if (!last) return host;
    const page = decodeURIComponent(last)
      .replace(/\.(html?|php|aspx?)$/i, '')
      .replace(/[-_]+/g, ' ');
    return `${host} · ${page.length > 32 ? `${page.slice(0, 31).trimEnd()}…` : page}`;
  } catch {
    return url;
  }
}
