import { useEffect, useState } from 'preact/hooks';
import { formatResetDate, readResetNotice, type ResetNotice as Notice } from '@/lib/lock/reset-notice';
import { readStored, STORED, watchStored } from '@/lib/platform/extension-storage';
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
    void readStored(STORED.pinResetNotice)
      .then((raw) => live && setNotice(readResetNotice(raw)))
      .catch(() => undefined);
    const stop = watchStored(STORED.pinResetNotice, (raw) => live && setNotice(readResetNotice(raw)));
    return () => {
      live = false;
      stop();
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
