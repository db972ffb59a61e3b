import { installShadowRootHook } from './content/content-warnings-shadow-hook';

/**
 * The page-world half of the content warnings (Chrome): wraps the page's own
 * attachShadow before any page script runs, so that a shadow root filled by the page
 * is seen before it is painted (see content-warnings-shadow-hook.ts). Firefox's MV2
 * has no MAIN-world content scripts; there the isolated content script wraps
 * attachShadow itself through exportFunction.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  // Also sandboxed frames and blob:/data: documents, whose origin is opaque: Chromium
  // matches them by the page that made them. (Firefox has no such key in MV2.)
  matchOriginAsFallback: { chrome: true },
  world: 'MAIN',
  include: ['chrome'],
  main() {
    installShadowRootHook();
  },
});
