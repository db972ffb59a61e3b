/**
 * Runs in the page's own JavaScript world (MAIN), at document_start, before any page
 * script: it tells the content warnings about every shadow root the page attaches.
 *
 * Why: a page that attaches a shadow root to an element already in the document
 * (and fills it later) changes nothing the content script's MutationObserver can
 * see, and an isolated world cannot wrap the page's own attachShadow. Dark Reader
 * does the same (src/inject/dynamic-theme/stylesheet-proxy.ts).
 *
 * The event is dispatched on the host, synchronously, does not bubble and carries
 * nothing: the content script (capture listener on the document) reads the shadow
 * root itself, open or closed (chrome.dom.openOrClosedShadowRoot). Its name is
 * plain on purpose: a page that listens for it learns only that something watches
 * shadow roots, nothing about the survivor or the extension.
 */
export const SHADOW_ROOT_EVENT = 'shadowrootattached';

export function installShadowRootHook(): void {
  const proto = Element.prototype;
  const original = proto.attachShadow;
  if (typeof original !== 'function') return;
  const attachShadow = function (this: Element, init: ShadowRootInit): ShadowRoot {
    const root = original.call(this, init);
    try {
      this.dispatchEvent(new Event(SHADOW_ROOT_EVENT));
    } catch {
      // Never break the page.
    }
    return root;
  };
  // Looks like the built-in to code that inspects it.
  Object.defineProperty(attachShadow, 'name', { value: 'attachShadow' });
  Object.defineProperty(attachShadow, 'toString', { value: () => 'function attachShadow() { [native code] }' });
  Object.defineProperty(proto, 'attachShadow', { value: attachShadow, writable: true, configurable: true, enumerable: true });
  // Once on the document: "the hook is there", so the content script can skip its
  // slower safety net (a walk over the whole page when it is parsed).
  document.dispatchEvent(new Event(SHADOW_ROOT_EVENT));
}
