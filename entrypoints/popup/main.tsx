import { uiLanguage } from '@/components/i18n';
import { render } from 'preact';
import { App } from './App';
import { PopupGate } from '@/components/lock/PopupGate';
import './style.css';

document.documentElement.lang = uiLanguage();
// A disguised popup opens on its cover (docs/discretion.md).
render(
  <PopupGate>
    <App />
  </PopupGate>,
  document.getElementById('app')!,
);
