import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { formatResetDate, readResetNotice, RESET_NOTICE_KEY, type ResetNotice as Notice } from '@/lib/lock/reset-notice';
import { dismissResetNotice } from '@/lib/platform/site-lock';
import { uiLanguage, t } from '../i18n';
import './lock.css';

/**
 * After "Forgot your PIN?" (done by the survivor or by someone else): a calm, dated note
 * in the real popup and on the settings page, until it is dismissed in either.
 */
export function ResetNotice() {
  const [notice, setNotice] = useState<Notice>();
  useEffect(() => {
    let live = true;
    void browser.storage.local
      .get(RESET_NOTICE_KEY)
      .then((raw) => live && setNotice(readResetNotice(raw[RESET_NOTICE_KEY])))
      .catch(() => undefined);
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (live && area === 'local' && RESET_NOTICE_KEY in changes) setNotice(readResetNotice(changes[RESET_NOTICE_KEY]!.newValue));
    };
    browser.storage.onChanged.addListener(listener);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(listener);
    };
  }, []);
  if (!notice) return null;
  return (
    <div class="reset-notice" role="note">
      <p>{t('lock_reset_notice', formatResetDate(notice.at, uiLanguage()))}</p>
      <button type="button" class="reset-notice__dismiss button--quiet" onClick={() => void dismissResetNotice().catch(() => undefined)}>
        {t('lock_reset_notice_dismiss')}
      </button>
    </div>
  );
}
