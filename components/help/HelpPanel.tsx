import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { ANYWHERE_ELSE, countryName, isSupportedCountry, supportedCountries } from '@/lib/help/locale';
import { filterEntries, peerSupportEntries, talkNowEntries } from '@/lib/help/queries';
import { peerSupportGaps } from '@/lib/help/data/peer-gaps';
import { INTERNATIONAL, SERVES, type HelpEntry, type Serve } from '@/lib/help/schema';
import { t, uiLanguage } from '../i18n';
import { BreatheView } from './BreatheView';
import { HotlineCard, type EntryCardProps } from './HotlineCard';
import { needLabel, uiLocale } from './labels';
import { PeerGroupCard } from './PeerGroupCard';
import './help.css';

export interface HelpPanelProps {
  /** ISO code, or undefined = not known. */
  country: string | undefined;
  /** The popup stores it in settings (help.country). */
  onCountryChange(country: string): void;
  /** The popup opens it so that it leaves no history trace. */
  onOpenWebsite(url: string): void;
  /** The view to open on; the popup opened in a tab by "Take a moment" starts at Breathe. */
  initialView?: HelpView | undefined;
}

export const HELP_VIEWS = ['talk', 'peer', 'breathe'] as const;
export type HelpView = (typeof HELP_VIEWS)[number];

const VIEW_LABEL_KEYS: Record<HelpView, string> = {
  talk: 'help_tab_talk',
  peer: 'help_tab_peer',
  breathe: 'help_tab_breathe',
};

/** The popup's help: country, then "Talk to someone now", "Peer support" and "Breathe". */
export function HelpPanel({ country, onCountryChange, onOpenWebsite, initialView }: HelpPanelProps) {
  const locale = useMemo(uiLocale, []);
  // The language of the popup's own strings (not @@ui_locale, which can lag behind them
  // just after the browser starts): the directory's texts follow it where translated.
  const language = useMemo(uiLanguage, []);
  // Shown at once when the survivor picks a country, even before the stored setting
  // comes back through the props.
  const [chosen, setChosen] = useState(country);
  useEffect(() => setChosen(country), [country]);
  const [view, setView] = useState<HelpView>(initialView ?? 'talk');
  const [need, setNeed] = useState<Serve | undefined>(undefined);
  const [query, setQuery] = useState('');

  const chooseCountry = (code: string) => {
    setChosen(code);
    onCountryChange(code);
  };

  const listProps = { country: chosen, locale, language, need, query, onNeedChange: setNeed, onQueryChange: setQuery, onOpenWebsite };

  return (
    <section class="help" aria-labelledby="help-heading">
      <h2 id="help-heading" class="help__heading">
        {t('help_heading')}
      </h2>
      <CountryPicker country={chosen} locale={locale} onChange={chooseCountry} />
      <HelpTabs view={view} onChange={setView} />
      {HELP_VIEWS.map((v) => (
        <div key={v} role="tabpanel" id={`help-panel-${v}`} aria-labelledby={`help-tab-${v}`} hidden={v !== view} class="help__panel">
          {/* Only the visible view is built: the popup's first screen must be quick. */}
          {v === view && v === 'talk' && <EntryListView kind="talk" {...listProps} />}
          {v === view && v === 'peer' && <EntryListView kind="peer" {...listProps} />}
          {v === view && v === 'breathe' && <BreatheView />}
        </div>
      ))}
    </section>
  );
}

function CountryPicker({ country, locale, onChange }: { country: string | undefined; locale: string; onChange(code: string): void }) {
  const countries = useMemo(() => supportedCountries(locale), [locale]);
  const unlisted = country !== undefined && country !== ANYWHERE_ELSE && !isSupportedCountry(country);
  return (
    <div class="help-field help-country">
      <label for="help-country">{t('help_country_label')}</label>
      <select
        id="help-country"
        value={country ?? ''}
        onChange={(e) => {
          const value = e.currentTarget.value;
          if (value !== '') onChange(value);
        }}
      >
        {country === undefined && <option value="">{t('help_country_choose')}</option>}
        {unlisted && <option value={country}>{t('help_country_unlisted', countryName(country, locale))}</option>}
        {countries.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
        <option value={ANYWHERE_ELSE}>{t('help_country_elsewhere')}</option>
      </select>
    </div>
  );
}

/** ARIA tabs (WAI-ARIA APG, automatic activation): arrows, Home and End move between them. */
function HelpTabs({ view, onChange }: { view: HelpView; onChange(view: HelpView): void }) {
  const tabs = useRef<Partial<Record<HelpView, HTMLButtonElement | null>>>({});
  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLDivElement>) => {
    const index = HELP_VIEWS.indexOf(view);
    const last = HELP_VIEWS.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % HELP_VIEWS.length
        : event.key === 'ArrowLeft'
          ? (index + last) % HELP_VIEWS.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : undefined;
    if (next === undefined) return;
    event.preventDefault();
    const target = HELP_VIEWS[next]!;
    onChange(target);
    tabs.current[target]?.focus();
  };
  return (
    <div role="tablist" aria-label={t('help_tabs_label')} class="help-tabs" onKeyDown={onKeyDown}>
      {HELP_VIEWS.map((v) => (
        <button
          key={v}
          ref={(el) => {
            tabs.current[v] = el;
          }}
          type="button"
          role="tab"
          id={`help-tab-${v}`}
          class="help-tab"
          aria-selected={v === view}
          aria-controls={`help-panel-${v}`}
          tabIndex={v === view ? 0 : -1}
          onClick={() => onChange(v)}
        >
          {t(VIEW_LABEL_KEYS[v])}
        </button>
      ))}
    </div>
  );
}

