import { DEFAULT_DECOY_URL, defaultSettings, type Settings } from '@/lib/settings/schema';
import { loadSettings } from '@/lib/platform/settings-store';
import { loadChosenSites, SiteIndex } from '@/lib/platform/chosen-sites';
import { decoyIsOnChosenSite } from '@/lib/lock/site-index';
import { readStored, STORED, watchAnyStored, writeStored } from '@/lib/platform/extension-storage';

/**
 * What the quick exit needs before it can show the neutral page, kept ready so that
 * the first step waits for no settings parse and no site index: in memory while the
 * worker lives, and in `storage.session` (memory only, never on disk) for a worker
 * that has just woken. Rebuilt whenever the settings or the list of sites change.
 */
export interface ExitReady {
  /** The neutral page, never on a chosen site. */
  decoyUrl: string;
  /** The survivor asked for the front window to close instead. */
  closeWindow: boolean;
}

let ready: Promise<ExitReady> | undefined;

/**
 * The pages refuse a neutral page on a chosen site; the same rule is asked again here,
 * as a safety net (a file edited by hand, a site added in the same moment).
 */
export function effectiveDecoyUrl(settings: Settings, index: SiteIndex): string {
  return decoyIsOnChosenSite(index, settings.exit.decoyUrl) ? DEFAULT_DECOY_URL : settings.exit.decoyUrl;
}

async function build(): Promise<ExitReady> {
  const [settings, index] = await Promise.all([
    loadSettings().catch(() => defaultSettings()),
    loadChosenSites().catch(() => new SiteIndex('', [])),
  ]);
  const value: ExitReady = { decoyUrl: effectiveDecoyUrl(settings, index), closeWindow: settings.exit.closeWindow };
  await writeStored(STORED.exitReady, value).catch(() => undefined);
  return value;
}

function isExitReady(value: unknown): value is ExitReady {
  const v = value as Partial<ExitReady> | undefined;
  return typeof v?.decoyUrl === 'string' && /^https?:\/\//.test(v.decoyUrl) && typeof v.closeWindow === 'boolean';
}

async function fromSessionOrBuild(): Promise<ExitReady> {
  const stored = await readStored(STORED.exitReady).catch(() => undefined);
  return isExitReady(stored) ? stored : build();
}

/** What the exit needs, at once when the worker was awake, after one small read when it slept. */
export function exitReady(): Promise<ExitReady> {
  ready ??= fromSessionOrBuild().catch((error: unknown) => {
    ready = undefined;
    throw error;
  });
  return ready;
}

/**
 * Registered at start-up (a listener the worker must find in place). A change replaces
 * the value in memory at once, so an exit from then on waits for the new one rather
 * than use the old neutral page.
 */
export function keepExitReady(): void {
  watchAnyStored([STORED.settings, STORED.chosenSites, STORED.siteKeySalt], () => {
    // Built after the settings and site caches have dropped the old values (their own
    // listeners were registered first, when their modules loaded).
    const next = build();
    ready = next;
    next.catch(() => {
      if (ready === next) ready = undefined;
    });
  });
  void exitReady().catch(() => undefined);
}
