import type { HelpEntry, Hours } from '@/lib/help/schema';
import type { ComponentChildren } from 'preact';
import type { DirectoryText, EntryTexts } from '@/lib/help/entry-text';
import { DIRECTORY_TEXT_LANGUAGE, formatConfirmedDay, languageName, sourceLabel, timeZoneCity } from '@/lib/help/format';
import { t } from '../i18n';

export function hoursText(hours: Hours | undefined): string {
  if (hours === undefined) return t('help_hours_unknown');
  if ('always' in hours) return t('help_hours_always');
  return t('help_hours_in_zone', [hours.text, timeZoneCity(hours.timeZone)]);
}

/** A directory text inside a translated sentence, marked with the directory's language. */
const fromDirectory = (text: string) => <span lang={DIRECTORY_TEXT_LANGUAGE}>{text}</span>;

/** A directory text in whichever language the card shows it. */
const inItsLanguage = (text: DirectoryText) => <span lang={text.lang}>{text.text}</span>;

function costText(entry: HelpEntry, costNote: DirectoryText | undefined): ComponentChildren {
  const base = entry.free === true ? t('help_free') : entry.free === false ? t('help_not_free') : undefined;
  if (base && costNote) return [`${base}. `, inItsLanguage(costNote)];
  return base ?? (costNote ? inItsLanguage(costNote) : undefined);
}

function languagesText(entry: HelpEntry, locale: string): ComponentChildren {
  const names = entry.languages.map((code) => languageName(code, locale)).join(', ');
  if (!entry.languageNote) return names || undefined;
  return names ? [`${names}, `, fromDirectory(entry.languageNote)] : fromDirectory(entry.languageNote);
}

/** Hours, languages, cost and safety notes: what a survivor checks before calling. */
export function EntryFacts({
  entry,
  texts,
  locale,
  showHours,
}: {
  entry: HelpEntry;
  texts: EntryTexts;
  locale: string;
  showHours: boolean;
}) {
  const languages = languagesText(entry, locale);
  const cost = costText(entry, texts.costNote);
  const hasPhoneOrText = (entry.phones?.length ?? 0) > 0 || entry.text !== undefined;
  return (
    <>
      <dl class="help-facts">
        {showHours && (hasPhoneOrText || entry.hours !== undefined) && (
          <div>
            <dt>{t('help_hours')}</dt>
            <dd>{hoursText(entry.hours)}</dd>
          </div>
        )}
        {entry.chatHours && (
          <div>
            <dt>{t('help_chat_hours')}</dt>
            <dd>{hoursText(entry.chatHours)}</dd>
          </div>
        )}
        {languages && (
          <div>
            <dt>{t('help_languages')}</dt>
            <dd>{languages}</dd>
          </div>
        )}
        {cost && (
          <div>
            <dt>{t('help_cost')}</dt>
            <dd>{cost}</dd>
          </div>
        )}
      </dl>
      {texts.safetyNotes && (
        <div class="help-safety">
          <p class="help-safety__title">{t('help_good_to_know')}</p>
          <ul lang={texts.safetyNotes.lang}>
            {texts.safetyNotes.texts.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

/**
 * The English of whatever the card shows translated, closed until asked for: the
 * directory's texts are written and confirmed in English, so a reader (or a helper
 * reading along) can check the translation against them.
 */
export function InEnglish({ texts }: { texts: EntryTexts }) {
  const english = texts.english;
  if (!english) return null;
  return (
    <details class="help-in-english">
      <summary>{t('help_in_english')}</summary>
      <div lang={DIRECTORY_TEXT_LANGUAGE}>
        {english.description && <p>{english.description}</p>}
        {english.howToJoin && <p>{english.howToJoin}</p>}
        {english.costNote && <p>{english.costNote}</p>}
        {english.safetyNotes && (
          <ul>
            {english.safetyNotes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        )}
      </div>
    </details>
  );
}

/**
 * Sources on request, with the honest scope of the check: stored copies of published
 * sources, not a call to the line.
 */
export function EntrySources({ entry, locale, onOpenWebsite }: { entry: HelpEntry; locale: string; onOpenWebsite(url: string): void }) {
  return (
    <details class="help-sources">
      <summary>{t('help_sources')}</summary>
      <ul>
        {entry.sources.map((source) =>
          /^https?:\/\//.test(source) ? (
            <li key={source}>
              <button type="button" class="help-link" title={source} onClick={() => onOpenWebsite(source)}>
                {sourceLabel(source)}
              </button>
            </li>
          ) : (
            <li key={source} lang={DIRECTORY_TEXT_LANGUAGE}>
              {source}
            </li>
          ),
        )}
        {entry.citations?.map((citation) => (
          <li key={citation} lang={DIRECTORY_TEXT_LANGUAGE}>
            {citation}
          </li>
        ))}
      </ul>
      <p class="help-sources__checked">{t('help_checked', formatConfirmedDay(entry.lastConfirmed, locale))}</p>
      {entry.status === 'confirmed-old' && <p class="help-sources__status">{t('help_status_old')}</p>}
      {entry.status === 'confirmed-secondary' && <p class="help-sources__status">{t('help_status_secondary')}</p>}
    </details>
  );
}
