import { browser } from 'wxt/browser';
import { makeTokens, type UiText } from '@/lib/blur/labels';
import { withCorrections } from '@/lib/blur/corrections';
import { compileTriggerLexicon } from '@/lib/blur/matcher';
import { createPageBlurrer, type NeverWarnChoice } from '@/lib/blur/page-blurrer';
import { contentViewOf, type ContentSettings } from '@/lib/settings/content-view';
import { loadContentSettings, watchContentSettings } from '@/lib/platform/content-settings';
import { sendToBackground } from '@/lib/platform/messaging';
import { siteMatchesHost } from '@/lib/site-hosts';
import english from '@/locales/blur.en.json';
import { HOOK_ASK, HOOK_HELLO } from './content-warnings-shadow-hook';
import type { ScriptLife } from './script-life';

/**
 * Content warnings on the page (docs/blurring.md). Called synchronously at
 * document_start in every frame.
 *
 * Settings come from storage, asynchronously. Until they arrive, the page is kept
 * from painting (a stylesheet inserted now, removed in the same task as the first
 * scan), so neither the default categories nor the survivor's own words can flash,
 * and a paused site shows no blur either. If storage does not answer within
 * SETTINGS_TIMEOUT_MS, the defaults (everything on) are used.
 */
export const SETTINGS_TIMEOUT_MS = 1000;

export function startContentWarnings(life: ScriptLife): void {
  // Only pages made of HTML (not XML feeds, SVG files or plain text shown as such).
  if (!(document instanceof HTMLDocument)) return;
  const isTop = window === window.top;
  const blurrer = createPageBlurrer({
    doc: document,
    tokens: makeTokens(),
    ui,
    startHidden: true,
    pageNotice: isTop ? { goBack, getSupport } : undefined,
    takeAMoment,
    onNeverWarn: saveNeverWarn,
  });

  const hooked = watchShadowRoots(life, (root) => blurrer.watchShadowRoot(root));
  // A safety net for shadow roots that nothing reported (no hook in this browser, or
  // the hook ran before this script listened): look once the page is parsed.
  life.listen(document, 'DOMContentLoaded', () => {
    if (!hooked()) blurrer.sweepShadowRoots();
  });

  let current = '';
  const apply = (settings: ContentSettings) => {
    const { blur } = settings;
    const host = topHost();
    const active = blur.enabled && !blur.pausedSites.some((site) => siteMatchesHost(site, host));
    const language = document.documentElement?.lang || undefined;
    const neverWarn = { passages: blur.neverWarnPassages, phrases: blur.neverWarnPhrases };
    const key = active ? JSON.stringify([blur.categories, blur.customTerms, language, neverWarn]) : 'off';
    // Settings change for many reasons (a chosen site, the decoy page): leave the page alone unless blurring changed.
    if (key === current) return;
    current = key;
    const matcher = active ? compileTriggerLexicon({ categories: blur.categories, customTerms: blur.customTerms, language }) : null;
    blurrer.setMatcher(matcher && withCorrections(matcher, neverWarn));
  };

  const timeout = setTimeout(() => apply(contentViewOf(undefined)), SETTINGS_TIMEOUT_MS);
  void loadContentSettings().then((settings) => {
    clearTimeout(timeout);
    if (!life.ended) apply(settings);
  });
  // Turned off, paused or changed in the popup: open tabs follow at once, without reload.
  const unwatch = watchContentSettings((settings) => apply(settings));
  life.onEnd(() => {
    clearTimeout(timeout);
    unwatch();
    blurrer.stop();
  });
}

declare const exportFunction: ((fn: unknown, target: object, options: { defineAs: string }) => unknown) | undefined;

/**
 * Shadow roots the page attaches to elements already in the document. In Chromium a
 * MAIN-world script (./content-warnings-shadow-hook.ts) reports each one with an
 * event; in Firefox the content script can wrap the page's own attachShadow itself
 * (exportFunction), so no MAIN-world script is needed there.
 */
