import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { BackupSection } from './BackupSection';
import { ContentWarningsSection } from './ContentWarningsSection';
import { ExitSection } from './ExitSection';
import { HelpSection } from './HelpSection';
import { DiscretionSection } from '../lock/DiscretionSection';
import { ResetNotice } from '../lock/ResetNotice';
import { LimitsSection } from './LimitsSection';
import { SetAsideNotice } from './SetAsideNotice';
import { SitesSection } from './SitesSection';
import { useSettings } from './settings-hooks';

const CONTENTS = [
  ['sites', 'options_sites_title'],
  ['exit', 'options_exit_title'],
  ['warnings', 'options_blur_title'],
  ['help', 'options_help_title'],
  ['discretion', 'lock_section_title'],
  ['backup', 'options_backup_title'],
  ['limits', 'options_limits_title'],
] as const;

/**
 * Every setting of every feature, in plain sections. Each change is saved at once;
 * the background and the content scripts follow storage, so it is in effect in open
 * tabs without a reload.
 */
export function OptionsApp() {
  const settings = useSettings();
  return (
    <div class="page">
      <header class="page__header">
        <h1>{t('options_title')}</h1>
        <p class="lead">{t('options_intro')}</p>
        <nav aria-label={t('options_contents')}>
          <ul class="contents">
            {CONTENTS.map(([id, key]) => (
              <li key={id}>
                <a href={`#${id}`}>{t(key)}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main>
        <ResetNotice />
        <SetAsideNotice />
        {settings ? (
          <>
            <SitesSection settings={settings} />
            <ExitSection settings={settings} />
            <ContentWarningsSection settings={settings} />
            <HelpSection settings={settings} />
            <DiscretionSection settings={settings} />
            <BackupSection />
            <LimitsSection />
          </>
        ) : (
          <p role="status">{t('options_loading')}</p>
        )}
      </main>
      <footer class="page__footer">
        <a href={browser.runtime.getURL('/welcome.html')}>{t('options_open_welcome')}</a>
      </footer>
    </div>
  );
}
