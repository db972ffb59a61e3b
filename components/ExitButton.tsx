import { t } from './i18n';

/**
 * The popup's quick exit: the first thing in the popup and the only place where an
 * alarm colour is used. Its accessible name starts with "Exit".
 */
export function ExitButton({ onExit }: { onExit(): void }) {
  return (
    <button type="button" class="exit-button" onClick={onExit} autoFocus>
      <span class="exit-button__title">{t('popup_exit')}</span>
      <span class="exit-button__hint">{t('popup_exit_hint')}</span>
    </button>
  );
}
