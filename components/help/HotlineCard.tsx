import type { HelpEntry } from '@/lib/help/schema';
import { entryTextsFor } from '@/lib/help/entry-text';
import { isAlwaysOpen } from '@/lib/help/queries';
import { t } from '../i18n';
import { ContactActions } from './ContactActions';
import { EntryFacts, EntrySources, InEnglish } from './EntryDetails';

export interface EntryCardProps {
  entry: HelpEntry;
  /** The browser's locale, for dates and country and language names. */
  locale: string;
  /** The language the popup's strings are in: the entry's own texts follow it where translated. */
  language: string;
  onOpenWebsite(url: string): void;
}

/** A line, chat service or directory in "Talk to someone now". */
export function HotlineCard({ entry, locale, language, onOpenWebsite }: EntryCardProps) {
  const headingId = `help-entry-${entry.id}`;
  const texts = entryTextsFor(entry, language);
  return (
    <article class="help-card" aria-labelledby={headingId}>
      <h4 id={headingId} class="help-card__name">
        {entry.name}
      </h4>
      {(isAlwaysOpen(entry) || entry.region || entry.kind === 'directory') && (
        <p class="help-badges">
          {isAlwaysOpen(entry) && <span class="help-badge help-badge--open">{t('help_open_247')}</span>}
          {entry.region && <span class="help-badge">{t('help_regional', entry.region)}</span>}
          {entry.kind === 'directory' && <span class="help-badge">{t('help_kind_directory')}</span>}
        </p>
      )}
      <p class="help-card__description" lang={texts.description.lang}>
        {texts.description.text}
      </p>
      <InEnglish texts={texts} />
      <ContactActions entry={entry} onOpenWebsite={onOpenWebsite} />
      <EntryFacts entry={entry} texts={texts} locale={locale} showHours={entry.kind !== 'directory'} />
      <EntrySources entry={entry} locale={locale} onOpenWebsite={onOpenWebsite} />
    </article>
  );
}
