import { sha256Hex } from '../crypto/sha256';
import { siteSearchWords } from '../history/search-pages';

/**
 * A site key stands for a site address (or a word naming one) in storage, so that the
 * list of chosen sites is not readable there. Salted per install, so that the same
 * site has different keys in two browsers and a precomputed table of popular sites
 * does not apply. It does not stop someone who guesses a site and computes its key
 * with the salt next to it (docs/discretion.md says so).
 */
export function siteKey(salt: string, text: string): string {
  return sha256Hex(`${salt}:${text}`);
}

const KEY_SHAPE = /^[0-9a-f]{64}$/;

export function isSiteKey(value: unknown): value is string {
  return typeof value === 'string' && KEY_SHAPE.test(value);
}

/** What matching needs to know about one chosen site: never its name. */
export interface SiteKeys {
  key: string;
  /** Keys of the words that name the site in a search query (siteSearchWords). */
  wordKeys: string[];
}

export function siteKeysOf(salt: string, site: string): SiteKeys {
  return { key: siteKey(salt, site), wordKeys: siteSearchWords(site).map((word) => siteKey(salt, word)) };
}

/** A new random salt (hex), from the platform's cryptographic random source. */
export function newSalt(random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (b) => globalThis.crypto.getRandomValues(b)): string {
  const bytes = random(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
