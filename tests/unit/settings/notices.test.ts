import { describe, expect, it } from 'vitest';
import { SETTINGS_NOTICE_KEYS, isSettingsNotice, notice } from '@/lib/settings/notices';
import { englishNotice, englishOptions } from './notice-text';

describe('settings notices', () => {
  // tests/unit/i18n checks that every locale has every English key with its placeholders.
  it.each(Object.entries(SETTINGS_NOTICE_KEYS))('%s has an English message taking its %i substitutions', (key, count) => {
    const entry = englishOptions[key];
    expect(entry, `locales/options.en.json: ${key}`).toBeDefined();
    const contents = Object.values(entry!.placeholders ?? {})
      .map((p) => p.content)
      .sort();
    expect(contents).toEqual(Array.from({ length: count }, (_, i) => `$${i + 1}`));
    expect(entry!.message.match(/\$[A-Za-z0-9_]+\$/g) ?? []).toHaveLength(new Set(entry!.message.match(/\$[A-Za-z0-9_]+\$/g)).size);
  });

  it('writes a notice out with its substitutions in place', () => {
    expect(englishNotice(notice('settings_problem_field_reset', 'exit', 'decoyUrl'))).toBe(
      'The “exit” setting “decoyUrl” went back to its default.',
    );
  });

  it('tells a stored notice from an English sentence stored before notices existed', () => {
    expect(isSettingsNotice(notice('settings_problem_reset_unreadable'))).toBe(true);
    expect(isSettingsNotice('All settings were reset because the stored settings were not readable.')).toBe(false);
    expect(isSettingsNotice({ key: 'toString', substitutions: [] })).toBe(false);
    expect(isSettingsNotice({ key: 'settings_problem_reset_unreadable' })).toBe(false);
  });
});
