import { useEffect, useState } from 'preact/hooks';
import { forgetSetAside, loadSetAside, watchSetAside, type SetAsideSettings } from '@/lib/platform/settings-store';
import { uiLanguage, t } from '../i18n';
import { datedFileName, downloadTextFile } from './download';
import { formatWhen } from './settings-hooks';
import { settingsNoticeText } from './settings-notices';

/** The stored value exactly as it was found, for the survivor to keep or fix by hand. */
function saveCopy(entry: SetAsideSettings): void {
  downloadTextFile(document, datedFileName('quiet-tabs-old-settings', new Date(entry.at)), `${JSON.stringify(entry.value, null, 2)}\n`);
}

/**
 * Shown at the top when stored settings could not be used as they were: which parts
 * went back to their defaults and why, with a way to keep the old copy. Nothing is
 * ever lost silently; dismissing deletes the copy, because it may hold the list of
 * chosen sites.
 */
export function SetAsideNotice() {
  const [entries, setEntries] = useState<SetAsideSettings[]>([]);
  useEffect(() => {
    let live = true;
    void loadSetAside()
      .then((v) => live && setEntries(v))
      .catch(() => undefined);
    const stop = watchSetAside((v) => live && setEntries(v));
    return () => {
      live = false;
      stop();
    };
  }, []);
  if (!entries.length) return null;

  const language = uiLanguage();
  return (
    <section class="notice" aria-labelledby="set-aside-title">
      <h2 id="set-aside-title">{t('options_setaside_title')}</h2>
      <p>{t('options_setaside_intro')}</p>
      {entries.map((entry) => (
        <div class="notice__entry" key={entry.at}>
          <p class="notice__when">{t('options_setaside_when', formatWhen(entry.at, language))}</p>
          <ul>
            {entry.problems.map((problem, index) => (
              <li key={index}>{settingsNoticeText(problem, language)}</li>
            ))}
          </ul>
          <button type="button" onClick={() => saveCopy(entry)}>
            {t('options_setaside_save')}
          </button>
        </div>
      ))}
      <p class="hint">{t('options_setaside_dismiss_hint')}</p>
      <button type="button" class="button--quiet" onClick={() => void forgetSetAside().catch(() => undefined)}>
        {t('options_setaside_dismiss')}
      </button>
    </section>
  );
}
