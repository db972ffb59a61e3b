import { formatNumber, t } from '../i18n';
import { useLock } from './lock-context';

/** Under the list of sites: plainly, whether someone reading the storage can read it. */
export function ListProtectionFact({ unreadable = 0, damaged = 0 }: { unreadable?: number; damaged?: number }) {
  const { pinSet } = useLock();
  return (
    <>
      <p class="plain-fact">{pinSet ? t('lock_list_encrypted') : t('lock_list_readable')}</p>
      {unreadable > 0 && <p class="hint">{t('lock_list_unreadable', formatNumber(unreadable))}</p>}
      {damaged > 0 && <p class="hint">{t('lock_list_damaged', formatNumber(damaged))}</p>}
    </>
  );
}
