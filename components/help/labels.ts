import type { Serve } from '@/lib/help/schema';
import { displayLocaleFrom } from '@/lib/help/format';
import { t } from '../i18n';

const NEED_KEYS: Record<Serve, string> = {
  'sexual-violence': 'help_need_sexual_violence',
  'domestic-abuse': 'help_need_domestic_abuse',
  'child-abuse': 'help_need_child_abuse',
  'adult-survivors-of-child-abuse': 'help_need_adult_survivors',
  men: 'help_need_men',
  lgbtq: 'help_need_lgbtq',
  'young-people': 'help_need_young_people',
  crisis: 'help_need_crisis',
};

/** The label a survivor sees for a need ("For men", "Sexual violence"). */
export function needLabel(need: Serve): string {
  return t(NEED_KEYS[need]);
}

/**
 * The browser's UI language as a BCP 47 tag, for country and language names and dates.
 * `@@ui_locale` is the i18n API's own predefined message; where it is empty, English.
 */
export function uiLocale(): string {
  const value = t('@@ui_locale');
  return value === '@@ui_locale' ? 'en' : displayLocaleFrom(value);
}
