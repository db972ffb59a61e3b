import { browser } from 'wxt/browser';

interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

// The English strings, bundled as the last fallback: measured in Chromium 156,
// getMessage can return '' in a page (even '@@extension_id'), and a page must still
// speak plainly rather than show keys.
const english: Record<string, MessageEntry> = Object.assign(
  {},
  ...Object.values(import.meta.glob<Record<string, MessageEntry>>('/locales/*.en.json', { eager: true, import: 'default' })),
);

/**
 * Measured in Chromium 156 with --lang: in some browser starts getMessage returns ''
 * for every key in a page, for as long as the page is open and after reloads (4 of 9
 * languages in one run), while getUILanguage is right. The page then reads the
 * packaged messages of the browser's language itself, once, synchronously (this path
 * only; a page that gets its strings from getMessage pays nothing). English fills any
 * gap. Not in the background's service worker, which has no XMLHttpRequest: there the
 * bundled English stays.
 */
let fallbackMessages: Record<string, MessageEntry> | undefined;
function readFallbackMessages(): Record<string, MessageEntry> {
  // getUILanguage can also still say en-US just after the browser starts, while
  // navigator.language already says the browser's language: both are asked.
  const asked: string[] = [];
  try {
    asked.push(browser.i18n.getUILanguage());
  } catch {
    /* no i18n here */
  }
  if (typeof navigator !== 'undefined') asked.push(navigator.language);
  for (const language of asked) {
    // 'pt-BR' is the folder pt_BR; 'de-AT' falls back to de.
    const [base = '', region] = language.split(/[-_]/);
    for (const folder of [region ? `${base}_${region.toUpperCase()}` : '', base]) {
      if (!folder || folder === 'en') continue;
      const packaged = readPackagedMessages(folder);
      if (packaged) {
        return { ...english, ...packaged };
      }
    }
  }
  return english;
}

function readPackagedMessages(folder: string): Record<string, MessageEntry> | undefined {
  try {
    const request = new XMLHttpRequest();
    // The built _locales folder is not among WXT's typed public paths.
    const url = (browser.runtime.getURL as (path: string) => string)(`/_locales/${folder}/messages.json`);
    request.open('GET', url, false);
    request.send();
    return request.responseText ? (JSON.parse(request.responseText) as Record<string, MessageEntry>) : undefined;
  } catch {
    // No such language in the package, or no XMLHttpRequest here.
    return undefined;
  }
}

/**
 * The language the page's strings are really in, for <html lang> and Intl: each
 * translation names itself (ui_language). Measured in Chromium 156: just after the
 * browser starts, getUILanguage and '@@ui_locale' can say en-US while the strings
 * getMessage returns are German.
 */
export function uiLanguage(): string {
  return t('ui_language');
}

/** A count or number as the page's language writes it ("5,000", "5 000", "5.000"). */
export function formatNumber(value: number): string {
  try {
    return new Intl.NumberFormat(uiLanguage()).format(value);
  } catch {
    return String(value);
  }
}

function fromBundle(key: string, subs: string[]): string | undefined {
  fallbackMessages ??= readFallbackMessages();
  const entry = fallbackMessages[key];
  if (!entry) return undefined;
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content;
    if (!content) return whole;
    return content.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  });
}

/**
 * Every string a survivor reads comes from the browser's i18n (_locales), so that a
 * translation is data only. A missing key shows the key, which a test then catches.
 */
export function t(key: string, subs?: string | string[]): string {
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  let message = '';
  try {
    // Our keys live in locales/*.en.json, which WXT's generated key type does not know.
    message = (browser.i18n.getMessage as (key: string, subs: string[]) => string)(key, list);
  } catch {
    /* fall back below */
  }
  return message || fromBundle(key, list) || key;
}
