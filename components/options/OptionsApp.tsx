import { t } from '../i18n';

export function OptionsApp() {
  return (
    <main class="page">
      <h1>{t('options_title')}</h1>
    </main>
  );
}
