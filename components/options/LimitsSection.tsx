import { t } from '../i18n';
import { Section } from './controls';

const isFirefox = import.meta.env.FIREFOX;

/**
 * What the extension cannot erase, said plainly in the place the survivor relies on
 * it (GOV.UK's "Exit this page" guidance asks the same). Each item names the trace
 * and what the survivor can do about it.
 */
export function LimitsSection() {
  const items = [
    'options_limits_sync',
    'options_limits_search_account',
    'options_limits_network',
    'options_limits_other_browsers',
    // A disguise changes the toolbar button only; the browser's own list of extensions
    // always shows the real name and icon, and nothing an extension does can change it.
    'options_limits_extension_list',
    'options_limits_spyware',
    'options_limits_files',
    'options_limits_bookmarks',
    // Chrome has no API to forget a closed tab; Firefox's sessions.forgetClosedTab does it.
    ...(isFirefox ? [] : ['options_limits_recently_closed']),
    // Firefox keeps a tab's back list when a URL is deleted from history (Chrome drops it).
    ...(isFirefox ? ['options_limits_back_list'] : []),
  ];
  return (
    <Section id="limits" title={t('options_limits_title')} intro={t('options_limits_intro')}>
      <ul class="limits">
        {items.map((key) => (
          <li key={key}>
            <strong>{t(`${key}_title`)}</strong> {t(`${key}_text`)}
          </li>
        ))}
      </ul>
    </Section>
  );
}
