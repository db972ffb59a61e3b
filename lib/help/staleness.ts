import { helpDirectory } from './data/index.ts';
import type { HelpEntry } from './schema.ts';

/** Numbers change (the 2019 Dutch 113 case): an entry not checked for a year gets a build warning. */
export const MAX_AGE_MONTHS = 12;

/** Whole months from `lastChecked` (YYYY-MM) to `now`, counted in UTC. */
export function monthsSinceChecked(lastChecked: string, now: Date): number {
  const [year, month] = lastChecked.split('-').map(Number);
  if (year === undefined || month === undefined || Number.isNaN(year) || Number.isNaN(month)) return Number.POSITIVE_INFINITY;
  return now.getUTCFullYear() * 12 + now.getUTCMonth() - (year * 12 + (month - 1));
}

/** Entries last checked more than MAX_AGE_MONTHS ago (an unreadable date counts as stale). */
export function listStaleEntries(now: Date, entries: readonly HelpEntry[] = helpDirectory): HelpEntry[] {
  return entries.filter((entry) => monthsSinceChecked(entry.lastChecked, now) > MAX_AGE_MONTHS);
}

/** One line for the build output, or undefined when everything is recent enough. */
export function staleEntriesWarning(now: Date, entries: readonly HelpEntry[] = helpDirectory): string | undefined {
  const stale = listStaleEntries(now, entries);
  if (stale.length === 0) return undefined;
  const ids = stale.map((entry) => `${entry.id} (${entry.lastChecked})`).join(', ');
  return `help directory: ${stale.length} entr${stale.length === 1 ? 'y was' : 'ies were'} last checked more than ${MAX_AGE_MONTHS} months ago; check them against the providers' own sites: ${ids}`;
}
