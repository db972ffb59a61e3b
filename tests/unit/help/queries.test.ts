import { describe, expect, it } from 'vitest';
import { helpDirectory } from '../../../lib/help/data/index.ts';
import { formatConfirmedDay, displayLocaleFrom, languageName, sourceLabel, timeZoneCity } from '../../../lib/help/format.ts';
import { smsHref, telHref } from '../../../lib/help/links.ts';
import { countryFromLocale, countryName, isSupportedCountry, supportedCountries } from '../../../lib/help/locale.ts';
import {
  entriesForCountry,
  filterEntries,
  foldForSearch,
  isAlwaysOpen,
  peerSupportEntries,
  talkNowEntries,
} from '../../../lib/help/queries.ts';
import type { HelpEntry } from '../../../lib/help/schema.ts';
import { isStale, listStaleEntries, MAX_AGE_MONTHS, staleEntriesWarning } from '../../../lib/help/staleness.ts';

const byId = (id: string): HelpEntry => {
  const entry = helpDirectory.find((e) => e.id === id);
  if (!entry) throw new Error(`no entry ${id}`);
  return entry;
};

describe('countryFromLocale', () => {
  it.each([
    ['en-GB', 'GB'],
    ['de-DE', 'DE'],
    ['pt-BR', 'BR'],
    ['en-AU', 'AU'],
    ['en_GB', 'GB'],
    ['en-gb', 'GB'],
    ['zh-Hant-TW', 'TW'],
    ['sr-Latn-RS', 'RS'],
    ['pt_BR.UTF-8', 'BR'],
    ['en-UK', 'GB'],
    ['en', undefined],
    ['es-419', undefined],
    ['', undefined],
    ['   ', undefined],
    ['not a locale', undefined],
    ['--', undefined],
  ])('%j → %j', (locale, country) => {
    expect(countryFromLocale(locale)).toBe(country);
  });
});

describe('countries', () => {
  it('names countries in the display language, and falls back to the code', () => {
    expect(countryName('GB', 'en')).toBe('United Kingdom');
    expect(countryName('DE', 'de')).toBe('Deutschland');
    expect(countryName('GB', 'not a locale!')).toBe('United Kingdom');
    expect(countryName('XQ', 'en')).toBe('XQ');
    expect(supportedCountries('not a locale!').length).toBeGreaterThan(0);
  });

  it('lists the supported countries sorted by name, without "international"', () => {
    const list = supportedCountries('en');
    expect(list.length).toBeGreaterThanOrEqual(20);
    expect(list.map((c) => c.code)).not.toContain('international');
    const names = list.map((c) => c.name);
    expect(names).toEqual(names.toSorted((a, b) => a.localeCompare(b, 'en')));
    expect(list.find((c) => c.code === 'US')?.name).toBe('United States');
  });

  it('knows which countries have their own entries', () => {
    expect(isSupportedCountry('GB')).toBe(true);
    expect(isSupportedCountry('PL')).toBe(false);
    expect(isSupportedCountry('international')).toBe(false);
    expect(isSupportedCountry(undefined)).toBe(false);
  });
});

describe('entriesForCountry', () => {
  it('puts the country’s entries first, then international ones', () => {
    const list = entriesForCountry('GB');
    const firstInternational = list.findIndex((e) => e.country === 'international');
    expect(list[0]?.country).toBe('GB');
    expect(firstInternational).toBeGreaterThan(0);
    expect(list.slice(firstInternational).every((e) => e.country === 'international')).toBe(true);
  });

  it('gives only international help for an unknown or unsupported country', () => {
    for (const country of [undefined, 'ZZ', 'PL']) {
      const list = entriesForCountry(country);
      expect(list.length).toBeGreaterThan(0);
      expect(list.every((e) => e.country === 'international')).toBe(true);
    }
  });
});

