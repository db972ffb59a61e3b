import { isSettingsNotice, type SettingsNotice } from '@/lib/settings/notices';
import { t, uiLanguage } from '../i18n';
import { formatCount } from './settings-hooks';

/**
 * A settings notice in the page's language: its message, with numbers written by Intl.
 * Set-aside records stored before notices existed hold an English sentence; it is shown
 * as it was, because it is all that is known of what happened then.
 */
export function settingsNoticeText(problem: SettingsNotice | string, language = uiLanguage()): string {
  if (!isSettingsNotice(problem)) return String(problem);
  const substitutions = problem.substitutions.map((value) => (typeof value === 'number' ? formatCount(value, language) : value));
  return t(problem.key, substitutions);
}
