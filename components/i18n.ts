import { browser } from 'wxt/browser';

interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

// The English strings, bundled as a fallback: measured in Chromium 156, getMessage
// returns '' for a short while after the browser starts (even '@@extension_id'),
// and a popup opened then must still speak plainly rather than show keys.
const english: Record<string, MessageEntry> = Object.assign(
  {},
  ...Object.values(import.meta.glob<Record<string, MessageEntry>>('/locales/*.en.json', { eager: true, import: 'default' })),
);

function fromBundle(key: string, subs: string[]): string | undefined {
  const entry = english[key];
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
