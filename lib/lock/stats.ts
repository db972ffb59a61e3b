import { isSiteKey } from './site-keys';

/** Per chosen site, by site key: when its history was last cleared and how many entries went. */
export interface SiteEraseStats {
  lastClearedAt: number;
  removed: number;
}

/**
 * Statistics used to be kept by site name, which put the list of sites in storage in
 * the clear. Moves every name-keyed entry to its site key (merged with what that key
 * already has), keeps key-keyed entries and drops malformed ones. Pure and idempotent.
 */
export function statsBySiteKey(raw: unknown, keyOf: (site: string) => string): { stats: Record<string, SiteEraseStats>; changed: boolean } {
  const stats: Record<string, SiteEraseStats> = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { stats, changed: raw !== undefined };
  let changed = false;
  for (const [name, value] of Object.entries(raw)) {
    const entry = readEntry(value);
    if (!entry) {
      changed = true;
      continue;
    }
    const key = isSiteKey(name) ? name : keyOf(name);
    if (key !== name) changed = true;
    const previous = stats[key];
    stats[key] = previous
      ? { lastClearedAt: Math.max(previous.lastClearedAt, entry.lastClearedAt), removed: previous.removed + entry.removed }
      : entry;
  }
  return { stats, changed };
}

function readEntry(value: unknown): SiteEraseStats | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { lastClearedAt, removed } = value as Record<string, unknown>;
  if (typeof lastClearedAt !== 'number' || typeof removed !== 'number' || !Number.isFinite(lastClearedAt) || !Number.isFinite(removed)) {
    return undefined;
  }
  return { lastClearedAt, removed };
}
