import { browser } from 'wxt/browser';
import { createShiftTrigger } from '@/lib/exit/shift-trigger';
import type { Message } from '@/lib/messages';
import { loadContentSettings, watchContentSettings } from '@/lib/platform/content-settings';
import type { ContentSettings } from '@/lib/settings/content-view';
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
  let exit: ExitView | undefined;
  const trigger = createShiftTrigger();
  const onKey = (event: KeyboardEvent) => {
    if (!enabled || !event.isTrusted) return;
    const fire = trigger.feed({ type: event.type as 'keydown' | 'keyup', key: event.key, repeat: event.repeat, time: event.timeStamp });
    if (fire) exitNow('shift-keys', exit);
  };
  // Capture phase on window, registered at document_start: runs before any page
  // listener, so a page that stops key events cannot block the exit.
  life.listen(window, 'keydown', onKey as (event: Event) => void, { capture: true });
  life.listen(window, 'keyup', onKey as (event: Event) => void, { capture: true });
  life.listen(window, 'blur', () => trigger.reset());

  void loadContentSettings().then((s) => {
    enabled = s.exit.inPageTrigger;
    exit = s.exit;
    if (window === window.top && s.exit.showButtonOnSites) void maybeShowExitButton(life, () => exit);
  });
  const stop = watchContentSettings((s) => {
    enabled = s.exit.inPageTrigger;
    exit = s.exit;
  });
  life.onEnd(stop);
}

type ExitView = Pick<ContentSettings['exit'], 'decoyUrl' | 'closeWindow'>;

/**
 * Hides everything in this frame's top document at once, then asks for the exit.
 *
 * When this tab holds no other entry than this page (history.length is 1: nothing to
 * go back or forward to), the page replaces itself with the neutral page, as GOV.UK's
 * component does, and the background keeps the tab: no new tab, no new renderer to
 * start, and Back leads nowhere. It goes once the background has the message (an
 * answer in a few milliseconds when the worker is awake): a message from a page that
 * has already left was lost while the worker woke (measured, npm run bench:exit), and
 * then the other sensitive tabs would stay open. With any other entry in the list, Back
 * could lead to a page the survivor saw before (a search for help, which is no chosen
 * site), so the background replaces the tab with a fresh one (docs/exit-and-history.md).
 */
export function exitNow(trigger: Extract<Message, { type: 'exit-now' }>['trigger'], exit?: ExitView): void {
  hidePageNow(document);
  try {
    if (window.top !== window) hidePageNow(window.top!.document);
  } catch {
    // Cross-origin parent: the background replaces the whole tab a moment later.
  }
  const canLeaveInPlace = !!exit && !exit.closeWindow && window.top === window && history.length === 1;
  const request: Message = { type: 'exit-now', trigger, ...(canLeaveInPlace ? { inPlaceTo: exit.decoyUrl } : {}) };
  let left = false;
  const leave = () => {
    if (left || !exit || window.top !== window) return;
    left = true;
    location.replace(exit.decoyUrl);
  };
  void browser.runtime.sendMessage(request).then(
    (answer: { leaveInPlace?: boolean } | undefined) => {
      if (answer?.leaveInPlace) leave();
    },
    // No background to answer (the extension was just updated or removed): leave at once.
    leave,
  );
  // Safety net: the background normally replaces this tab within milliseconds. If it
  // cannot (the browser is stuck), leave by ourselves, replacing this entry so that
  // back does not return here.
  setTimeout(leave, 1500);
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

async function maybeShowExitButton(life: ScriptLife, exit: () => ExitView | undefined): Promise<void> {
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
    button.addEventListener('click', () => exitNow('page-button', exit()));
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
