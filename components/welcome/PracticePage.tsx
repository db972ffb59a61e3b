import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { createShiftTrigger } from '@/lib/exit/shift-trigger';
import { loadSettings } from '@/lib/platform/settings-store';
import { t } from '../i18n';

/** welcome.html?practice: the harmless tab that the "Try it now" step opens. */
export const PRACTICE_QUERY = 'practice';

/**
 * A page with nothing private on it, to practise the quick exit. The content script
 * does not run in the extension's own pages, so this page listens for Shift itself
 * (the same trigger logic) and asks for a real exit; the browser-wide shortcut works
 * here as on any tab.
 */
export function PracticePage() {
  const [shiftOn, setShiftOn] = useState(true);
  const [shortcut, setShortcut] = useState<string | null>();

  useEffect(() => {
    document.title = t('welcome_practice_title');
    let enabled = true;
    void loadSettings().then((s) => {
      enabled = s.exit.inPageTrigger;
      setShiftOn(enabled);
    });
    void browser.commands
      .getAll()
      .then((all) => setShortcut(all.find((c) => c.name === 'quick-exit')?.shortcut || null))
      .catch(() => setShortcut(null));
    const trigger = createShiftTrigger();
    const onKey = (event: KeyboardEvent) => {
      if (!enabled || !event.isTrusted) return;
      if (trigger.feed({ type: event.type as 'keydown' | 'keyup', key: event.key, repeat: event.repeat, time: event.timeStamp })) {
        // As in a real page: the screen changes first, then the tabs.
        document.documentElement.style.setProperty('opacity', '0', 'important');
        void browser.runtime.sendMessage({ type: 'exit-now', trigger: 'welcome-try' }).catch(() => undefined);
      }
    };
    window.addEventListener('keydown', onKey, { capture: true });
    window.addEventListener('keyup', onKey, { capture: true });
    window.addEventListener('blur', trigger.reset);
    return () => {
      window.removeEventListener('keydown', onKey, { capture: true });
      window.removeEventListener('keyup', onKey, { capture: true });
      window.removeEventListener('blur', trigger.reset);
    };
  }, []);

  return (
    <main class="page page--practice">
      <h1>{t('welcome_practice_title')}</h1>
      <p class="lead">{t('welcome_practice_intro')}</p>
      <ul class="practice-ways">
        {shiftOn && <li>{t('welcome_practice_shift')}</li>}
        {shortcut && <li>{t('welcome_practice_shortcut', shortcut)}</li>}
      </ul>
      {!shiftOn && shortcut === null && <p class="message message--note">{t('welcome_practice_none')}</p>}
      <p>{t('welcome_practice_then')}</p>
    </main>
  );
}
