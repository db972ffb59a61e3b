import { siteKeysOf } from '../../lib/lock/site-keys';

/**
 * The chosen sites in end-to-end tests. They live in one record (`chosenSites`,
 * lib/lock/record.ts), no longer in the settings document, so the tests seed them and
 * read them back through these helpers. The assertions were written when the readable
 * list was `settings.sites` and the locked one `siteLock`; the reading helpers show
 * storage that way, so that each assertion still says what it said:
 *   - `settings.sites`: the names anyone reading storage can read (every name without
 *     a PIN, none with one), sorted;
 *   - `siteLock`: the record while a PIN is set, otherwise undefined.
 */

export const SITES_KEY = 'chosenSites';
export const SALT_KEY = 'siteKeySalt';

type Stored = Record<string, any>;

function readableNames(record: unknown): string[] {
  const entries = (record as { entries?: unknown } | undefined)?.entries;
  if (!Array.isArray(entries)) return [];
  return entries
    .map((e) => (e as { name?: unknown } | null)?.name)
    .filter((name): name is string => typeof name === 'string')
    .toSorted();
}

/** The stored settings document with the readable list beside it, as `settings.sites` was. */
export function settingsWithSites(settings: unknown, record: unknown): Stored | undefined {
  if (settings === undefined && record === undefined) return undefined;
  return { ...(settings as Stored | undefined), sites: readableNames(record) };
}

/** Everything in storage.local, with `settings.sites` and `siteLock` as above. */
export function storageWithSites(raw: Stored): Stored {
  const record = raw[SITES_KEY];
  const view: Stored = { ...raw, settings: settingsWithSites(raw.settings, record) };
  if (record?.lock) view.siteLock = record;
  return view;
}

/** The record holding exactly `sites`, readable (no PIN), keyed with the install's salt. */
export function recordOfSites(salt: string, sites: readonly string[], existing?: Stored): Stored {
  return {
    ...existing,
    format: 1,
    entries: [...new Set(sites)].map((site) => ({ ...siteKeysOf(salt, site), name: site })),
  };
}

/** Waits for the salt the background creates when it starts (tests never make their own). */
export async function waitForSalt(read: () => Promise<unknown>): Promise<string> {
  for (let tries = 0; tries < 100; tries++) {
    const salt = await read();
    if (typeof salt === 'string' && salt) return salt;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error('the background never created the site-key salt');
}
