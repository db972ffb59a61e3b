import { render } from 'preact';
import { WelcomeApp } from '@/components/welcome/WelcomeApp';
import '@/components/options/options.css';

document.documentElement.lang = browser.i18n.getUILanguage();
render(<WelcomeApp />, document.getElementById('app')!);
