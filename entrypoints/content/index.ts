import { startExitTrigger } from './exit-trigger';
import { startContentWarnings } from './content-warnings';
import { createScriptLife } from './script-life';

/**
 * Runs at document_start in every frame: the exit trigger must be listening before
 * any page script, and the content warnings must be in place before the first paint.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  // Also sandboxed frames and blob:/data: documents, whose origin is opaque: Chromium
  // matches them by the page that made them. (Firefox has no such key in MV2.)
  matchOriginAsFallback: { chrome: true },
  // WXT would otherwise post a message to every page at start, naming the extension's
  // id: any page script listening for messages would learn which extension is here.
  noScriptStartedPostMessage: true,
  // WXT's own context (the argument to main) is not used: see ./script-life.ts.
  main() {
    const life = createScriptLife();
    startExitTrigger(life);
    startContentWarnings(life);
  },
});
