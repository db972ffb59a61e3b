import { useId, useState } from 'preact/hooks';
import { sendToBackground } from '@/lib/platform/messaging';
import type { Settings } from '@/lib/settings/schema';
import { isSharedSuffix, normalizeSiteInput } from '@/lib/sites';
import { uiLanguage, t } from '../i18n';
import { ListProtectionFact } from '../lock/ListProtectionFact';
import { forgetChosenSite, saveChosenSite, useChosenSiteList } from '../lock/use-chosen-sites';
import { Confirm, Messages, Section, Toggle, VisuallyHidden, errors, type Message } from './controls';
import { useEraseProgress, useEraseStats, useSiteEraser } from './site-erasing';
import { formatCount, formatWhen } from './settings-hooks';

/** "Sites you keep private": the list, how each one was cleared, and the options for erasing. */
export function SitesSection({ settings }: { settings: Settings }) {
  const eraser = useSiteEraser();
  // Readable or behind the PIN (then this page was opened with it): lib/platform/chosen-sites.ts.
  const list = useChosenSiteList();
  const sites = list?.sites ?? [];
  const [check, setCheck] = useState<Message[]>([]);
  const [checking, setChecking] = useState(false);
  const language = uiLanguage();

  const checkNow = async () => {
    setChecking(true);
    setCheck([{ kind: 'note', text: t('options_sites_checking') }]);
    try {
      const { found } = await sendToBackground({ type: 'check-history' });
      setCheck([
        { kind: 'done', text: found ? t('options_sites_check_removed', formatCount(found, language)) : t('options_sites_check_none') },
      ]);
    } catch {
      setCheck([{ kind: 'error', text: t('options_sites_check_failed') }]);
    }
    setChecking(false);
  };

  // Data and downloads are removed as part of erasing a site: when the survivor turns
  // one on, do it now for the sites already chosen rather than only for new ones.
  const applyToChosenSites = (on: boolean) => {
    if (on) void eraser.erase(sites);
  };

  return (
    <Section id="sites" title={t('options_sites_title')} intro={t('options_sites_intro')}>
      <SiteAdder sites={sites} eraser={eraser} />
      <ChosenSiteList sites={sites} keys={list?.keys ?? {}} />
      <div class="field">
        <button type="button" onClick={() => void checkNow()} disabled={checking || !sites.length}>
          {t('options_sites_check')}
        </button>
        <p class="hint">{t('options_sites_check_hint')}</p>
        <Messages messages={check} />
      </div>
      <Toggle
        label={t('options_sites_remove_data')}
        hint={t('options_sites_remove_data_hint')}
        checked={settings.history.removeSiteData}
        change={(value) => (s) => ({ ...s, history: { ...s.history, removeSiteData: value } })}
        onSaved={applyToChosenSites}
      />
      <Toggle
        label={t('options_sites_remove_downloads')}
        hint={t('options_sites_remove_downloads_hint')}
        checked={settings.history.removeDownloads}
        change={(value) => (s) => ({ ...s, history: { ...s.history, removeDownloads: value } })}
        onSaved={applyToChosenSites}
      />
      <ListProtectionFact unreadable={list?.unreadable} damaged={list?.damaged} />
    </Section>
  );
}

/**
 * Typing a site address: normalised as the rest of the extension reads it, with its
 * message when the input was refused or changed, then its earlier visits removed.
 */
