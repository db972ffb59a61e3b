import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SettingsNotice } from '@/lib/settings/notices';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** The English settings messages, as the build ships them. */
export const englishOptions = JSON.parse(readFileSync(join(import.meta.dirname, '../../../locales/options.en.json'), 'utf8')) as Messages;

/**
 * A notice written out in English the way the browser's i18n does it ($NAME$ → its $n
 * substitution), so that tests read what the survivor reads. Throws on a key the
 * locale does not have.
 */
export function englishNotice({ key, substitutions }: SettingsNotice): string {
  const entry = englishOptions[key];
  if (!entry) throw new Error(`locales/options.en.json has no "${key}"`);
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    const index = Number(content.replace('$', '')) - 1;
    return String(substitutions[index] ?? '');
  });
}
