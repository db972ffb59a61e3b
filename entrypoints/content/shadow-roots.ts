import { HOOK_ASK, HOOK_HELLO } from './content-warnings-shadow-hook';
import type { ScriptLife } from './script-life';

declare const exportFunction: ((fn: unknown, target: object, options: { defineAs: string }) => unknown) | undefined;

/**
 * Shadow roots the page attaches to elements already in the document. In Chromium a
 * MAIN-world script (./content-warnings-shadow-hook.ts) reports each one with an
 * event; in Firefox the content script can wrap the page's own attachShadow itself
 * (exportFunction), so no MAIN-world script is needed there.
 */
export function watchShadowRoots(life: ScriptLife, onRoot: (root: ShadowRoot) => void): () => boolean {
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
