/**
 * Runs in the page's own JavaScript world (MAIN), at document_start, before any page
 * script: it tells the content warnings about every shadow root the page attaches.
 *
 * Why: a page that attaches a shadow root to an element already in the document
 * (and fills it later) changes nothing the content script's MutationObserver can
 * see, and an isolated world cannot wrap the page's own attachShadow. Dark Reader
 * does the same (src/inject/dynamic-theme/stylesheet-proxy.ts).
 *
 * What a page could use to find it out, and how each is closed:
 * - The wrapper is a Proxy of the browser's own attachShadow: it has the same name and
 *   length, no `prototype`, and `new` fails as on the original. A Proxy would print
 *   without its name, so Function.prototype.toString (itself a Proxy of the original)
 *   prints both exactly as the originals.
 * - What it calls (Reflect.apply, dispatchEvent, Event) is kept from before any page
 *   script ran: a page that replaces them later sees nothing.
 * - The event it dispatches on each host has a name made of random letters, new on
 *   every page; a page cannot listen for a name it does not know. The two worlds
 *   agree on it while the document starts, before any page script exists: whichever
 *   runs second asks or answers with HOOK_HELLO / HOOK_ASK, and the hook stops
 *   answering as soon as the content script has the name.
 * The event carries nothing: the content script reads the shadow root itself, open
 * or closed (chrome.dom.openOrClosedShadowRoot).
 */
export const HOOK_HELLO = 'DOMAttachReady';
export const HOOK_ASK = 'DOMAttachQuery';

function randomEventName(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  return Array.from(bytes, (b) => String.fromCharCode(97 + (b % 26))).join('');
}

export function installShadowRootHook(): void {
  const proto = Element.prototype;
  const original = proto.attachShadow;
  if (typeof original !== 'function') return;
  const apply = Reflect.apply;
  const dispatch = EventTarget.prototype.dispatchEvent;
  const PlainEvent = Event;
  const Custom = CustomEvent;
  const name = randomEventName();

  const hooked = new Proxy(original, {
    apply(target, self: Element, args: unknown[]) {
      const root = apply(target, self, args) as ShadowRoot;
      try {
        // composed: it reaches the document from a host inside another shadow root too.
        apply(dispatch, self, [new PlainEvent(name, { composed: true })]);
      } catch {
        // Never break the page.
      }
      return root;
    },
  });
  Object.defineProperty(proto, 'attachShadow', { ...Object.getOwnPropertyDescriptor(proto, 'attachShadow'), value: hooked });

  // A Proxy prints as "function () { [native code] }", without the name: make both it
  // and the toString that prints it read exactly as the originals do.
  const fnProto = Function.prototype;
  const nativeToString = fnProto.toString;
  const get = WeakMap.prototype.get;
  const disguised = new WeakMap<object, string>();
  const toString = new Proxy(nativeToString, {
    apply(target, self: unknown, args: unknown[]) {
      const text = (typeof self === 'function' ? apply(get, disguised, [self]) : undefined) as string | undefined;
      return text ?? apply(target, self, args);
    },
  });
  disguised.set(hooked, apply(nativeToString, original, []) as string);
  disguised.set(toString, apply(nativeToString, nativeToString, []) as string);
  Object.defineProperty(fnProto, 'toString', { ...Object.getOwnPropertyDescriptor(fnProto, 'toString'), value: toString });

  // Tell the content script the name. If it is already listening, it takes the event
  // (preventDefault says so); if not, it will ask once it runs.
  const hello = () => apply(dispatch, document, [new Custom(HOOK_HELLO, { detail: name, cancelable: true })]) === false;
  if (hello()) return;
  const onAsk = () => {
    if (hello()) document.removeEventListener(HOOK_ASK, onAsk, true);
  };
  document.addEventListener(HOOK_ASK, onAsk, true);
}
