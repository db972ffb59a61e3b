import { useEffect, useState } from 'preact/hooks';
import {
  addChosenSite,
  listChosenSites,
  loadChosenSites,
  removeChosenSite,
  type ChosenSiteList,
  type SiteIndex,
} from '@/lib/platform/chosen-sites';
import { STORED, watchAnyStored } from '@/lib/platform/extension-storage';
import { InvalidSettingsError } from '@/lib/platform/settings-store';
import { ProtectedDataError, readSiteLockState } from '@/lib/platform/site-lock';
import { t } from '../i18n';
import { plainProblem } from '../options/settings-hooks';
import { useLock } from './lock-context';

const WATCHED = [STORED.settings, STORED.chosenSites, STORED.siteKeySalt];

/** Calls back whenever the chosen sites may have changed, in any context. */
function useSitesChanged(onChange: () => void, deps: unknown[]): void {
  useEffect(() => {
    onChange();
    return watchAnyStored(WATCHED, onChange);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
}

/**
 * The readable list of chosen sites for the settings pages: the record's names without
 * a PIN, the decrypted list once the PIN was entered (PinGate). Kept current when the
 * popup or another page adds or removes a site.
 */
export function useChosenSiteList(): ChosenSiteList | undefined {
  const { unlocked } = useLock();
  const [list, setList] = useState<ChosenSiteList>();
  useSitesChanged(() => {
    void listChosenSites(unlocked)
      .then(setList)
      .catch(() => undefined);
  }, [unlocked]);
  return list;
}

/**
 * For the popup, which only needs "is this site chosen?" (site keys, no names) and
 * whether a PIN is set.
 */
export function usePopupSites(): { index: SiteIndex; pinSet: boolean } | undefined {
  const [value, setValue] = useState<{ index: SiteIndex; pinSet: boolean }>();
  useSitesChanged(() => {
    void Promise.all([loadChosenSites(), readSiteLockState()])
      .then(([index, reading]) => setValue({ index, pinSet: reading.state !== 'none' }))
      .catch(() => undefined);
  }, []);
  return value;
}

function problemsOf(error: unknown): string[] {
  if (error instanceof InvalidSettingsError) return error.problems.map(plainProblem);
  if (error instanceof ProtectedDataError && error.reason === 'damaged') return [t('lock_gate_damaged')];
  return [t('options_save_failed')];
}

/** Adds a site, readable or locked; resolves to the reasons it was refused (none when saved). */
export async function saveChosenSite(site: string): Promise<string[]> {
  try {
    await addChosenSite(site);
    return [];
  } catch (error) {
    return problemsOf(error);
  }
}

export async function forgetChosenSite(site: string): Promise<string[]> {
  try {
    await removeChosenSite(site);
    return [];
  } catch (error) {
    return problemsOf(error);
  }
}
