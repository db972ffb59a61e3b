import { useState } from 'preact/hooks';
import type { Settings } from '@/lib/settings/schema';
import { t } from '../i18n';
import { Messages, VisuallyHidden, errors, type Message } from './controls';
import { saveChange } from './settings-hooks';

/**
 * What the survivor chose not to be warned about, from a label on a page
 * (lib/blur/corrections.ts): the phrases as text, the passages by number only (only
 * their fingerprint is stored). Removing one brings the warning back at once in
 * every open tab.
 */
export function NeverWarnList({ blur }: { blur: Settings['blur'] }) {
  const [messages, setMessages] = useState<Message[]>([]);
  const save = async (change: (b: Settings['blur']) => Settings['blur']) => {
    const problems = await saveChange((s) => ({ ...s, blur: change(s.blur) }));
    setMessages(problems.length ? errors(problems) : [{ kind: 'done', text: t('options_blur_never_removed') }]);
  };
  const removePhrase = (phrase: string) => save((b) => ({ ...b, neverWarnPhrases: b.neverWarnPhrases.filter((p) => p !== phrase) }));
  const removePassage = (fingerprint: number) =>
    save((b) => ({ ...b, neverWarnPassages: b.neverWarnPassages.filter((p) => p !== fingerprint) }));
  const empty = !blur.neverWarnPhrases.length && !blur.neverWarnPassages.length;
  return (
    <div class="field never-warn">
      <h3 id="never-warn-title">{t('options_blur_never_title')}</h3>
      <p class="hint">{t('options_blur_never_hint')}</p>
      {empty && <p class="empty">{t('options_blur_never_none')}</p>}
      {blur.neverWarnPhrases.length > 0 && (
        <>
          <h4 id="never-warn-phrases">{t('options_blur_never_phrases')}</h4>
          <ul class="rows" aria-labelledby="never-warn-phrases">
            {blur.neverWarnPhrases.map((phrase) => (
              <li class="row" key={phrase}>
                <span class="row__name">{phrase}</span>
                <button type="button" class="button--quiet" onClick={() => void removePhrase(phrase)}>
                  {t('options_blur_never_remove')} <VisuallyHidden>{phrase}</VisuallyHidden>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {blur.neverWarnPassages.length > 0 && (
        <>
          <h4 id="never-warn-passages">{t('options_blur_never_passages')}</h4>
          <ul class="rows" aria-labelledby="never-warn-passages">
            {blur.neverWarnPassages.map((fingerprint, i) => {
              const name = t('options_blur_never_passage_name', [String(i + 1), fingerprint.toString(16).padStart(8, '0')]);
              return (
                <li class="row" key={fingerprint}>
                  <span class="row__name">{name}</span>
                  <button type="button" class="button--quiet" onClick={() => void removePassage(fingerprint)}>
                    {t('options_blur_never_remove')} <VisuallyHidden>{name}</VisuallyHidden>
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <Messages messages={messages} />
    </div>
  );
}
