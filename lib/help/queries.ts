import { helpDirectory } from './data/index.ts';
import { INTERNATIONAL, SERVES, type HelpEntry, type Serve } from './schema.ts';

/** A country's own entries first (in the data's curated order), then those usable from anywhere. */
export function entriesForCountry(country: string | undefined, entries: readonly HelpEntry[] = helpDirectory): HelpEntry[] {
  const own = country === undefined || country === INTERNATIONAL ? [] : entries.filter((e) => e.country === country);
  return [...own, ...entries.filter((e) => e.country === INTERNATIONAL)];
}

export function isAlwaysOpen(entry: HelpEntry): boolean {
  return entry.hours !== undefined && 'always' in entry.hours;
}

/** Sorts without losing the curated order among equals. */
function sortByRank(entries: readonly HelpEntry[], rank: (entry: HelpEntry) => number): HelpEntry[] {
  return entries
    .map((entry, index) => ({ entry, index, rank: rank(entry) }))
    .toSorted((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ entry }) => entry);
}

/**
 * "Talk to someone now": lines, chats and directories. Lines open around the clock come
 * first, because someone who opens this in a hard moment needs an answer now; within each
 * group national lines come before regional ones, and international help comes last.
 */
export function talkNowEntries(country: string | undefined, entries: readonly HelpEntry[] = helpDirectory): HelpEntry[] {
  const list = entriesForCountry(country, entries).filter((e) => e.kind !== 'peer-group');
  return sortByRank(list, (e) => {
    if (e.country === INTERNATIONAL) return 10;
    return (isAlwaysOpen(e) ? 0 : 2) + (e.region === undefined ? 0 : 1);
  });
}

/** "Peer support": the country's groups (national before regional), then communities open to anyone. */
export function peerSupportEntries(country: string | undefined, entries: readonly HelpEntry[] = helpDirectory): HelpEntry[] {
  const list = entriesForCountry(country, entries).filter((e) => e.kind === 'peer-group');
  return sortByRank(list, (e) => (e.country === INTERNATIONAL ? 10 : e.region === undefined ? 0 : 1));
}

/**
 * Extra English words a survivor might type for each need ("rape", "suicide", "gay"), so
 * that a search finds an entry even when its own text uses another word.
 */
const SEARCH_SYNONYMS: Record<Serve, string> = {
  'sexual-violence': 'sexual violence sexual assault sexual abuse rape',
  'domestic-abuse': 'domestic abuse domestic violence family violence partner relationship gender-based',
  'child-abuse': 'child abuse children',
  'adult-survivors-of-child-abuse': 'adult survivors of child abuse childhood abuse incest',
  men: 'men male boys',
  lgbtq: 'lgbtq+ lgbt lgbtqia gay lesbian bisexual trans queer non-binary',
  'young-people': 'young people youth teenagers children kids',
  crisis: 'crisis suicide emotional support mental health',
};

/** Lower case, accents removed, one space between words: "Kōrero  Mai" → "korero mai". */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

function searchText(entry: HelpEntry, labelOf: (need: Serve) => string): string {
  const parts = [
    entry.name,
    entry.description,
    entry.region ?? '',
    ...entry.serves.flatMap((need) => [labelOf(need), SEARCH_SYNONYMS[need]]),
    ...(entry.phones ?? []).map((phone) => phone.display),
    entry.text?.display ?? '',
    entry.text?.keyword ?? '',
  ];
  return foldForSearch(parts.join(' \n '));
}

export interface EntryFilter {
  /** Keep only entries for this need. */
  need?: Serve | undefined;
  /** Every word must appear (case and accents ignored) in the name, description, region, needs or numbers. */
  query?: string | undefined;
}

/**
 * Filters in the given order. `labelOf` gives the needs' labels in the survivor's language,
 * so that searching for a label they can see on screen finds the entries that carry it.
 */
export function filterEntries(
  entries: readonly HelpEntry[],
  filter: EntryFilter,
  labelOf: (need: Serve) => string = (need) => need,
): HelpEntry[] {
  const need = filter.need !== undefined && (SERVES as readonly string[]).includes(filter.need) ? filter.need : undefined;
  const words = foldForSearch(filter.query ?? '')
    .split(' ')
    .filter((word) => word !== '');
  return entries.filter((entry) => {
    if (need !== undefined && !entry.serves.includes(need)) return false;
    if (words.length === 0) return true;
    const haystack = searchText(entry, labelOf);
    return words.every((word) => haystack.includes(word));
  });
}
