import { useState } from 'preact/hooks';
import type { EraseProgress } from '@/lib/history/erase-progress';
import type { SiteEraseStats } from '@/lib/lock/stats';
import { STORED } from '@/lib/platform/extension-storage';
import { sendToBackground } from '@/lib/platform/messaging';
import { uiLanguage, t } from '../i18n';
import type { Message } from './controls';
import { formatCount, useStoredValue } from './settings-hooks';

export type { EraseProgress, SiteEraseStats };

/** Written by the background (entrypoints/background/history-stats.ts). */
export function useEraseStats(): Record<string, SiteEraseStats> {
  return useStoredValue(STORED.siteEraseStats);
}

export function useEraseProgress(): EraseProgress | undefined {
  return useStoredValue(STORED.eraseProgress);
}

/**
 * Asks the background to remove the earlier visits of newly chosen sites, one site
 * after the other, and says how it went. The progress itself comes from storage
 * (useEraseProgress), so that a long erase shows while it runs.
 */
export function useSiteEraser() {
  const [messages, setMessages] = useState<Message[]>([]);
  const [busy, setBusy] = useState(false);
  const language = uiLanguage();

  const erase = async (sites: readonly string[], before: Message[] = []) => {
    if (!sites.length) return;
    setBusy(true);
    const done: Message[] = [...before];
    for (const site of sites) {
      setMessages([...done, { kind: 'note', text: t('options_sites_erasing', site) }]);
      try {
        const summary = await sendToBackground({ type: 'erase-site-history', site });
        done.push({ kind: 'done', text: t('options_sites_erased', [site, formatCount(summary.removed, language)]) });
      } catch {
        done.push({ kind: 'error', text: t('options_sites_erase_failed', site) });
      }
    }
    setMessages(done);
    setBusy(false);
  };
  return { erase, messages, setMessages, busy };
}
