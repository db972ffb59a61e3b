import { useEffect, useId, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ANYWHERE_ELSE, countryFromLocale, countryName, supportedCountries } from '@/lib/help';
import type { Settings } from '@/lib/settings/schema';
import { t, uiLanguage } from '../i18n';
import { Messages, Section, Toggle, errors, type Message } from './controls';
import { saveChange } from './settings-hooks';

const isFirefox = import.meta.env.FIREFOX;

/** "Help": which country's hotlines and groups come first, and how help websites open. */
export function HelpSection({ settings }: { settings: Settings }) {
  return (
    <Section id="help" title={t('options_help_title')} intro={t('options_help_intro')}>
      <CountryChoice country={settings.help.country} />
      <Toggle
        label={t('options_help_private')}
        hint={<PrivateWindowHint />}
        checked={settings.help.openInPrivateWindow}
        change={(value) => (s) => ({ ...s, help: { ...s.help, openInPrivateWindow: value } })}
      />
    </Section>
  );
}

function CountryChoice({ country }: { country: string | undefined }) {
  const id = useId();
  const [messages, setMessages] = useState<Message[]>([]);
  // The browser's locale says where the survivor may be (de-AT → Austria); country
  // names are written in the language the page's strings are in.
  const locale = browser.i18n.getUILanguage();
  const language = uiLanguage();
  // The same list as the popup's help picker: countries the help directory covers.
  const choices = supportedCountries(language);
  const fromBrowser = countryFromLocale(locale);
  const known = country === undefined || country === ANYWHERE_ELSE || choices.some((c) => c.code === country);

  const change = async (value: string) => {
    const problems = await saveChange((s) => {
      const help = { ...s.help };
      if (value) help.country = value;
      else delete help.country;
      return { ...s, help };
    });
    setMessages(problems.length ? errors(problems) : [{ kind: 'done', text: t('options_saved') }]);
  };

  return (
    <div class="field">
      <label for={id}>{t('options_help_country')}</label>
      <p class="hint" id={`${id}-hint`}>
        {t('options_help_country_hint')}
      </p>
      <select id={id} value={country ?? ''} aria-describedby={`${id}-hint`} onChange={(e) => void change(e.currentTarget.value)}>
        <option value="">
          {fromBrowser ? t('options_help_country_auto_is', countryName(fromBrowser, language)) : t('options_help_country_auto')}
        </option>
        {choices.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
        {!known && country && <option value={country}>{countryName(country, language)}</option>}
        <option value={ANYWHERE_ELSE}>{t('options_help_country_elsewhere')}</option>
      </select>
      <Messages messages={messages} />
    </div>
  );
}

/** Whether the survivor has allowed the extension in private windows, read from the browser. */
function PrivateWindowHint() {
  const [allowed, setAllowed] = useState<boolean>();
  useEffect(() => {
    const read = () =>
      void browser.extension
        .isAllowedIncognitoAccess()
        .then(setAllowed)
        .catch(() => setAllowed(undefined));
    read();
    window.addEventListener('focus', read);
    return () => window.removeEventListener('focus', read);
  }, []);
  return (
    <>
      {t('options_help_private_hint')} {isFirefox ? t('options_help_private_how_firefox') : t('options_help_private_how_chrome')}{' '}
      {allowed === true && <strong>{t('options_help_private_allowed')}</strong>}
      {allowed === false && <strong>{t('options_help_private_not_allowed')}</strong>}
    </>
  );
}
