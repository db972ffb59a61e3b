import { browser } from 'wxt/browser';
import type { UiText } from '@/lib/blur/labels';
import english from '@/locales/blur.en.json';

/** The words of the content-warning labels, in the browser's language (docs/blurring.md). */
interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** The English strings, bundled: the browser can answer '' for a moment after it starts. */
function fromBundle(key: string, subs: string[]): string {
  const entry = (english as Record<string, MessageEntry>)[key];
  if (!entry) return key;
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content;
    return content ? content.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '') : whole;
  });
}

let listFormat: Intl.ListFormat | undefined;
/** Made on first use: most pages never show a label, and the formatter costs to make. */
function formatList(items: string[]): string {
  if (!listFormat) {
    try {
      listFormat = new Intl.ListFormat(browser.i18n.getUILanguage(), { type: 'conjunction' });
    } catch {
      listFormat = new Intl.ListFormat('en', { type: 'conjunction' });
    }
  }
  return listFormat.format(items);
}

// `t` as an arrow, not a method: WXT's auto-import reads text, and a bare `t(` here
// would pull components/i18n (every page's strings) into the content script.
export const ui: UiText = {
  t: (key, subs = []) => {
    let message = '';
    try {
      message = (browser.i18n.getMessage as (key: string, subs: string[]) => string)(key, subs);
    } catch {
      /* fall back below */
    }
    return message || fromBundle(key, subs);
  },
  list: formatList,
};
