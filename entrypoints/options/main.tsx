import { uiLanguage } from '@/components/i18n';
import { render } from 'preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import { PinGate } from '@/components/lock/PinGate';
import '@/components/options/options.css';

document.documentElement.lang = uiLanguage();
// With a PIN set, nothing of the settings shows before it is entered (docs/discretion.md).
render(
  <PinGate>
    <OptionsApp />
  </PinGate>,
  document.getElementById('app')!,
);
