import { useEffect, useId, useState } from 'preact/hooks';
import { BLUR_CATEGORIES, type BlurCategory } from '@/lib/blur/categories';
import { prepareCustomTerms } from '@/lib/blur/custom-terms';
import { MAX_CUSTOM_TERM_LENGTH, MAX_CUSTOM_TERMS, type Settings } from '@/lib/settings/schema';
import { removeSite } from '@/lib/sites';
import { formatNumber, t } from '../i18n';
import { Messages, Section, Toggle, VisuallyHidden, errors, type Message } from './controls';
import { saveChange } from './settings-hooks';
import { NeverWarnList } from './NeverWarnList';

/** The label key of a category: options_category_sexual_violence. */
export const categoryLabel = (id: BlurCategory) => t(`options_category_${id.replace(/-/g, '_')}`);

/** "Content warnings": on/off, the categories, the survivor's own words, and paused sites. */
export function ContentWarningsSection({ settings }: { settings: Settings }) {
  return (
    <Section id="warnings" title={t('options_blur_title')} intro={t('options_blur_intro')}>
      <Toggle
        label={t('options_blur_enabled')}
        hint={t('options_blur_enabled_hint')}
        checked={settings.blur.enabled}
        change={(value) => (s) => ({ ...s, blur: { ...s.blur, enabled: value } })}
      />
      <CategoryChoices settings={settings} />
      <CustomTermsField terms={settings.blur.customTerms} />
      {/* The context-menu item is there only without a disguise (entrypoints/background/corrections.ts). */}
      {settings.discretion.disguise === 'none' && <p class="hint">{t('options_blur_words_menu')}</p>}
      <NeverWarnList blur={settings.blur} />
      <PausedSites sites={settings.blur.pausedSites} />
    </Section>
  );
}

export function CategoryChoices({ settings }: { settings: Settings }) {
  return (
    <fieldset class="field categories">
      <legend>{t('options_blur_categories')}</legend>
      {!settings.blur.enabled && <p class="hint">{t('options_blur_categories_off')}</p>}
      {BLUR_CATEGORIES.map((id) => (
        <Toggle
          key={id}
          label={categoryLabel(id)}
          checked={settings.blur.categories[id]}
          change={(value) => (s) => ({ ...s, blur: { ...s.blur, categories: { ...s.blur.categories, [id]: value } } })}
        />
      ))}
    </fieldset>
  );
}

/** One word or phrase per line, matched literally (never as a pattern). */
export function toCustomTerms(text: string): { terms: string[]; problems: string[] } {
  const terms = [
    ...new Set(
      text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean),
    ),
  ];
  const problems: string[] = [];
  terms.forEach((term, i) => {
    if (term.length > MAX_CUSTOM_TERM_LENGTH)
      problems.push(t('options_blur_words_too_long', [formatNumber(i + 1), formatNumber(MAX_CUSTOM_TERM_LENGTH)]));
  });
  if (terms.length > MAX_CUSTOM_TERMS) problems.push(t('options_blur_words_too_many', formatNumber(MAX_CUSTOM_TERMS)));
  // Words the matcher would leave out: say so now, rather than save a word that never works.
  for (const { term, reason } of prepareCustomTerms(terms).skipped) {
    if (reason === 'no-letters') problems.push(t('options_blur_words_no_letters', term));
    else if (reason === 'too-short') problems.push(t('options_blur_words_too_short', term));
  }
  return { terms, problems };
}

function CustomTermsField({ terms }: { terms: string[] }) {
  const id = useId();
  const joined = terms.join('\n');
  const [draft, setDraft] = useState(joined);
  const [dirty, setDirty] = useState(false);
  const [messages, setMessages] = useState<Message[]>([]);
  useEffect(() => {
    if (!dirty) setDraft(joined);
  }, [joined, dirty]);

  const save = async (event: Event) => {
    event.preventDefault();
    const { terms: next, problems } = toCustomTerms(draft);
    if (problems.length) return setMessages(errors(problems));
    const refused = await saveChange((s) => ({ ...s, blur: { ...s.blur, customTerms: next } }));
    if (refused.length) return setMessages(errors(refused));
    setDirty(false);
    setDraft(next.join('\n'));
    setMessages([
      { kind: 'done', text: next.length ? t('options_blur_words_saved', formatNumber(next.length)) : t('options_blur_words_cleared') },
    ]);
  };

  return (
    <form class="field" onSubmit={(e) => void save(e)} noValidate>
      <label for={id}>{t('options_blur_words_label')}</label>
      <p class="hint" id={`${id}-hint`}>
        {t('options_blur_words_hint')}
      </p>
      <textarea
        id={id}
        rows={5}
        spellcheck={false}
        value={draft}
        aria-describedby={`${id}-hint ${id}-messages`}
        onInput={(e) => {
          setDraft(e.currentTarget.value);
          setDirty(true);
        }}
      />
      <div class="buttons">
        <button type="submit">{t('options_blur_words_save')}</button>
      </div>
      <Messages id={`${id}-messages`} messages={messages} />
    </form>
  );
}

function PausedSites({ sites }: { sites: string[] }) {
  const [messages, setMessages] = useState<Message[]>([]);
  const resume = async (site: string) => {
    const problems = await saveChange((s) => ({ ...s, blur: { ...s.blur, pausedSites: removeSite(s.blur.pausedSites, site) } }));
    setMessages(problems.length ? errors(problems) : [{ kind: 'done', text: t('options_blur_paused_resumed', site) }]);
  };
  return (
    <div class="field">
      <h3 id="paused-sites-title">{t('options_blur_paused_title')}</h3>
      <p class="hint">{t('options_blur_paused_hint')}</p>
      {sites.length === 0 ? (
        <p class="empty">{t('options_blur_paused_none')}</p>
      ) : (
        <ul class="rows" aria-labelledby="paused-sites-title">
          {sites.map((site) => (
            <li class="row" key={site}>
              <span class="row__name">{site}</span>
              <button type="button" class="button--quiet" onClick={() => void resume(site)}>
                {t('options_blur_paused_remove')} <VisuallyHidden>{site}</VisuallyHidden>
              </button>
            </li>
          ))}
        </ul>
      )}
      <Messages messages={messages} />
    </div>
  );
}
