import { browser } from 'wxt/browser';
import { t } from '@/components/i18n';
import { disguiseIconPaths, disguiseTitleKey, type Disguise } from '@/lib/lock/disguise';
import { loadSettings } from '@/lib/platform/settings-store';

/**
 * The toolbar button's look: the extension's own icon and name, or a neutral one
 * (notes, weather, calculator). Chrome forgets setIcon/setTitle when the browser
 * restarts, so it is applied at every start of the background, and again whenever the
 * setting changes. Firefox MV2 calls the same API browserAction.
 */
let applied: Disguise | undefined;

export async function applyDisguise(): Promise<void> {
  const { disguise } = (await loadSettings()).discretion;
  if (disguise === applied) return;
  const action = browser.action ?? browser.browserAction;
  await action.setIcon({ path: disguiseIconPaths(disguise) });
  await action.setTitle({ title: t(disguiseTitleKey(disguise)) });
  applied = disguise;
}
