import { describe, expect, it } from 'vitest';
import { helpDirectory } from '../../../lib/help/data/index.ts';
import { peerSupportGaps } from '../../../lib/help/data/peer-gaps.ts';
import { helpEntrySchema, INTERNATIONAL, MIN_PEER_OPTIONS, peerSupportGapSchema, type HelpEntry } from '../../../lib/help/schema.ts';
import { telHref } from '../../../lib/help/links.ts';
import { isAlwaysOpen } from '../../../lib/help/queries.ts';
import { isStale, listStaleEntries, MAX_AGE_MONTHS } from '../../../lib/help/staleness.ts';

/** The research's 20 countries (help-directory-sources.md §1.1–1.20). */
const RESEARCH_COUNTRIES = [
  'US',
  'GB',
  'CA',
  'AU',
  'NZ',
  'IE',
  'IN',
  'DE',
  'FR',
  'ES',
  'IT',
  'NL',
  'SE',
  'BR',
  'MX',
  'ZA',
  'JP',
  'PH',
  'NG',
  'KE',
];

/**
 * Numbers the research says must never be shipped: superseded (§4.17), disputed (§4) or
 * unverified / "do not use". Written as the research writes them.
 */
const FORBIDDEN_NUMBERS = [
  // superseded
  '1-800-273-8255', // US, replaced by 988
  '1-833-456-4566', // Canada, replaced by 988
  '08000 116 016', // Germany, replaced by 116 016
  '08000 55 555', // South Africa Childline, replaced by 116
  '0800 085 3330', // NAPAC, obsolete
  '141', // Brazil CVV, replaced by 188
  '(61) 99656-5008', // Disque 100 WhatsApp, replaced
  '199.284.284', // Telefono Amico, replaced
  '0570-0-55210', // Japan DV, replaced by #8008
  '88858', // NSPCC text, old
  '7217735372', // NCW WhatsApp, lockdown only
  // disputed
  '0808 500 2222', // UK Rape Crisis (code datasets)
  '0800 500 2222', // UK Rape Crisis (caprcp.org.uk)
  '1190', // Kenya Red Cross
  '1199', // Kenya Red Cross
  '0800 567 567', // SADAG
  '0800 21 22 23', // SADAG
  '0800 12 13 14', // SADAG
  '0800 456 789', // SADAG
  '31393', // SADAG SMS
  '087 163 2030', // SADAG WhatsApp
  '(61) 9610-0180', // Ligue 180 WhatsApp
  '(61) 99610-0180', // Ligue 180 WhatsApp
  '0917-989-8727', // rappler.com's NCMH number, probably a typo
  // unverified or status unknown
  '0808 801 0331', // NAPAC (code datasets only)
  '1-800-222-4453', // Childhelp TDD (one weak source)
  '0800 027 1234', // Scotland, from memory
  '0508 326 459', // Oranga Tamariki, from memory
  '0800 800 2000', // MANI (progress.guide only)
  '1800-599-0019', // KIRAN, status unknown
  '51444', // Pieta text, not found
  '0800 221 234', // progress.guide's wrong Childline Kenya number
  '*120*7867#', // GBV Command Centre USSD, suspended
  '31531', // GBV Command Centre SMS, suspended
  '619025580', // AVASI 2006 phone, status unknown
];

const digitsOf = (text: string): string => text.replace(/[^0-9]/g, '');

/** Every string anywhere in an entry, so a number cannot hide in a description or a note. */
function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(allStrings);
  return [];
}

