import type { HelpEntry } from '@/lib/help/schema';
import { DIRECTORY_TEXT_LANGUAGE } from '@/lib/help/format';
import { isAlwaysOpen } from '@/lib/help/queries';
import { t } from '../i18n';
import { ContactActions } from './ContactActions';
import { EntryFacts, EntrySources } from './EntryDetails';

export interface EntryCardProps {
  entry: HelpEntry;
  locale: string;
  onOpenWebsite(url: string): void;
}

/** A line, chat service or directory in "Talk to someone now". */
export function HotlineCard({ entry, locale, onOpenWebsite }: EntryCardProps) {
  const headingId = `help-entry-${entry.id}`;
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
      <p class="help-card__description" lang={DIRECTORY_TEXT_LANGUAGE}>
        {entry.description}
      </p>
      <ContactActions entry={entry} onOpenWebsite={onOpenWebsite} />
      <EntryFacts entry={entry} locale={locale} showHours={entry.kind !== 'directory'} />
      <EntrySources entry={entry} locale={locale} onOpenWebsite={onOpenWebsite} />
    </article>
  );
}
