import { z } from 'zod';
import type { SealedPrivateKey } from '../crypto/lock-box';
import type { PinKind } from './disguise';
import { isSiteKey, type SiteKeys } from './site-keys';

/**
 * What storage.local holds under `siteLock` while a PIN is set: only what matching
 * needs (keys) and the readable list encrypted, site by site (docs/discretion.md).
 * Never a site name, never the PIN.
 */
export interface SiteLockEntry extends SiteKeys {
  /** The site name, encrypted to `publicKey` (lib/crypto/lock-box.ts sealSiteName). */
  cipher: string;
}

export interface SiteLockRecord {
  format: 1;
  /**
   * Whether the PIN is made of digits: the calculator cover can only take digits, and
   * the settings page must say so. It tells a guesser nothing they would not try first.
   */
  pinKind?: PinKind;
  publicKey: string;
  privateKey: SealedPrivateKey;
  entries: SiteLockEntry[];
}

const base64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/);
const sealedSchema = z.object({
  kdf: z.literal('PBKDF2-SHA-256'),
  iterations: z.number().int().positive(),
  salt: base64,
  iv: base64,
  cipher: base64,
});
const entrySchema = z.object({
  key: z.string().refine(isSiteKey),
  wordKeys: z.array(z.string().refine(isSiteKey)).max(20),
  cipher: base64.max(4096),
});
const recordSchema = z.object({
  format: z.literal(1),
  pinKind: z.enum(['digits', 'passphrase']).optional(),
  publicKey: base64,
  privateKey: sealedSchema,
  entries: z.array(z.unknown()),
});

export type SiteLockReading =
  | { state: 'none' }
  /**
   * `dropped`: entries that were not readable and were left out (matching goes on
   * without them). A second entry for the same key is the same site, not counted.
   */
  | { state: 'locked'; record: SiteLockRecord; dropped: number }
  /**
   * The key material cannot be read: the PIN cannot open anything. Matching goes on
   * with the keys that can still be read; the pages offer the reset.
   */
  | { state: 'damaged'; sites: SiteKeys[] };

/** Reads a stored value without ever throwing. */
export function readSiteLock(raw: unknown): SiteLockReading {
  if (raw === undefined || raw === null) return { state: 'none' };
  const whole = recordSchema.safeParse(raw);
  const rawEntries =
    typeof raw === 'object' && Array.isArray((raw as { entries?: unknown }).entries) ? (raw as { entries: unknown[] }).entries : [];
  const entries: SiteLockEntry[] = [];
  let dropped = 0;
  for (const entry of rawEntries) {
    const parsed = entrySchema.safeParse(entry);
    if (!parsed.success) dropped++;
    else if (!entries.some((e) => e.key === parsed.data.key)) entries.push(parsed.data);
  }
  if (!whole.success) return { state: 'damaged', sites: entries.map(({ key, wordKeys }) => ({ key, wordKeys })) };
  return { state: 'locked', record: { ...whole.data, entries }, dropped };
}

/**
 * The stored entries exactly as they are: well-formed or not, readable or not. Every
 * write to the lock starts from these, never from a reading's `entries`: a reading
 * leaves out what it cannot parse, and writing it back would silently drop those
 * sites (their visits would stop being hidden).
 */
export function storedEntriesOf(raw: unknown): unknown[] {
  return raw !== null && typeof raw === 'object' && Array.isArray((raw as { entries?: unknown }).entries)
    ? [...(raw as { entries: unknown[] }).entries]
    : [];
}

/** The site key a stored entry names, if it names one (a badly formed entry may not). */
export function storedKeyOf(entry: unknown): string | undefined {
  const key = entry !== null && typeof entry === 'object' ? (entry as { key?: unknown }).key : undefined;
  return typeof key === 'string' ? key : undefined;
}

/** Whether a stored entry is one this version can read (its keys and its encrypted name). */
export function isWellFormedEntry(entry: unknown): entry is SiteLockEntry {
  return entrySchema.safeParse(entry).success;
}

/**
 * The stored record with other entries: every other field as stored, fields this
 * version does not know included.
 */
export function withStoredEntries(raw: unknown, entries: unknown[]): Record<string, unknown> {
  return { ...(raw as object), entries };
}

/**
 * The stored entries with a site's new entry in place of any entry with the same key.
 * An entry with that key stands for the very same site (the key is derived from its
 * name), so replacing it, even unreadable, loses nothing: it repairs it. Every other
 * entry stays exactly as stored.
 */
export function storedEntriesWith(raw: unknown, entry: SiteLockEntry): unknown[] {
  return [...storedEntriesOf(raw).filter((e) => storedKeyOf(e) !== entry.key), entry];
}

/** The stored entries without the site of `key`; every other entry exactly as stored. */
export function storedEntriesWithout(raw: unknown, key: string): unknown[] {
  return storedEntriesOf(raw).filter((e) => storedKeyOf(e) !== key);
}

export function siteKeysOfReading(reading: SiteLockReading): SiteKeys[] {
  if (reading.state === 'none') return [];
  if (reading.state === 'damaged') return reading.sites;
  return reading.record.entries.map(({ key, wordKeys }) => ({ key, wordKeys }));
}

/** The kind of the PIN that opens a lock. Locks written before the kind was kept were all digits. */
export function pinKindOf(record: Pick<SiteLockRecord, 'pinKind'>): PinKind {
  return record.pinKind ?? 'digits';
}
