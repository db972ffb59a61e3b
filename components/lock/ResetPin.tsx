import { useState } from 'preact/hooks';
import { resetProtectedData } from '@/lib/platform/site-lock';
import { t } from '../i18n';
import { Confirm, Messages, type Message } from '../options/controls';

/**
 * "Forgot your PIN?": a clear warning of what goes (the list, the disguise, the PIN)
 * and what stays (history already erased, every other setting), with the calm choice
 * focused first. Once the reset is done, the lock is gone and the gate opens.
 */
export function ResetPin({ onCancel }: { onCancel(): void }) {
  const [messages, setMessages] = useState<Message[]>([]);
  const reset = async () => {
    try {
      // The gate follows storage: with the lock gone, the page opens, with ResetNotice on it.
      await resetProtectedData();
    } catch {
      setMessages([{ kind: 'error', text: t('lock_reset_failed') }]);
    }
  };
  return (
    <div class="field reset-pin">
      <h2>{t('lock_reset_title')}</h2>
      <Confirm
        question={t('lock_reset_warning')}
        confirmLabel={t('lock_reset_confirm')}
        cancelLabel={t('lock_reset_cancel')}
        onConfirm={() => void reset()}
        onCancel={onCancel}
      />
      <Messages messages={messages} />
    </div>
  );
}
