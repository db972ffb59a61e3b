import type { HelpEntry } from '@/lib/help/schema';
import { smsHref, telHref } from '@/lib/help/links';
import { t } from '../i18n';

/**
 * Call and text are real `tel:`/`sms:` links, so the phone or the computer's calling app
 * opens them. Chat and website are buttons, never links: the popup hands the address to
 * `onOpenWebsite`, which opens it without a trace in history; a link could be middle-clicked
 * or dragged into an ordinary tab.
 */
export function ContactActions({ entry, onOpenWebsite }: { entry: HelpEntry; onOpenWebsite(url: string): void }) {
  const phones = entry.phones ?? [];
  const text = entry.text;
  const sms = smsHref(entry);
  return (
    <div class="help-actions">
      {phones.map((phone) => (
        <a key={phone.tel} class="help-action help-action--call" href={telHref(phone)}>
          {t('help_call', phone.display)}
          {phone.note && <span class="help-action__note"> ({phone.note})</span>}
        </a>
      ))}
      {text && sms && (
        <a class="help-action" href={sms}>
          {text.keyword ? t('help_text_keyword', [text.keyword, text.display]) : t('help_text', text.display)}
        </a>
      )}
      {entry.chatUrl && (
        <button
          type="button"
          class="help-action"
          aria-label={t('help_action_of', [t('help_chat'), entry.name])}
          onClick={() => onOpenWebsite(entry.chatUrl!)}
        >
          {t('help_chat')}
        </button>
      )}
      {entry.website && (
        <button
          type="button"
          class="help-action"
          aria-label={t('help_action_of', [t('help_website'), entry.name])}
          onClick={() => onOpenWebsite(entry.website!)}
        >
          {t('help_website')}
        </button>
      )}
      {entry.email && (
        <a class="help-action" href={`mailto:${entry.email}`}>
          {t('help_email')}: {entry.email}
        </a>
      )}
      {entry.whatsapp && <span class="help-action help-action--plain">{t('help_whatsapp', entry.whatsapp.display)}</span>}
    </div>
  );
}