export function SiteAdder({ sites, eraser }: { sites: readonly string[]; eraser: ReturnType<typeof useSiteEraser> }) {
  const id = useId();
  const [input, setInput] = useState('');
  const [refused, setRefused] = useState<Message[]>([]);
  const progress = useEraseProgress();
  const language = uiLanguage();

  const add = async (event: Event) => {
    event.preventDefault();
    const result = normalizeSiteInput(input);
    if (!result.ok) return setRefused(errors([t(result.problem.key, result.problem.substitutions)]));
    if (sites.includes(result.site)) return setRefused([{ kind: 'note', text: t('options_sites_already', result.site) }]);
    const problems = await saveChosenSite(result.site);
    if (problems.length) return setRefused(errors(problems));
    setRefused([]);
    setInput('');
    await eraser.erase([result.site], result.note ? [{ kind: 'note', text: t('options_sites_saved_as', result.site) }] : []);
  };

  return (
    <form class="field site-adder" onSubmit={(e) => void add(e)} noValidate>
      <label for={id}>{t('options_sites_add_label')}</label>
      <p class="hint" id={`${id}-hint`}>
        {t('options_sites_add_hint')}
      </p>
      <div class="inline">
        <input
          id={id}
          type="text"
          inputMode="url"
          autoComplete="off"
          autoCapitalize="off"
          spellcheck={false}
          value={input}
          aria-describedby={`${id}-hint ${id}-messages`}
          aria-invalid={refused.some((m) => m.kind === 'error')}
          onInput={(e) => setInput(e.currentTarget.value)}
        />
        <button type="submit" disabled={eraser.busy}>
          {t('options_sites_add')}
        </button>
      </div>
      <Messages id={`${id}-messages`} messages={[...refused, ...eraser.messages]} />
      {eraser.busy && progress && progress.total > 0 && (
        <div class="progress">
          <label for={`${id}-progress`}>
            {t('options_sites_progress', [progress.site, formatCount(progress.done, language), formatCount(progress.total, language)])}
          </label>
          <progress id={`${id}-progress`} max={progress.total} value={progress.done} />
        </div>
      )}
    </form>
  );
}

/** The chosen sites, each with when its history was last cleared and how many entries went (never URLs). */
export function ChosenSiteList({
  sites,
  keys,
}: {
  sites: readonly string[];
  /** Site → site key: statistics are kept by key. */ keys: Record<string, string>;
}) {
  const stats = useEraseStats();
  const [confirming, setConfirming] = useState<string>();
  const [messages, setMessages] = useState<Message[]>([]);
  const language = uiLanguage();

  const remove = async (site: string) => {
    setConfirming(undefined);
    const problems = await forgetChosenSite(site);
    setMessages(problems.length ? errors(problems) : [{ kind: 'done', text: t('options_sites_removed', site) }]);
  };

  return (
    <div class="site-list">
      <h3 id="chosen-sites-title">{t('options_sites_list_title')}</h3>
      {sites.length === 0 ? (
        <p class="empty">{t('options_sites_none')}</p>
      ) : (
        <ul class="rows" aria-labelledby="chosen-sites-title">
          {sites.map((site) => {
            const key = keys[site];
            const stat = key ? stats[key] : undefined;
            return (
              <li class="row" key={site}>
                <div class="row__main">
                  <span class="row__name">{site}</span>
                  <span class="row__detail">
                    {stat && stat.lastClearedAt > 0
                      ? t('options_sites_stats', [formatWhen(stat.lastClearedAt, language), formatCount(stat.removed, language)])
                      : t('options_sites_not_cleared')}
                  </span>
                  {/* Chosen before shared endings were refused: kept, never dropped unseen. */}
                  {isSharedSuffix(site) && <span class="row__detail">{t('options_sites_shared_suffix', site)}</span>}
                </div>
                {confirming === site ? (
                  <Confirm
                    question={t('options_sites_remove_question', site)}
                    confirmLabel={t('options_sites_remove_confirm', site)}
                    cancelLabel={t('options_sites_remove_cancel')}
                    onConfirm={() => void remove(site)}
                    onCancel={() => setConfirming(undefined)}
                  />
                ) : (
                  <button type="button" class="button--quiet" onClick={() => setConfirming(site)}>
                    {t('options_sites_remove')} <VisuallyHidden>{site}</VisuallyHidden>
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <Messages messages={messages} />
    </div>
  );
}
