import { DIRECTORY_TEXT_LANGUAGE } from '@/lib/help/format';
import { entryTextsFor } from '@/lib/help/entry-text';
import { BeforeYouJoin } from './BeforeYouJoin';
import { t } from '../i18n';
import { ContactActions } from './ContactActions';
import { EntryFacts, EntrySources, InEnglish } from './EntryDetails';
import type { EntryCardProps } from './HotlineCard';
import { needLabel } from './labels';

const FORMAT_KEYS = {
  online: 'help_format_online',
  'in-person': 'help_format_in_person',
  both: 'help_format_both',
} as const;

const RUN_BY_KEYS = {
  'peer-led': 'help_peer_led',
  'professionally-facilitated': 'help_professionally_facilitated',
  'professional-service': 'help_professional_service',
} as const;

/**
 * A peer group or community, described with the same care as a hotline: who it is for,
 * where it meets, how to join, who runs it and whether it is moderated.
 */
export function PeerGroupCard({ entry, locale, language, onOpenWebsite }: EntryCardProps) {
  const headingId = `help-entry-${entry.id}`;
  const texts = entryTextsFor(entry, language);
  const runBy = t(RUN_BY_KEYS[entry.runBy]);
  return (
    <article class="help-card help-card--peer" aria-labelledby={headingId}>
      <h4 id={headingId} class="help-card__name">
        {entry.name}
      </h4>
      {(entry.format || entry.region || typeof entry.moderated === 'boolean') && (
        <p class="help-badges">
          {entry.format && <span class="help-badge">{t(FORMAT_KEYS[entry.format])}</span>}
          {entry.region && <span class="help-badge">{t('help_regional', entry.region)}</span>}
          {typeof entry.moderated === 'boolean' && (
            <span class="help-badge">{t(entry.moderated ? 'help_moderated' : 'help_not_moderated')}</span>
          )}
        </p>
      )}
      <p class="help-card__description" lang={texts.description.lang}>
        {texts.description.text}
      </p>
      <InEnglish texts={texts} />
      <dl class="help-facts">
        <div>
          <dt>{t('help_for')}</dt>
          <dd>{entry.serves.map(needLabel).join(', ')}</dd>
        </div>
        {entry.format && (
          <div>
            <dt>{t('help_meets')}</dt>
            <dd>{t(FORMAT_KEYS[entry.format])}</dd>
          </div>
        )}
        {texts.howToJoin && (
          <div>
            <dt>{t('help_how_to_join')}</dt>
            <dd lang={texts.howToJoin.lang}>{texts.howToJoin.text}</dd>
          </div>
        )}
        {(runBy || entry.facilitation) && (
          <div>
            <dt>{t('help_run_by')}</dt>
            <dd>
              {runBy}
              {runBy && entry.facilitation && '. '}
              {entry.facilitation && <span lang={DIRECTORY_TEXT_LANGUAGE}>{entry.facilitation}</span>}
            </dd>
          </div>
        )}
      </dl>
      <ContactActions entry={entry} onOpenWebsite={onOpenWebsite} />
      <BeforeYouJoin entry={entry} />
      <EntryFacts entry={entry} texts={texts} locale={locale} showHours={false} />
      <EntrySources entry={entry} locale={locale} onOpenWebsite={onOpenWebsite} />
    </article>
  );
}
