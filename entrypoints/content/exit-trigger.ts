import { browser } from 'wxt/browser';
import { createShiftTrigger } from '@/lib/exit/shift-trigger';
import type { Message } from '@/lib/messages';
import { loadContentSettings, watchContentSettings } from '@/lib/platform/content-settings';
import type { ScriptLife } from './script-life';

/**
 * The in-page quick exit (Shift three times) and the optional exit button on chosen
 * sites. The page is hidden synchronously, in the same task as the key press and
 * before anything is sent to the background, so nothing sensitive stays on screen
 * while the tabs are changed.
 */
export function startExitTrigger(life: ScriptLife): void {
  // Enabled until settings say otherwise: a survivor who never changed anything
  // must be able to exit from the very first moment the page exists.
  let enabled = true;
  let decoyUrl: string | undefined;
  const trigger = createShiftTrigger();
  const onKey = (event: KeyboardEvent) => {
    if (!enabled || !event.isTrusted) return;
    const fire = trigger.feed({ type: event.type as 'keydown' | 'keyup', key: event.key, repeat: event.repeat, time: event.timeStamp });
    if (fire) exitNow('shift-keys', decoyUrl);
  };
  // Capture phase on window, registered at document_start: runs before any page
  // listener, so a page that stops key events cannot block the exit.
  life.listen(window, 'keydown', onKey as (event: Event) => void, { capture: true });
  life.listen(window, 'keyup', onKey as (event: Event) => void, { capture: true });
  life.listen(window, 'blur', () => trigger.reset());

  void loadContentSettings().then((s) => {
    enabled = s.exit.inPageTrigger;
    decoyUrl = s.exit.decoyUrl;
    if (window === window.top && s.exit.showButtonOnSites) void maybeShowExitButton(life, s.exit.decoyUrl);
  });
  const stop = watchContentSettings((s) => {
    enabled = s.exit.inPageTrigger;
    decoyUrl = s.exit.decoyUrl;
  });
  life.onEnd(stop);
}

/** Hides everything in this frame's top document at once, then asks for the exit. */
export function exitNow(trigger: Extract<Message, { type: 'exit-now' }>['trigger'], decoyUrl?: string): void {
  hidePageNow(document);
  try {
    if (window.top !== window) hidePageNow(window.top!.document);
  } catch {
    // Cross-origin parent: the background replaces the whole tab a moment later.
  }
  const message: Message = { type: 'exit-now', trigger };
  void browser.runtime.sendMessage(message).catch(() => undefined);
  // Safety net: the background normally replaces this tab within milliseconds. If it
  // cannot (the extension was just updated, the browser is stuck), leave by ourselves,
  // replacing this entry so that back does not return here.
  if (decoyUrl) {
    const fallback = decoyUrl;
    setTimeout(() => window.top === window && location.replace(fallback), 1500);
  }
}

export function hidePageNow(doc: Document): void {
  const root = doc.documentElement;
  if (!root) return;
  // opacity on the root cannot be undone by any descendant (unlike visibility).
  root.style.setProperty('opacity', '0', 'important');
  root.style.setProperty('background', '#fff', 'important');
  const cover = doc.createElement('div');
  cover.style.cssText = 'all:initial;position:fixed;inset:0;z-index:2147483647;background:#fff;';
  root.appendChild(cover);
  doc.title = '\u200b';
  if (doc.fullscreenElement) void doc.exitFullscreen().catch(() => undefined);
  for (const media of doc.querySelectorAll('video, audio')) (media as HTMLMediaElement).pause();
}

async function maybeShowExitButton(life: ScriptLife, decoyUrl: string): Promise<void> {
  const status = (await browser.runtime.sendMessage({ type: 'page-status' } satisfies Message)) as { showExitButton?: boolean } | undefined;
  if (!status?.showExitButton || life.ended) return;
  const show = () => {
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'closed' });
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = message('exit_page_button') || 'Exit';
    button.setAttribute('aria-label', message('exit_page_button_label') || 'Exit this page quickly');
    button.style.cssText =
      'all:initial;position:fixed;top:12px;right:12px;z-index:2147483646;font:600 15px/1 system-ui,sans-serif;color:#fff;background:#b3261e;border-radius:6px;padding:10px 16px;cursor:pointer;box-shadow:0 1px 4px rgba(0,0,0,.3);';
    button.addEventListener('click', () => exitNow('page-button', decoyUrl));
    shadow.appendChild(button);
    document.documentElement.appendChild(host);
  };
  if (document.body) show();
  else life.listen(document, 'DOMContentLoaded', show);
}

/** The content script cannot bundle components/i18n (its English fallback is for pages). */
function message(key: string): string {
  return (browser.i18n.getMessage as (key: string) => string)(key);
}