describe('talkNowEntries', () => {
  it('lists lines open around the clock first, national before regional', () => {
    const group = (e: HelpEntry) => (isAlwaysOpen(e) ? 0 : 2) + (e.region === undefined ? 0 : 1);
    const seen = new Set<number>();
    // GB and Canada between them have all four groups.
    for (const country of ['GB', 'CA']) {
      const groups = talkNowEntries(country)
        .filter((e) => e.country === country)
        .map(group);
      expect(groups).toEqual(groups.toSorted((a, b) => a - b));
      for (const g of groups) seen.add(g);
    }
    expect(seen).toEqual(new Set([0, 1, 2, 3]));
    expect(talkNowEntries('GB')[0]?.id).toBe('gb-national-domestic-abuse-helpline');
  });

  it('sorts a regional line after the national lines open around the clock', () => {
    const own = talkNowEntries('US').filter((e) => e.country === 'US');
    expect(own.at(-1)?.id).toBe('us-safe-horizon-hotline');
  });

  it('leaves peer groups out and keeps international help last', () => {
    const list = talkNowEntries('DE');
    expect(list.some((e) => e.kind === 'peer-group')).toBe(false);
    expect(list.at(-1)?.country).toBe('international');
  });

  it('keeps the curated order among equals', () => {
    const list = talkNowEntries('GB').filter((e) => e.country === 'GB' && isAlwaysOpen(e));
    expect(list[0]?.id).toBe('gb-national-domestic-abuse-helpline');
  });
});

describe('peerSupportEntries', () => {
  it('lists the country’s peer groups, then communities open to anyone', () => {
    const list = peerSupportEntries('GB');
    expect(list.every((e) => e.kind === 'peer-group')).toBe(true);
    expect(list[0]?.country).toBe('GB');
    expect(list.some((e) => e.id === 'intl-pandoras-project')).toBe(true);
  });

  it('still offers international communities where the research found no local group', () => {
    const list = peerSupportEntries('IN');
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((e) => e.country === 'international')).toBe(true);
  });
});

describe('filterEntries', () => {
  const gb = entriesForCountry('GB');

  it('filters by need', () => {
    const forMen = filterEntries(gb, { need: 'men' });
    expect(forMen.map((e) => e.id)).toContain('gb-mens-advice-line');
    expect(forMen.every((e) => e.serves.includes('men'))).toBe(true);
  });

  it('ignores a need that is not one of the known needs', () => {
    expect(filterEntries(gb, { need: 'nonsense' as never })).toEqual(gb);
  });

  it('searches without caring about case or accents', () => {
    const nz = entriesForCountry('NZ');
    expect(filterEntries(nz, { query: 'KORERO' }).map((e) => e.id)).toEqual(['nz-safe-to-talk']);
    expect(filterEntries(entriesForCountry('MX'), { query: 'linea de la vida' }).map((e) => e.id)).toEqual(['mx-linea-de-la-vida']);
  });

  it('finds entries by the words survivors use, and by the labels shown on screen', () => {
    expect(filterEntries(gb, { query: 'rape' }).map((e) => e.id)).toContain('gb-survivors-trust-helpline');
    expect(filterEntries(gb, { query: 'suicide' }).map((e) => e.id)).toContain('gb-samaritans');
    const labelOf = (need: string) => (need === 'lgbtq' ? 'LGBTQ+ people' : need);
    expect(filterEntries(gb, { query: 'lgbtq+ people' }, labelOf).map((e) => e.id)).toContain('gb-galop-lgbt-domestic-abuse-helpline');
  });

  it('finds a line by its number', () => {
    expect(filterEntries(gb, { query: '116 123' }).map((e) => e.id)).toEqual(['gb-samaritans']);
  });

  it('needs every word, and combines need and search', () => {
    expect(filterEntries(gb, { query: 'samaritans rape' })).toEqual([]);
    const result = filterEntries(gb, { need: 'lgbtq', query: 'forum' });
    expect(result.map((e) => e.id)).toEqual(['gb-galop-survivors-forum']);
  });

  it('treats an empty or odd query as no query, and never throws', () => {
    expect(filterEntries(gb, { query: '   ' })).toEqual(gb);
    expect(filterEntries(gb, { query: '' })).toEqual(gb);
    expect(() => filterEntries(gb, { query: '((*[\\' })).not.toThrow();
    expect(filterEntries(gb, { query: 'zzzz-no-such-thing' })).toEqual([]);
  });

  it('folds text for search', () => {
    expect(foldForSearch('  Kōrero   MAI ')).toBe('korero mai');
    expect(foldForSearch('Línea')).toBe('linea');
  });
});

