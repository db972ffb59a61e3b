import { saveDecoyUrl } from '@/lib/platform/chosen-sites';
import { InvalidSettingsError } from '@/lib/platform/settings-store';
import { useEffect, useId, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DEFAULT_DECOY_URL, decoyUrlSchema, type Settings } from '@/lib/settings/schema';
import { t } from '../i18n';
import { Messages, Section, Toggle, errors, type Message } from './controls';
import { plainProblem } from './settings-hooks';

const isFirefox = import.meta.env.FIREFOX;

/** "Quick exit": the neutral page, the shortcut, and the optional parts of an exit. */
export function ExitSection({ settings }: { settings: Settings }) {
  return (
    <Section id="exit" title={t('options_exit_title')} intro={t('options_exit_intro')}>
      <DecoyField decoyUrl={settings.exit.decoyUrl} />
      <ShortcutInfo />
      <Toggle
        label={t('options_exit_shift')}
        hint={t('options_exit_shift_hint')}
        checked={settings.exit.inPageTrigger}
        change={(value) => (s) => ({ ...s, exit: { ...s.exit, inPageTrigger: value } })}
      />
      <Toggle
        label={t('options_exit_button')}
        hint={t('options_exit_button_hint')}
        checked={settings.exit.showButtonOnSites}
        change={(value) => (s) => ({ ...s, exit: { ...s.exit, showButtonOnSites: value } })}
      />
      <Toggle
        label={t('options_exit_mute')}
        hint={t('options_exit_mute_hint')}
        checked={settings.exit.muteTabs}
        change={(value) => (s) => ({ ...s, exit: { ...s.exit, muteTabs: value } })}
      />
      <Toggle
        label={t('options_exit_close_window')}
        hint={t('options_exit_close_window_hint')}
        checked={settings.exit.closeWindow}
        change={(value) => (s) => ({ ...s, exit: { ...s.exit, closeWindow: value } })}
      />
    </Section>
  );
}

/**
 * The neutral page, saved when the survivor presses Save (a half-typed address must
 * never become the page an exit opens). Refused with the schema's own reason: not a
 * web address, or on one of the chosen sites.
 */
export function DecoyField({ decoyUrl }: { decoyUrl: string }) {
  const id = useId();
  const [draft, setDraft] = useState(decoyUrl);
  const [dirty, setDirty] = useState(false);
  const [messages, setMessages] = useState<Message[]>([]);
  // Follow changes made elsewhere, unless the survivor is in the middle of typing.
  useEffect(() => {
    if (!dirty) setDraft(decoyUrl);
  }, [decoyUrl, dirty]);

  const save = async (url: string) => {
    const value = url.trim();
    if (!decoyUrlSchema.safeParse(value).success) return setMessages(errors([t('options_exit_decoy_not_web')]));
    // On a chosen site is refused by the one rule (lib/lock/site-index.ts), readable
    // list or locked: it needs the sites' keys only.
    const problems = await saveDecoyUrl(value).then(
      () => [],
      (error: unknown) => (error instanceof InvalidSettingsError ? error.problems.map(plainProblem) : [t('options_save_failed')]),
    );
    if (problems.length) return setMessages(errors(problems));
    setDirty(false);
    setDraft(value);
    setMessages([{ kind: 'done', text: t('options_exit_decoy_saved', value) }]);
  };

  return (
    <form
      class="field"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save(draft);
      }}
    >
      <label for={id}>{t('options_exit_decoy_label')}</label>
      <p class="hint" id={`${id}-hint`}>
        {t('options_exit_decoy_hint')}
      </p>
      <div class="inline">
        <input
          id={id}
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          value={draft}
          aria-describedby={`${id}-hint ${id}-messages`}
          aria-invalid={messages.some((m) => m.kind === 'error')}
          onInput={(e) => {
            setDraft(e.currentTarget.value);
            setDirty(true);
          }}
        />
        <button type="submit">{t('options_exit_decoy_save')}</button>
      </div>
      {decoyUrl !== DEFAULT_DECOY_URL && (
        <button type="button" class="button--link" onClick={() => void save(DEFAULT_DECOY_URL)}>
          {t('options_exit_decoy_default', DEFAULT_DECOY_URL)}
        </button>
      )}
      <Messages id={`${id}-messages`} messages={messages} />
    </form>
  );
}

/**
 * The browser-wide shortcut as the browser has it now. Pages cannot open the
 * browser's shortcut settings (chrome:// links are blocked), so it says where they are.
 */
export function ShortcutInfo() {
  const [shortcut, setShortcut] = useState<string | null>();
  useEffect(() => {
    const read = () =>
      void browser.commands
        .getAll()
        .then((all) => setShortcut(all.find((c) => c.name === 'quick-exit')?.shortcut || null))
        .catch(() => setShortcut(null));
    read();
    // The survivor may change it in another tab and come back.
    document.addEventListener('visibilitychange', read);
    window.addEventListener('focus', read);
    return () => {
      document.removeEventListener('visibilitychange', read);
      window.removeEventListener('focus', read);
    };
  }, []);

  return (
    <div class="field">
      <h3>{t('options_exit_shortcut_title')}</h3>
      <p data-testid="shortcut">
        {shortcut === undefined ? '' : shortcut ? t('options_exit_shortcut_is', shortcut) : t('options_exit_shortcut_none')}
      </p>
      <p class="hint">{isFirefox ? t('options_exit_shortcut_change_firefox') : t('options_exit_shortcut_change_chrome')}</p>
    </div>
  );
}
