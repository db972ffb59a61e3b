import { useEffect, useState } from 'preact/hooks';
import { readStored, watchStored, type StoredValue } from '@/lib/platform/extension-storage';
import { InvalidSettingsError, loadSettings, updateSettings, watchSettings } from '@/lib/platform/settings-store';
import { chosenSiteOfDecoyProblem, DECOY_NOT_WEB, DECOY_ON_A_CHOSEN_SITE, type Settings } from '@/lib/settings/schema';
import { t } from '../i18n';

/** The settings in force, kept current when any other page or the popup changes them. */
export function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    let live = true;
    void loadSettings().then((s) => live && setSettings(s));
    const stop = watchSettings((s) => live && setSettings(s));
    return () => {
      live = false;
      stop();
    };
  }, []);
  return settings;
}

/**
 * Saves one change at once. Resolves to the reasons it was refused (nothing was
 * written then), or to an empty list when it was saved.
 */
export async function saveChange(change: (current: Settings) => Settings): Promise<string[]> {
  try {
    await updateSettings(change);
    return [];
  } catch (error) {
    if (error instanceof InvalidSettingsError) return error.problems.map(plainProblem);
    return [t('options_save_failed')];
  }
}

/**
 * The schema's problems read "exit.decoyUrl: the neutral page must be …". Next to the
 * field concerned, the path means nothing to a survivor: keep the sentence only.
 */
export function plainProblem(problem: string): string {
  const sentence = problem.replace(/^[\w.]+: /, '');
  if (sentence === DECOY_NOT_WEB) return t('options_exit_decoy_not_web');
  if (sentence === DECOY_ON_A_CHOSEN_SITE) return t('options_exit_decoy_on_chosen_site');
  const site = chosenSiteOfDecoyProblem(sentence);
  if (site !== undefined) return t('settings_problem_decoy_on_site', site);
  const capital = sentence.charAt(0).toUpperCase() + sentence.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/**
 * A value the background keeps in storage (erase statistics, erase progress), read and
 * followed as it changes. Any failure (for example an older browser without
 * storage.session) leaves the fallback: these values only add information.
 */
export function useStoredValue<T>(item: StoredValue<T>): T {
  const [value, setValue] = useState<T>(item.fallback);
  useEffect(() => {
    let live = true;
    let stop = () => {};
    try {
      void readStored(item)
        .then((v) => live && setValue(v))
        .catch(() => undefined);
      stop = watchStored(item, (v) => live && setValue(v));
    } catch {
      /* keep the fallback */
    }
    return () => {
      live = false;
      stop();
    };
  }, [item]);
  return value;
}

export function formatWhen(time: number, language: string): string {
  try {
    return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(time);
  } catch {
    return new Date(time).toISOString();
  }
}

export function formatCount(count: number, language: string): string {
  try {
    return new Intl.NumberFormat(language).format(count);
  } catch {
    return String(count);
  }
}
