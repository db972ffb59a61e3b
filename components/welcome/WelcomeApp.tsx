import { t } from '../i18n';

export function WelcomeApp() {
  return (
    <main class="page">
      <h1>{t('welcome_title')}</h1>
    </main>
  );
}
