import { helpDirectory } from './data/index.ts';
import type { HelpEntry } from './schema.ts';

/**
 * Numbers change (the 2019 Dutch 113 case). An entry not confirmed for 18 months fails the
 * build: a survivor must not be sent to a line nobody has looked at for that long.
 */
export const MAX_AGE_MONTHS = 18;

/** The first day on which an entry confirmed on `lastConfirmed` (YYYY-MM-DD) counts as stale. */
export function staleFrom(lastConfirmed: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(lastConfirmed);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const confirmed = new Date(Date.UTC(year, month - 1, day));
  if (confirmed.toISOString().slice(0, 10) !== lastConfirmed) return undefined;
  // The same day 18 months on; a day that month lacks (31 August → 31 February) rolls back
  // to the month's last day, so the limit is never longer than 18 months.
  const limit = new Date(Date.UTC(year, month - 1 + MAX_AGE_MONTHS, 1));
  const lastDay = new Date(Date.UTC(limit.getUTCFullYear(), limit.getUTCMonth() + 1, 0)).getUTCDate();
  limit.setUTCDate(Math.min(day, lastDay) + 1);
  return limit;
}

/** True when `lastConfirmed` is more than MAX_AGE_MONTHS before `now` (an unreadable date counts as stale). */
export function isStale(lastConfirmed: string, now: Date): boolean {
  const from = staleFrom(lastConfirmed);
  return from === undefined || now.getTime() >= from.getTime();
}

/** Entries last confirmed more than MAX_AGE_MONTHS ago. */
export function listStaleEntries(now: Date, entries: readonly HelpEntry[] = helpDirectory): HelpEntry[] {
  return entries.filter((entry) => isStale(entry.lastConfirmed, now));
}

/** One message for the build, or undefined when everything is recent enough. */
export function staleEntriesWarning(now: Date, entries: readonly HelpEntry[] = helpDirectory): string | undefined {
  const stale = listStaleEntries(now, entries);
  if (stale.length === 0) return undefined;
  const ids = stale.map((entry) => `${entry.id} (${entry.lastConfirmed})`).join(', ');
  return `help directory: ${stale.length} entr${stale.length === 1 ? 'y was' : 'ies were'} last confirmed more than ${MAX_AGE_MONTHS} months ago; confirm them on the providers' own pages and update lastConfirmed: ${ids}`;
}
