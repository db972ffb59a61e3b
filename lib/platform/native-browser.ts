import type { browser as polyfilled } from 'wxt/browser';

/**
 * The browser's own extension API, without webextension-polyfill: what content
 * scripts get for `wxt/browser` (see wxt.config.ts). A content script runs in every
 * frame of every page, so its size and start-up cost are paid thousands of times a
 * day. Content scripts only use calls that return promises natively in both
 * browsers (Chrome MV3 and Firefox): storage.local.get, storage.onChanged,
 * runtime.sendMessage, i18n.
 */
type ExtensionApi = typeof polyfilled;
const globals = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };
export const browser: ExtensionApi = (globals.browser?.runtime?.id ? globals.browser : globals.chrome)!;