interface EntryListViewProps {
  kind: 'talk' | 'peer';
  country: string | undefined;
  locale: string;
  language: string;
  need: Serve | undefined;
  query: string;
  onNeedChange(need: Serve | undefined): void;
  onQueryChange(query: string): void;
  onOpenWebsite(url: string): void;
}

/** "Talk to someone now" or "Peer support": filters, then the country's entries, then help from anywhere. */
function EntryListView({ kind, country, locale, language, need, query, onNeedChange, onQueryChange, onOpenWebsite }: EntryListViewProps) {
  const all = useMemo(() => (kind === 'talk' ? talkNowEntries(country) : peerSupportEntries(country)), [kind, country]);
  const shown = useMemo(() => filterEntries(all, { need, query }, needLabel), [all, need, query]);
  const own = shown.filter((e) => e.country !== INTERNATIONAL);
  const anywhere = shown.filter((e) => e.country === INTERNATIONAL);
  const hasOwn = all.some((e) => e.country !== INTERNATIONAL);
  const filtering = need !== undefined || query.trim() !== '';
  const Card = kind === 'talk' ? HotlineCard : PeerGroupCard;
  const idPrefix = `help-${kind}`;

  let anywhereNote: string | undefined;
  if (country === undefined) anywhereNote = t('help_choose_country_prompt');
  else if (!hasOwn) anywhereNote = kind === 'talk' ? t('help_no_local_lines') : t('help_no_local_groups');
  // Fewer than three groups of its own could be confirmed (lib/help/data/peer-gaps.ts): say so plainly.
  else if (kind === 'peer' && peerSupportGaps.some((gap) => gap.country === country)) anywhereNote = t('help_few_local_groups');

  return (
    <div class="help-list">
      {kind === 'peer' && <p class="help-intro">{t('help_peer_intro')}</p>}
      <div class="help-filters">
        <div class="help-field">
          <label for={`${idPrefix}-need`}>{t('help_filter_need_label')}</label>
          <select
            id={`${idPrefix}-need`}
            value={need ?? ''}
            onChange={(e) => {
              const value = e.currentTarget.value;
              onNeedChange((SERVES as readonly string[]).includes(value) ? (value as Serve) : undefined);
            }}
          >
            <option value="">{t('help_need_all')}</option>
            {SERVES.map((s) => (
              <option key={s} value={s}>
                {needLabel(s)}
              </option>
            ))}
          </select>
        </div>
        <div class="help-field">
          <label for={`${idPrefix}-search`}>{t('help_search_label')}</label>
          <input
            id={`${idPrefix}-search`}
            type="search"
            value={query}
            autoComplete="off"
            spellcheck={false}
            onInput={(e) => onQueryChange(e.currentTarget.value)}
          />
        </div>
      </div>
      <p class="help-list__count" role="status">
        {filtering && shown.length > 0 ? t('help_results_count', String(shown.length)) : ''}
      </p>
      {shown.length === 0 ? (
        <div class="help-empty">
          <p>{t('help_no_results')}</p>
          <button
            type="button"
            class="help-button"
            onClick={() => {
              onNeedChange(undefined);
              onQueryChange('');
            }}
          >
            {t('help_clear_filters')}
          </button>
        </div>
      ) : (
        <>
          {kind === 'talk' && <p class="help-note">{t('help_call_log_note')}</p>}
          {own.length > 0 && country !== undefined && (
            <EntrySection
              id={`${idPrefix}-own`}
              title={countryName(country, locale)}
              entries={own}
              Card={Card}
              locale={locale}
              language={language}
              onOpenWebsite={onOpenWebsite}
            />
          )}
          {anywhere.length > 0 && (
            <EntrySection
              id={`${idPrefix}-anywhere`}
              title={t('help_section_anywhere')}
              note={anywhereNote}
              entries={anywhere}
              Card={Card}
              locale={locale}
              language={language}
              onOpenWebsite={onOpenWebsite}
            />
          )}
        </>
      )}
    </div>
  );
}

function EntrySection(props: {
  id: string;
  title: string;
  note?: string | undefined;
  entries: HelpEntry[];
  Card: (props: EntryCardProps) => JSX.Element;
  locale: string;
  language: string;
  onOpenWebsite(url: string): void;
}) {
  const { id, title, note, entries, Card, locale, language, onOpenWebsite } = props;
  return (
    <section class="help-section" aria-labelledby={id}>
      <h3 id={id} class="help-section__title">
        {title}
      </h3>
      {note && <p class="help-note">{note}</p>}
      <ul class="help-cards">
        {entries.map((entry) => (
          <li key={entry.id}>
            <Card entry={entry} locale={locale} language={language} onOpenWebsite={onOpenWebsite} />
          </li>
        ))}
      </ul>
    </section>
  );
}
