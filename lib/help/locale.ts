import { helpDirectory } from './data/index.ts';
import { displayNamesFor } from './format.ts';
import { INTERNATIONAL, type HelpEntry } from './schema.ts';

/**
 * The country part of a browser language tag: en-GB → GB, pt-BR → BR, en → undefined.
 * Accepts Chrome's `@@ui_locale` form (en_GB) and POSIX leftovers (pt_BR.UTF-8). Numeric
 * UN M.49 regions (es-419) name no single country, so they give undefined. Never throws.
 */
export function countryFromLocale(locale: string): string | undefined {
  const tag = locale.trim().split(/[.@]/)[0]?.replace(/_/g, '-') ?? '';
  if (tag === '') return undefined;
  let region: string | undefined;
  try {
    region = new Intl.Locale(tag).region;
  } catch {
    // Not a well-formed BCP 47 tag; take a plain "ll-RR" prefix if there is one.
    region = /^[a-z]{2,3}(?:-[a-z]{4})?-([a-z]{2})(?:-|$)/i.exec(tag)?.[1];
  }
  const code = region?.toUpperCase();
  if (code === undefined || !/^[A-Z]{2}$/.test(code)) return undefined;
  // ISO 3166 reserves UK for the United Kingdom, whose code is GB; some systems still say en-UK.
  return code === 'UK' ? 'GB' : code;
}

/**
 * The value the country picker stores for "somewhere else". CLDR uses ZZ for "Unknown
 * Region", and it fits the settings' two-letter format; no help entry ever has it.
 */
export const ANYWHERE_ELSE = 'ZZ';

/** "United Kingdom" for GB in English; the code itself where the browser has no name for it. */
export function countryName(code: string, displayLocale: string): string {
  try {
    return displayNamesFor('region', displayLocale)?.of(code) ?? code;
  } catch {
    return code;
  }
}

export interface CountryChoice {
  code: string;
  name: string;
}

/** Countries with at least one entry of their own, sorted by name in the display language. */
export function supportedCountries(displayLocale: string, entries: readonly HelpEntry[] = helpDirectory): CountryChoice[] {
  const codes = new Set<string>();
  for (const entry of entries) if (entry.country !== INTERNATIONAL) codes.add(entry.country);
  let collator: Intl.Collator;
  try {
    collator = new Intl.Collator([displayLocale, 'en']);
  } catch {
    collator = new Intl.Collator('en');
  }
  return [...codes].map((code) => ({ code, name: countryName(code, displayLocale) })).toSorted((a, b) => collator.compare(a.name, b.name));
}

export function isSupportedCountry(code: string | undefined, entries: readonly HelpEntry[] = helpDirectory): boolean {
  return code !== undefined && code !== INTERNATIONAL && entries.some((entry) => entry.country === code);
}