/** Runs of digits with the separators people put in phone numbers, as dialled digits. */
function numberRunsIn(text: string): string[] {
  return (text.match(/[+(]?\d[\d\s().\-–]*\d|\d/g) ?? []).map(digitsOf);
}

/** Every number an entry offers to dial, text or message, as digits. */
function contactNumbers(entry: HelpEntry): string[] {
  return [
    ...(entry.phones ?? []).flatMap((phone) => [digitsOf(phone.tel), digitsOf(phone.display)]),
    ...(entry.text ? [entry.text.number, digitsOf(entry.text.display)] : []),
    ...(entry.whatsapp ? [digitsOf(entry.whatsapp.display)] : []),
  ];
}

const KEYPAD: Record<string, string> = Object.fromEntries(
  [
    ['2', 'ABC'],
    ['3', 'DEF'],
    ['4', 'GHI'],
    ['5', 'JKL'],
    ['6', 'MNO'],
    ['7', 'PQRS'],
    ['8', 'TUV'],
    ['9', 'WXYZ'],
  ].flatMap(([digit, letters]) => [...letters!].map((letter) => [letter, digit!])),
);

/**
 * What a published number dials: letters mapped by the phone keypad, then spaces, dashes,
 * dots and brackets removed. "800-799-SAFE (7233)" prints the letters' digits in brackets:
 * the test checks that they agree and drops them. "0800 REFUGE / 0800 733 843" gives the
 * same number twice: every form must dial the same digits.
 */
function dialledDigits(display: string): string {
  const forms = display.split(' / ').map((form) => {
    let text = form.trim();
    // A vanity number is shown as digits with its letters beside: "1-800-799-7233 (SAFE)".
    const spelled = /^([^A-Z]*\d)\s*\(([A-Z]+)\)$/.exec(text);
    if (spelled) {
      const [, head, letters] = spelled;
      const lettersAsDigits = [...letters!].map((l) => KEYPAD[l]).join('');
      expect(head!.replace(/\D/g, '').endsWith(lettersAsDigits), `${display}: the letters spell the last digits`).toBe(true);
      text = head!;
    }
    // A text keyword is published letters first: "HELP (4357)".
    const keyword = /^(.*[A-Z].*?)\s*\((\d+)\)$/.exec(text);
    if (keyword) {
      const [, head, published] = keyword;
      const lettersAsDigits = [...head!.replace(/[^A-Z]/g, '')].map((l) => KEYPAD[l]).join('');
      expect(lettersAsDigits, `${display}: the bracketed digits match the letters`).toBe(published);
      text = head!;
    }
    return [...text]
      .map((char) => KEYPAD[char] ?? char)
      .join('')
      .replace(/[\s\-.()\u00a0]/g, '');
  });
  for (const form of forms) expect(form, `${display}: every form dials the same number`).toBe(forms[0]);
  return forms[0]!;
}

describe('help directory data', () => {
  it('validates every entry against the schema', () => {
    for (const entry of helpDirectory) {
      const result = helpEntrySchema.safeParse(entry);
      expect(result.success ? [] : result.error.issues, entry.id).toEqual([]);
    }
  });

  it('gives every entry a unique id', () => {
    const ids = helpDirectory.map((entry) => entry.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('gives every entry the day it was confirmed, no older than 18 months, and at least one source page, each a full address', () => {
    const today = new Date();
    for (const entry of helpDirectory) {
      expect(entry.lastConfirmed, entry.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(isStale(entry.lastConfirmed, today), `${entry.id} confirmed ${entry.lastConfirmed}`).toBe(false);
      // Issue 13: every entry names at least one page that confirmed it; a citation without an
      // address does not count.
      expect(entry.sources.length, `${entry.id} has no source page`).toBeGreaterThan(0);
      // An http page is still a page a person can open, but only an entry whose own website
      // is served over http alone may cite one, and only from that same site.
      const ownSite = entry.website === undefined ? undefined : new URL(entry.website);
      const httpOnlySite = ownSite?.protocol === 'http:' ? ownSite.hostname : undefined;
      for (const source of entry.sources) {
        const url = new URL(source);
        const allowed = url.protocol === 'https:' || (url.protocol === 'http:' && url.hostname === httpOnlySite);
        const rule = 'must be https; http only for a page on the entry’s own http-only website';
        expect(allowed, `${entry.id}: ${source} ${rule}`).toBe(true);
        expect(url.pathname.length > 1 || url.search.length > 1, `${entry.id}: ${source} is a bare domain`).toBe(true);
      }
    }
  });

  it('gives every entry a way to reach it: a phone, text, WhatsApp, chat, email or website', () => {
    for (const entry of helpDirectory) {
      const ways = [
        (entry.phones?.length ?? 0) > 0,
        entry.text !== undefined,
        entry.whatsapp !== undefined,
        entry.chatUrl !== undefined,
        entry.email !== undefined,
        entry.website !== undefined,
      ];
      expect(ways.some(Boolean), entry.id).toBe(true);
    }
  });

  it('never dates a check after the day it was made', () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const entry of helpDirectory) expect(entry.lastConfirmed <= today, `${entry.id} ${entry.lastConfirmed}`).toBe(true);
  });

  it(`offers ${MIN_PEER_OPTIONS} peer options in every country, or says plainly why not`, () => {
    for (const gap of peerSupportGaps) {
      const parsed = peerSupportGapSchema.safeParse(gap);
      expect(parsed.success ? [] : parsed.error.issues, gap.country).toEqual([]);
    }
    const gapCountries = peerSupportGaps.map((gap) => gap.country);
    expect(gapCountries.filter((code, index) => gapCountries.indexOf(code) !== index)).toEqual([]);
    for (const code of RESEARCH_COUNTRIES) {
      const own = helpDirectory.filter((entry) => entry.country === code && entry.kind === 'peer-group');
      const gap = peerSupportGaps.find((g) => g.country === code);
      if (own.length >= MIN_PEER_OPTIONS) {
        // A reason left behind after the country reached three would mislead.
        expect(gap, `${code} has ${own.length} peer options and still a written reason`).toBeUndefined();
        continue;
      }
      expect(gap, `${code} has ${own.length} peer options and no written reason`).toBeDefined();
      for (const id of gap?.international ?? []) {
        const community = helpDirectory.find((entry) => entry.id === id);
        expect(community?.country, `${code}: ${id}`).toBe(INTERNATIONAL);
        expect(community?.kind, `${code}: ${id}`).toBe('peer-group');
        expect(community?.format, `${code}: ${id} is online`).toBe('online');
        expect(community?.languages.length ?? 0, `${code}: ${id} says its language`).toBeGreaterThan(0);
      }
    }
  });

  it('writes every entry of a non-English country in that country’s language too', () => {
    const countryLanguage: Record<string, string> = {
      DE: 'de',
      FR: 'fr',
      ES: 'es',
      MX: 'es',
      IT: 'it',
      BR: 'pt',
      NL: 'nl',
      SE: 'sv',
      JP: 'ja',
    };
    const entries = helpDirectory.filter((entry) => countryLanguage[entry.country] !== undefined);
    expect(entries.length).toBeGreaterThan(40);
    for (const entry of entries) {
      const local = entry.translations?.[countryLanguage[entry.country]!];
      expect(local?.description, `${entry.id}: description`).toBeTruthy();
      expect(local?.description, `${entry.id}: not just the English again`).not.toBe(entry.description);
      if (entry.howToJoin !== undefined) expect(local?.howToJoin, `${entry.id}: howToJoin`).toBeTruthy();
      if (entry.costNote !== undefined) expect(local?.costNote, `${entry.id}: costNote`).toBeTruthy();
      expect(local?.safetyNotes?.length ?? 0, `${entry.id}: safetyNotes`).toBe(entry.safetyNotes?.length ?? 0);
    }
  });

  it('says who runs every entry', () => {
    for (const entry of helpDirectory) {
      expect(['peer-led', 'professionally-facilitated', 'professional-service'], entry.id).toContain(entry.runBy);
      expect(entry.kind, entry.id).toBeTruthy();
    }
  });

  it('shows every vanity number in digits, with its letters only beside them', () => {
    const vanity = helpDirectory.flatMap((entry) => (entry.phones ?? []).filter((phone) => /[A-Z]/i.test(phone.display)));
    expect(vanity.length).toBeGreaterThan(0);
    for (const phone of vanity) {
      expect(phone.display, 'digits first, letters in brackets').toMatch(/^[^A-Za-z]*\d \([A-Z]+\)$/);
    }
  });

  it('dials US toll-free numbers with the leading 1', () => {
    const usTollFree = helpDirectory
      .filter((entry) => entry.country === 'US')
      .flatMap((entry) => entry.phones ?? [])
      .filter((phone) => /^1?8(00|33|44|55|66|77|88)/.test(phone.tel));
    expect(usTollFree.length).toBeGreaterThan(2);
    for (const phone of usTollFree) expect(phone.tel, phone.display).toMatch(/^18\d{9}$/);
  });

  it('dials exactly the published digits in every tel: link', () => {
    for (const entry of helpDirectory) {
      for (const phone of entry.phones ?? []) {
        expect(phone.tel, `${entry.id}: ${phone.display}`).toBe(dialledDigits(phone.display));
        expect(telHref(phone)).toBe(`tel:${phone.tel.replace('#', '%23')}`);
      }
    }
  });

  it('texts exactly the published digits', () => {
    for (const entry of helpDirectory) {
      if (entry.text) expect(entry.text.number, entry.id).toBe(dialledDigits(entry.text.display));
    }
  });

  it('keeps short codes short: no made-up international prefix', () => {
    for (const entry of helpDirectory) {
      for (const phone of entry.phones ?? []) {
        if (phone.tel.startsWith('+')) expect(phone.display.trim().startsWith('+'), entry.id).toBe(true);
      }
    }
  });

  it('spot-checks numbers a survivor is most likely to call', () => {
    const tel = (id: string, index = 0) => helpDirectory.find((e) => e.id === id)?.phones?.[index]?.tel;
    expect(tel('us-988-suicide-crisis-lifeline')).toBe('988');
    expect(tel('us-national-domestic-violence-hotline')).toBe('18007997233');
    expect(tel('us-rainn-national-sexual-assault-hotline')).toBe('18006564673');
    expect(tel('gb-national-domestic-abuse-helpline')).toBe('08082000247');
    expect(tel('gb-samaritans')).toBe('116123');
    expect(tel('au-1800respect')).toBe('1800737732');
    expect(tel('de-hilfetelefon-gewalt-gegen-frauen')).toBe('116016');
    expect(tel('es-016')).toBe('016');
    expect(tel('jp-dv-soudan-navi')).toBe('#8008');
  });

  it('never ships a superseded, disputed or unverified number', () => {
    const found: string[] = [];
    for (const entry of helpDirectory) {
      const numbers = contactNumbers(entry);
      const runs = allStrings(entry).flatMap(numberRunsIn);
      for (const forbidden of FORBIDDEN_NUMBERS) {
        const digits = digitsOf(forbidden);
        // Short codes (141, 1190) would match inside longer numbers, so they must not be a
        // number of the entry; longer numbers must not appear anywhere in its text either.
        const hit = numbers.includes(digits) || runs.includes(digits) || (digits.length >= 7 && runs.some((run) => run.includes(digits)));
        if (hit) found.push(`${entry.id}: ${forbidden}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('the forbidden-number check catches a superseded number written any way', () => {
    const planted: HelpEntry = {
      ...helpDirectory[0]!,
      phones: [{ display: '1 (800) 273-8255', tel: '18002738255' }],
    };
    const inDescription: HelpEntry = { ...helpDirectory[0]!, description: 'Old line: 08000 116 016.' };
    for (const entry of [planted, inDescription]) {
      const runs = allStrings(entry).flatMap(numberRunsIn);
      const hits = FORBIDDEN_NUMBERS.map(digitsOf).filter((d) => d.length >= 7 && runs.some((run) => run.includes(d)));
      expect(hits.length).toBeGreaterThan(0);
    }
  });

  it('covers all 20 countries of the research, plus international entries', () => {
    const countries = new Set(helpDirectory.map((entry) => entry.country));
    for (const code of RESEARCH_COUNTRIES) expect(countries.has(code), code).toBe(true);
    expect(helpDirectory.some((entry) => entry.country === INTERNATIONAL && entry.kind === 'peer-group')).toBe(true);
    expect(helpDirectory.some((entry) => entry.id === 'intl-find-a-helpline' && entry.kind === 'directory')).toBe(true);
  });

  it('gives every research country at least one national line open around the clock', () => {
    for (const code of RESEARCH_COUNTRIES) {
      const always = helpDirectory.filter(
        (e) => e.country === code && e.region === undefined && isAlwaysOpen(e) && (e.phones?.length ?? 0) > 0,
      );
      expect(always.length, code).toBeGreaterThan(0);
    }
  });

  it('links only to domains found in the entry’s own cited sources', () => {
    for (const entry of helpDirectory) {
      const sourceHosts = [...entry.sources, ...(entry.citations ?? [])].map((source) => {
        const match = /^(?:https?:\/\/)?([^/\s(]+)/.exec(source);
        return (match?.[1] ?? '').replace(/^www\./, '').toLowerCase();
      });
      for (const url of [entry.website, entry.chatUrl]) {
        if (url === undefined) continue;
        const host = new URL(url).hostname.replace(/^www\./, '');
        const cited = sourceHosts.some((source) => source === host || source.endsWith(`.${host}`));
        expect(cited, `${entry.id}: ${url}`).toBe(true);
      }
    }
  });

  it('describes peer groups with the same care as hotlines', () => {
    for (const entry of helpDirectory.filter((e) => e.kind === 'peer-group')) {
      expect(entry.howToJoin, entry.id).toBeTruthy();
      expect(entry.moderated, entry.id).toBeDefined();
      expect(entry.description.length, entry.id).toBeGreaterThan(10);
    }
  });

  it('uses calm words: nothing alarming in what a survivor reads', () => {
    const alarming = /\b(trigger(ed)?|detected|warning!|urgent!|danger!)\b|!{2,}/i;
    for (const entry of helpDirectory) {
      for (const text of [entry.name, entry.description, ...(entry.safetyNotes ?? []), entry.howToJoin ?? '']) {
        expect(alarming.test(text), `${entry.id}: ${text}`).toBe(false);
      }
    }
  });

  it(`has nothing older than ${MAX_AGE_MONTHS} months at the time of the research`, () => {
    expect(listStaleEntries(new Date(Date.UTC(2026, 11, 3)))).toEqual([]);
  });
});
