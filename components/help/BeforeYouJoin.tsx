import { t } from '../i18n';
import type { HelpEntry } from '@/lib/help/schema';

/** The formats a survivor may join, each with its own short notes. */
type JoinFormat = 'forum' | 'chat' | 'in_person';

/** Every format says the same five things, in this order. */
const NOTE_TOPICS = ['anonymous', 'speak', 'moderation', 'leave', 'safety'] as const;

const FORMAT_HEADINGS = {
  forum: 'help_before_join_forum',
  chat: 'help_before_join_chat',
  in_person: 'help_before_join_in_person',
} as const;

/** Which notes fit an entry: an online group with a chat gets the chat notes too. */
export function joinFormatsFor(entry: HelpEntry): JoinFormat[] {
  const formats: JoinFormat[] = [];
  if (entry.format === 'online' || entry.format === 'both') formats.push('forum');
  if (entry.chatUrl !== undefined) formats.push('chat');
  if (entry.format === 'in-person' || entry.format === 'both') formats.push('in_person');
  return formats;
}

/**
 * "Before you join": short, calm notes a survivor can open before reaching out. A native
 * details element, so it opens with Enter or Space and a screen reader announces it.
 */
export function BeforeYouJoin({ entry }: { entry: HelpEntry }) {
  const formats = joinFormatsFor(entry);
  if (formats.length === 0) return null;
  return (
    <details class="help-before-join">
      <summary>{t('help_before_join')}</summary>
      {formats.map((format) => (
        <section key={format} class="help-before-join__format" aria-label={t(FORMAT_HEADINGS[format])}>
          {formats.length > 1 && <h5 class="help-before-join__heading">{t(FORMAT_HEADINGS[format])}</h5>}
          <ul>
            {NOTE_TOPICS.map((topic) => (
              <li key={topic}>{t(`help_before_join_${format}_${topic}`)}</li>
            ))}
          </ul>
        </section>
      ))}
    </details>
  );
}