describe('links', () => {
  it('builds tel: links from the dialable digits', () => {
    expect(telHref(byId('gb-samaritans'))).toBe('tel:116123');
    expect(telHref(byId('gb-nspcc-helpline').phones![1]!)).toBe('tel:+442038798560');
    expect(telHref(byId('jp-dv-soudan-navi'))).toBe('tel:%238008');
    expect(telHref(byId('mx-cdmx-linea-sos-mujeres'))).toBe('tel:*765');
    expect(telHref(byId('gb-shout'))).toBeUndefined();
  });

  it('builds sms: links with the keyword as the body', () => {
    expect(smsHref(byId('us-crisis-text-line'))).toBe('sms:741741?&body=HOME');
    expect(smsHref(byId('gb-shout'))).toBe('sms:85258?&body=SHOUT');
    expect(smsHref(byId('nz-safe-to-talk'))).toBe('sms:4334');
    expect(smsHref(byId('gb-samaritans'))).toBeUndefined();
  });
});

describe('staleness', () => {
  it('counts 18 months to the day', () => {
    expect(isStale('2026-12-03', new Date(Date.UTC(2028, 5, 3, 23, 59)))).toBe(false);
    expect(isStale('2026-12-03', new Date(Date.UTC(2028, 5, 4)))).toBe(true);
    // 31 August + 18 months has no 31 February: the limit is the last day of February.
    expect(isStale('2026-08-31', new Date(Date.UTC(2028, 1, 29, 12)))).toBe(false);
    expect(isStale('2026-08-31', new Date(Date.UTC(2028, 2, 1)))).toBe(true);
    expect(isStale('2026-02-30', new Date(Date.UTC(2026, 2, 1)))).toBe(true);
    expect(isStale('garbage', new Date())).toBe(true);
  });

  it(`lists entries older than ${MAX_AGE_MONTHS} months, with a message for the failing build`, () => {
    // Most entries carry the research's month (2026-11-01); those read again carry 2026-12-03 or 2026-12-04.
    expect(listStaleEntries(new Date(Date.UTC(2028, 4, 1)))).toEqual([]);
    expect(staleEntriesWarning(new Date(Date.UTC(2028, 4, 1)))).toBeUndefined();
    const firstStaleDay = new Date(Date.UTC(2028, 4, 2));
    const stale = listStaleEntries(firstStaleDay);
    expect(stale.length).toBeGreaterThan(0);
    expect(stale.every((entry) => entry.lastConfirmed === '2026-11-01')).toBe(true);
    expect(listStaleEntries(new Date(Date.UTC(2028, 5, 5)))).toHaveLength(helpDirectory.length);
    const warning = staleEntriesWarning(firstStaleDay);
    expect(warning).toContain('gb-samaritans (2026-11-01)');
    expect(warning).toContain(`more than ${MAX_AGE_MONTHS} months`);
  });
});

describe('format', () => {
  it('writes the checked month the way the survivor reads dates', () => {
    expect(formatConfirmedDay('2026-12-03', 'en')).toBe('Dec 3, 2026');
    expect(formatConfirmedDay('2026-12-03', 'en-GB')).toBe('3 Dec 2026');
    expect(formatConfirmedDay('bad', 'en')).toBe('bad');
  });

  it('names time zones by city and languages by name', () => {
    expect(timeZoneCity('America/New_York')).toBe('New York');
    expect(languageName('es', 'en')).toBe('Spanish');
    expect(languageName('xh', 'not a locale!')).toBe('Xhosa');
  });

  it('turns Chrome’s ui locale into a language tag', () => {
    expect(displayLocaleFrom('en_GB')).toBe('en-GB');
    expect(displayLocaleFrom('!!')).toBe('en');
  });
});

describe('sourceLabel', () => {
  it('shows the host and the page, short enough for one line', () => {
    expect(sourceLabel('https://www.centre56.org.uk/domestic-abuse')).toBe('centre56.org.uk · domestic abuse');
    expect(sourceLabel('https://samaritans.org/')).toBe('samaritans.org');
    const long = sourceLabel('https://nnedv.org/latest_update/4th-world-conference-womens-shelters-provides-global-perspective/');
    expect(long.startsWith('nnedv.org · 4th world conference')).toBe(true);
    expect(long.length).toBeLessThanOrEqual('nnedv.org · '.length + 32);
  });

  it('leaves what is not an address as it is', () => {
    expect(sourceLabel('Helpline leaflet, 2025')).toBe('Helpline leaflet, 2025');
  });
});
