import { makeTokens } from '@/lib/blur/labels';
import { withCorrections } from '@/lib/blur/corrections';
import { compileTriggerLexicon } from '@/lib/blur/matcher';
import { createPageBlurrer, type NeverWarnChoice } from '@/lib/blur/page-blurrer';
import { contentViewOf, type ContentSettings } from '@/lib/settings/content-view';
import { loadContentSettings, watchContentSettings } from '@/lib/platform/content-settings';
import { sendToBackground } from '@/lib/platform/messaging';
import { siteMatchesHost } from '@/lib/site-hosts';
import { ui } from './label-text';
import type { ScriptLife } from './script-life';
import { watchShadowRoots } from './shadow-roots';

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