function watchShadowRoots(life: ScriptLife, onRoot: (root: ShadowRoot) => void): () => boolean {
  let hooked = false;
  const rootOf = (host: Element): ShadowRoot | null => {
    if (host.shadowRoot) return host.shadowRoot;
    try {
      const dom = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?(e: Element): ShadowRoot | null } } }).chrome?.dom;
      return (
        dom?.openOrClosedShadowRoot?.(host) ?? (host as { openOrClosedShadowRoot?(): ShadowRoot | null }).openOrClosedShadowRoot?.() ?? null
      );
    } catch {
      return null;
    }
  };
  if (!import.meta.env.FIREFOX) {
    // The MAIN-world hook's event has a name made anew on each page: learn it (see
    // ./content-warnings-shadow-hook.ts). Whichever world starts second asks or answers.
    const onHostEvent = (event: Event) => {
      const root = rootOf(event.target as Element);
      if (root) onRoot(root);
    };
    const onHello = (event: Event) => {
      const name: unknown = (event as CustomEvent).detail;
      if (hooked || typeof name !== 'string' || !/^[a-z]{10}$/.test(name)) return;
      event.preventDefault();
      hooked = true;
      stopListening();
      life.listen(document, name, onHostEvent, { capture: true });
    };
    const stopListening = () => document.removeEventListener(HOOK_HELLO, onHello, true);
    document.addEventListener(HOOK_HELLO, onHello, true);
    life.onEnd(stopListening);
    // Never left listening once the page's own scripts run: the hook has answered long before.
    life.listen(document, 'DOMContentLoaded', stopListening);
    document.dispatchEvent(new Event(HOOK_ASK));
  }
  const page = (window as { wrappedJSObject?: { Element?: { prototype: { attachShadow?: (init: ShadowRootInit) => ShadowRoot } } } })
    .wrappedJSObject;
  const proto = page?.Element?.prototype;
  if (!proto?.attachShadow || typeof exportFunction !== 'function') return () => hooked;
  const original = proto.attachShadow;
  try {
    exportFunction(
      function (this: Element, init: ShadowRootInit) {
        // Reflect from this world: the page may have replaced its own Function.prototype.call.
        const root = Reflect.apply(original, this, [init]) as ShadowRoot;
        try {
          const own = rootOf(this);
          if (own) onRoot(own);
        } catch {
          /* never break the page */
        }
        return root;
      },
      proto,
      { defineAs: 'attachShadow' },
    );
    hooked = true;
  } catch {
    /* the page keeps its own attachShadow; the sweep still runs */
  }
  return () => hooked;
}

/** The site the survivor is on: the top page's host, also inside frames. */
function topHost(): string {
  const clean = (host: string) => host.replace(/\.$/, '').toLowerCase();
  try {
    return clean(window.top!.location.hostname);
  } catch {
    // A cross-origin frame cannot read the top page's location.
  }
  try {
    const origins = location.ancestorOrigins;
    if (origins?.length) return clean(new URL(origins[origins.length - 1]!).hostname);
  } catch {
    /* Firefox has no ancestorOrigins */
  }
  try {
    if (document.referrer) return clean(new URL(document.referrer).hostname);
  } catch {
    /* no usable referrer */
  }
  return clean(location.hostname);
}

function goBack(): void {
  if (history.length > 1) history.back();
  else location.replace('about:blank');
}

/** Saved by the background, which checks the message; the settings change comes back to every tab. */
function saveNeverWarn(choice: NeverWarnChoice): void {
  const message =
    'passage' in choice
      ? ({ type: 'never-warn-passage', fingerprint: choice.passage } as const)
      : ({ type: 'never-warn-phrases', phrases: choice.phrases } as const);
  void sendToBackground(message).catch(() => undefined);
}

function getSupport(): void {
  void sendToBackground({ type: 'open-support' }).catch(() => undefined);
}

function takeAMoment(): void {
  void sendToBackground({ type: 'open-support', at: 'grounding' }).catch(() => undefined);
}

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
const ui: UiText = {
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
