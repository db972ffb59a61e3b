import { browser, type Browser } from 'wxt/browser';
import { CONTENT_MESSAGE_TYPES, messageSchema, type Message, type RefusedResponse, type ResponseMap } from '@/lib/messages';
import { loadSettings } from '@/lib/platform/settings-store';
import { loadChosenSites } from '@/lib/platform/chosen-sites';
import { normalizeSiteInput } from '@/lib/sites';
import { quickExit } from './exit';
import { exitReady } from './exit-ready';
import { checkHistory } from './check-now';
import { eraseSiteHistory } from './site-erase';
import { openHelpSite, openSupport } from './help';
import { neverWarnPassage, neverWarnPhrases } from './corrections';

type Sender = Browser.runtime.MessageSender;

/** Extension pages (popup, options, welcome) are trusted with every message type. */
function isFromExtensionPage(sender: Sender): boolean {
  return sender.id === browser.runtime.id && !!sender.url?.startsWith(browser.runtime.getURL('/'));
}

/**
 * The one entry point for messages. Everything is parsed; unknown types and
 * malformed messages are refused; a content script (sender.tab, not our own page)
 * may only send CONTENT_MESSAGE_TYPES.
 */
export function routeMessage(raw: unknown, sender: Sender): Promise<ResponseMap[keyof ResponseMap] | RefusedResponse> {
  if (sender.id !== browser.runtime.id) return Promise.resolve({ refused: 'unknown sender' });
  const parsed = messageSchema.safeParse(raw);
  if (!parsed.success) return Promise.resolve({ refused: 'unknown or malformed message' });
  const message = parsed.data;
  const fromPage = isFromExtensionPage(sender);
  if (!fromPage) {
    if (!sender.tab || !CONTENT_MESSAGE_TYPES.has(message.type)) return Promise.resolve({ refused: 'not allowed from a web page' });
  }
  return handle(message, fromPage ? undefined : sender.tab).catch((error: unknown) => ({
    refused: error instanceof Error ? error.message : 'failed',
  }));
}

async function handle(message: Message, senderTab: Browser.tabs.Tab | undefined): Promise<ResponseMap[keyof ResponseMap]> {
  switch (message.type) {
    case 'exit-now': {
      // From a page: that page's tab is the one in front. From the popup: the active tab.
      // A page that can leave in place waits for this answer before it goes: a message
      // from a page that has already gone can be lost while the worker wakes (measured,
      // npm run bench:exit). It leaves only with the neutral page in force (a locked
      // list may hold the site of the one the page knows).
      const ready = message.inPlaceTo && senderTab?.id !== undefined ? await exitReady().catch(() => undefined) : undefined;
      const leaveInPlace = !!ready && !ready.closeWindow && ready.decoyUrl === message.inPlaceTo;
      void quickExit({ frontTab: senderTab, leftInPlace: leaveInPlace });
      return { ok: true, leaveInPlace };
    }
    case 'page-status': {
      const [settings, index] = await Promise.all([loadSettings(), loadChosenSites()]);
      // Only a yes/no goes back to the page; never the list of sites.
      const onChosenSite = !!(senderTab?.url && index.match(senderTab.url));
      return { onChosenSite, showExitButton: onChosenSite && settings.exit.showButtonOnSites };
    }
    case 'open-support':
      await openSupport(message.at);
      return { ok: true };
    case 'open-help-site':
      await openHelpSite(message.url);
      return { ok: true };
    case 'erase-site-history': {
      const normal = normalizeSiteInput(message.site);
      if (!normal.ok) throw new Error(normal.error);
      const [settings, index] = await Promise.all([loadSettings(), loadChosenSites()]);
      const removed = await eraseSiteHistory(normal.site, settings, index.keyOf(normal.site));
      return { site: normal.site, removed, finishedAt: Date.now() };
    }
    case 'check-history':
      return checkHistory(await loadChosenSites());
    case 'never-warn-passage':
      await neverWarnPassage(message.fingerprint);
      return { ok: true };
    case 'never-warn-phrases':
      await neverWarnPhrases(message.phrases);
      return { ok: true };
  }
}
