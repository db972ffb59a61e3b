import { browser } from 'wxt/browser';

/**
 * The life of this content script in this frame: listeners that go when it ends.
 *
 * Not WXT's ContentScriptContext, on purpose. That context ends itself when the page
 * dispatches an event named after the extension's id (meant to stop an older copy of
 * the script after an update). The id is public (in Firefox it is the add-on id), so
 * any page could switch off the quick exit and the content warnings on itself.
 *
 * This one ends only when the extension itself is gone from the page (updated,
 * reloaded or removed: `runtime.id` is then undefined). The browser never injects a
 * new copy into an open page after an update, so there is no older copy to stop.
 */
export interface ScriptLife {
  /** True once the extension is gone; ending runs the onEnd callbacks. */
  readonly ended: boolean;
  onEnd(callback: () => void): void;
  /** addEventListener, removed when the script's life ends. */
  listen<K extends string>(target: EventTarget, type: K, handler: (event: Event) => void, options?: AddEventListenerOptions): void;
}

export function createScriptLife(): ScriptLife {
  const controller = new AbortController();
  // document.open() erases every listener on the document, its nodes and the window,
  // ours included (a page can throw its document away and write a new one). The
  // observer (which document.open() leaves alone) sees the old root go, and the
  // listeners are added again; adding a listener that is still there changes nothing.
  const listening: [EventTarget, string, (event: Event) => void, AddEventListenerOptions | undefined][] = [];
  const listenAgain = () => {
    for (const [target, type, handler, options] of listening)
      target.addEventListener(type, handler, { ...options, signal: controller.signal });
  };
  try {
    new MutationObserver(() => !controller.signal.aborted && listenAgain()).observe(document, { childList: true });
  } catch {
    // A page that broke MutationObserver before we ran: the listeners stay as they are.
  }
  const alive = () => {
    try {
      return !!browser.runtime?.id;
    } catch {
      return false;
    }
  };
  return {
    get ended() {
      if (!controller.signal.aborted && !alive()) controller.abort();
      return controller.signal.aborted;
    },
    onEnd(callback) {
      controller.signal.addEventListener('abort', callback, { once: true });
    },
    listen(target, type, handler, options) {
      listening.push([target, type, handler, options]);
      target.addEventListener(type, handler, { ...options, signal: controller.signal });
    },
  };
}
