import { useId, useRef, useState } from 'preact/hooks';
import { exportableSettings, importSettings } from '@/lib/platform/chosen-sites';
import { InvalidSettingsError } from '@/lib/platform/settings-store';
import { ProtectedDataError } from '@/lib/platform/site-lock';
import { MAX_SETTINGS_FILE_BYTES, parseSettingsFile, serializeSettingsFile, type SettingsFile } from '@/lib/settings/file';
import { formatNumber, t } from '../i18n';
import { useLock } from '../lock/lock-context';
import { Confirm, Messages, Section, errors, type Message } from './controls';
import { plainProblem } from './settings-hooks';
import { settingsNoticeText } from './settings-notices';
import { datedFileName, downloadTextFile } from './download';
import { useSiteEraser } from './site-erasing';

/** "Back up your settings": export to a file and import one back (docs/settings.md). */
export function BackupSection() {
  const id = useId();
  const [exported, setExported] = useState<Message[]>([]);
  const [messages, setMessages] = useState<Message[]>([]);
  const [pending, setPending] = useState<{ name: string; settings: SettingsFile }>();
  const input = useRef<HTMLInputElement>(null);
  const eraser = useSiteEraser();
  // With a PIN, this page was opened with it: the file gets the readable list.
  const { unlocked } = useLock();

  const exportFile = async () => {
    // Read at the moment of export, so that a change made a second ago is in the file.
    const settings = await exportableSettings(unlocked);
    const name = datedFileName('quiet-tabs-settings', new Date());
    downloadTextFile(document, name, serializeSettingsFile(settings));
    setExported([{ kind: 'done', text: t('options_backup_exported', name) }]);
  };

  const readFile = async (file: File | undefined) => {
    setPending(undefined);
    if (!file) return;
    // A file over the limit is refused without being read.
    const text = file.size > MAX_SETTINGS_FILE_BYTES ? '' : await file.text().catch(() => undefined);
    if (text === undefined) return setMessages(errors([t('options_backup_unreadable')]));
    const result = parseSettingsFile(text, file.size);
    if (!result.ok) {
      // Cleared so that choosing the same file again, once fixed, reads it again.
      if (input.current) input.current.value = '';
      setMessages([
        { kind: 'error', text: t('options_backup_refused', file.name) },
        ...errors(result.errors.map((problem) => settingsNoticeText(problem))),
      ]);
      return;
    }
    setMessages([]);
    setPending({ name: file.name, settings: result.settings });
  };

  const replace = async () => {
    if (!pending) return;
    let added: string[];
    try {
      // With a PIN set, the file's list is encrypted on the way in (never stored readable).
      added = await importSettings(pending.settings, unlocked);
    } catch (error) {
      setPending(undefined);
      if (input.current) input.current.value = '';
      const why =
        error instanceof ProtectedDataError && error.reason === 'calculator-passphrase'
          ? [t('lock_import_calculator')]
          : error instanceof InvalidSettingsError
            ? error.problems.map(plainProblem)
            : [(error as Error).message];
      return setMessages([{ kind: 'error', text: t('options_backup_refused', pending.name) }, ...errors(why)]);
    }
    setPending(undefined);
    if (input.current) input.current.value = '';
    const done: Message = { kind: 'done', text: t('options_backup_imported', pending.name) };
    setMessages([done]);
    // Sites that are new to this browser get their earlier visits removed, as when typed in.
    await eraser.erase(added);
  };

  return (
    <Section id="backup" title={t('options_backup_title')} intro={t('options_backup_intro')}>
      <div class="field">
        <button type="button" onClick={() => void exportFile()}>
          {t('options_backup_export')}
        </button>
        <p class="hint">{t('options_backup_export_hint')}</p>
        <Messages messages={exported} />
      </div>
      <div class="field">
        <label for={id}>{t('options_backup_import')}</label>
        <p class="hint" id={`${id}-hint`}>
          {t('options_backup_import_hint')}
        </p>
        <input
          id={id}
          ref={input}
          type="file"
          accept=".json,application/json"
          aria-describedby={`${id}-hint`}
          onChange={(e) => void readFile(e.currentTarget.files?.[0])}
        />
        {pending && (
          <Confirm
            question={t('options_backup_confirm', [pending.name, formatNumber(pending.settings.sites.length)])}
            confirmLabel={t('options_backup_replace')}
            cancelLabel={t('options_backup_cancel')}
            onConfirm={() => void replace()}
            onCancel={() => {
              setPending(undefined);
              setMessages([{ kind: 'note', text: t('options_backup_cancelled') }]);
              if (input.current) input.current.value = '';
            }}
          />
        )}
        <Messages messages={[...messages, ...eraser.messages]} />
      </div>
    </Section>
  );
}
