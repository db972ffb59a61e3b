import type { JSX } from 'preact';
import { useId, useState } from 'preact/hooks';
import { t } from '../../i18n';

const NOTES = [1, 2, 3].map((n) => ({ title: `lock_cover_note_${n}_title`, text: `lock_cover_note_${n}_text` }));

/**
 * A plain notes list with a search field. The search works; pressing Enter in it also
 * hands what was typed to `onSubmit`, which tries it as the PIN only if it is shaped
 * like one (lib/lock/cover-pin.ts), and clears a query that found nothing so that a
 * PIN never stays on screen.
 */
export function NotesCover({
  titleProps,
  onSubmit,
}: {
  titleProps: JSX.HTMLAttributes<HTMLHeadingElement>;
  onSubmit(text: string): Promise<boolean>;
}) {
  const id = useId();
  const [query, setQuery] = useState('');
  const notes = NOTES.map((n) => ({ title: t(n.title), text: t(n.text) }));
  const shown = notes.filter((n) => `${n.title} ${n.text}`.toLowerCase().includes(query.trim().toLowerCase()));

  const submit = async (event: Event) => {
    event.preventDefault();
    const text = query;
    if (!text) return;
    if (await onSubmit(text)) return;
    if (!shown.length) setQuery('');
  };

  return (
    <div class="cover cover--notes">
      <h1 class="cover__title" {...titleProps}>
        {t('lock_cover_notes_title')}
      </h1>
      <form role="search" onSubmit={(e) => void submit(e)}>
        <label class="visually-hidden" for={id}>
          {t('lock_cover_notes_search')}
        </label>
        <input
          id={id}
          class="cover__search"
          type="search"
          autoComplete="off"
          placeholder={t('lock_cover_notes_search')}
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      </form>
      {shown.length ? (
        <ul class="cover__notes">
          {shown.map((note) => (
            <li key={note.title}>
              <strong>{note.title}</strong>
              <span>{note.text}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p class="cover__empty">{t('lock_cover_notes_none')}</p>
      )}
    </div>
  );
}
