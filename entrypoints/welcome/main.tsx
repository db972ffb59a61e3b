import { uiLanguage } from '@/components/i18n';
import { render } from 'preact';
import { WelcomeApp } from '@/components/welcome/WelcomeApp';
import { PRACTICE_QUERY } from '@/components/welcome/PracticePage';
import { PinGate } from '@/components/lock/PinGate';
import '@/components/options/options.css';

document.documentElement.lang = uiLanguage();
// Opened again later with a PIN set, the welcome shows the list of sites: it needs the
// PIN like the settings page. The practice page shows nothing of the settings.
const practice = new URLSearchParams(location.search).has(PRACTICE_QUERY);
render(
  practice ? (
    <WelcomeApp />
  ) : (
    <PinGate>
      <WelcomeApp />
    </PinGate>
  ),
  document.getElementById('app')!,
);
