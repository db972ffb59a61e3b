import { z } from 'zod';
import type { SealedPrivateKey } from '../crypto/lock-box';
import { siteSchema } from '../settings/schema';
import type { PinKind } from './disguise';
import { isSiteKey, type SiteKeys } from './site-keys';

/**
 * The one home of the chosen sites: what storage.local holds under `chosenSites`,
 * with or without a PIN (docs/discretion.md). Every entry carries what matching needs
 * (keys) and the site's name: readable (`name`) while no PIN is set, encrypted to the
 * lock's public key (`cipher`) once one is. Never the PIN.
 */
export interface ReadableSiteEntry extends SiteKeys {
  /** The site address, as normalizeSiteInput writes it. */
  name: string;
}

export interface SealedSiteEntry extends SiteKeys {
  /** The site name, encrypted to `lock.publicKey` (lib/crypto/lock-box.ts sealSiteName). */
  cipher: string;
}

export type SiteEntry = ReadableSiteEntry | SealedSiteEntry;

/** Present exactly while a PIN is set. */
export interface SiteLock {
  /**
   * Whether the PIN is made of digits: the calculator cover can only take digits, and
   * the settings page must say so. It tells a guesser nothing they would not try first.
   */
  pinKind?: PinKind;
  publicKey: string;
  privateKey: SealedPrivateKey;
}

export interface ChosenSitesRecord {
  format: 1;
  entries: SiteEntry[];
  lock?: SiteLock;
}

const base64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/);
const sealedSchema = z.object({
  kdf: z.literal('PBKDF2-SHA-256'),
  iterations: z.number().int().positive(),
  salt: base64,
  iv: base64,
  cipher: base64,
});
const keysShape = {
  key: z.string().refine(isSiteKey),
  wordKeys: z.array(z.string().refine(isSiteKey)).max(20),
};
const readableEntrySchema = z.object({ ...keysShape, name: siteSchema });
const sealedEntrySchema = z.object({ ...keysShape, cipher: base64.max(4096) });
const lockSchema = z.object({
  pinKind: z.enum(['digits', 'passphrase']).optional(),
  publicKey: base64,
  privateKey: sealedSchema,
});
const recordSchema = z.object({
  format: z.literal(1),
  entries: z.array(z.unknown()),
  lock: lockSchema.optional(),
});

function parseEntry(entry: unknown): SiteEntry | undefined {
  const readable = readableEntrySchema.safeParse(entry);
  if (readable.success) return readable.data;
  const sealed = sealedEntrySchema.safeParse(entry);
  return sealed.success ? sealed.data : undefined;
}

export type SiteLockReading =
  /**
   * No PIN. `dropped`, here and below: entries too badly formed to parse, left out of
   * the reading (matching goes on without them, writes keep them). A second entry for
   * the same key is the same site, not counted.
   */
  | { state: 'none'; record: ChosenSitesRecord; dropped: number }
  | { state: 'locked'; record: ChosenSitesRecord; lock: SiteLock; dropped: number }
  /**
   * The record itself cannot be read (its key material, or its outline): the PIN
   * cannot open anything. Matching goes on with the keys that can still be read; the
   * pages offer the reset.
   */
  | { state: 'damaged'; sites: SiteKeys[] };

/** Reads a stored value without ever throwing. Nothing stored yet is an empty list without a PIN. */
export function readSiteLock(raw: unknown): SiteLockReading {
  if (raw === undefined || raw === null) return { state: 'none', record: { format: 1, entries: [] }, dropped: 0 };
  const whole = recordSchema.safeParse(raw);
  const entries: SiteEntry[] = [];
  let dropped = 0;
  for (const entry of storedEntriesOf(raw)) {
    const parsed = parseEntry(entry);
    if (!parsed) dropped++;
    else if (!entries.some((e) => e.key === parsed.key)) entries.push(parsed);
  }
  if (!whole.success) return { state: 'damaged', sites: entries.map(({ key, wordKeys }) => ({ key, wordKeys })) };
  const record: ChosenSitesRecord = { ...whole.data, entries };
  return whole.data.lock ? { state: 'locked', record, lock: whole.data.lock, dropped } : { state: 'none', record, dropped };
}

/**
 * The stored entries exactly as they are: well-formed or not, readable or not. Every
 * write to the record starts from these, never from a reading's `entries`: a reading
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

/** Whether a stored entry is one this version can read (its keys and its name, readable or encrypted). */
export function isWellFormedEntry(entry: unknown): entry is SiteEntry {
  return parseEntry(entry) !== undefined;
}

export function isReadableEntry(entry: SiteEntry): entry is ReadableSiteEntry {
  return 'name' in entry;
}

/**
 * The stored record with other entries: every other field as stored, fields this
 * version does not know included. Nothing stored yet starts an empty record.
 */
export function withStoredEntries(raw: unknown, entries: unknown[]): Record<string, unknown> {
  return { format: 1, ...(raw as object | undefined), entries };
}

/**
 * The stored entries with a site's new entry in place of any entry with the same key.
 * An entry with that key stands for the very same site (the key is derived from its
 * name), so replacing it, even unreadable, loses nothing: it repairs it. Every other
 * entry stays exactly as stored.
 */
export function storedEntriesWith(raw: unknown, entry: SiteEntry): unknown[] {
  return [...storedEntriesOf(raw).filter((e) => storedKeyOf(e) !== entry.key), entry];
}

/** The stored entries without the site of `key`; every other entry exactly as stored. */
export function storedEntriesWithout(raw: unknown, key: string): unknown[] {
  return storedEntriesOf(raw).filter((e) => storedKeyOf(e) !== key);
}

export function siteKeysOfReading(reading: SiteLockReading): SiteKeys[] {
  if (reading.state === 'damaged') return reading.sites;
  return reading.record.entries.map(({ key, wordKeys }) => ({ key, wordKeys }));
}

/** The names that can be read without a PIN (every name, while none is set). */
export function readableNamesOf(reading: SiteLockReading): string[] {
  if (reading.state === 'damaged') return [];
  return reading.record.entries.filter(isReadableEntry).map((e) => e.name);
}

/** The kind of the PIN that opens a lock. Locks written before the kind was kept were all digits. */
export function pinKindOf(lock: Pick<SiteLock, 'pinKind'>): PinKind {
  return lock.pinKind ?? 'digits';
}
