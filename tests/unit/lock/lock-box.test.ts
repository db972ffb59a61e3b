import { describe, expect, it } from 'vitest';
import { createKeyPair, LockDamagedError, openPrivateKey, openSiteName, sealPrivateKey, sealSiteName } from '@/lib/crypto/lock-box';
import { readSiteLock, storedEntriesWith, storedEntriesWithout, type ChosenSitesRecord, type SealedSiteEntry } from '@/lib/lock/record';
import { siteKeysOf } from '@/lib/lock/site-keys';
import { tracesOf } from '../../support/traces';

// The real iteration count is 600,000 (about half a second per try); the floor the
// reader accepts is 310,000, used here to keep the tests quick.
const ITERATIONS = 310_000;
const SALT = '0123456789abcdef0123456789abcdef';

describe('the PIN lock box (WebCrypto)', () => {
  it('round trip: sites encrypted without the PIN read back only with it', async () => {
    const { publicKey, privateKey } = await createKeyPair();
    const sealed = await sealPrivateKey(privateKey, '2580', ITERATIONS);
    const sites = [
      'hotline.example',
      'xn--bcher-kva.example',
      `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(57)}.example`,
    ];
    // Adding a site needs the public key only.
    const ciphers = await Promise.all(sites.map((site) => sealSiteName(publicKey, site)));
    for (const [i, cipher] of ciphers.entries()) expect(cipher).not.toContain(sites[i]!.slice(0, 8));

    const opened = await openPrivateKey(sealed, '2580');
    expect(opened).toBeDefined();
    expect(await Promise.all(ciphers.map((c) => openSiteName(opened!, c)))).toEqual(sites);
  });

  it('a wrong PIN opens nothing, and says so without throwing', async () => {
    const { privateKey } = await createKeyPair();
    const sealed = await sealPrivateKey(privateKey, 'correct horse', ITERATIONS);
    expect(await openPrivateKey(sealed, 'correct hors')).toBeUndefined();
    expect(await openPrivateKey(sealed, '')).toBeUndefined();
    expect(await openPrivateKey(sealed, 'correct horse')).toBeDefined();
  });

  it('keeps no trace of the PIN and uses a fresh salt and IV each time', async () => {
    const { privateKey } = await createKeyPair();
    const a = await sealPrivateKey(privateKey, '13579', ITERATIONS);
    const b = await sealPrivateKey(privateKey, '13579', ITERATIONS);
    expect(tracesOf(a, /13579/)).toEqual([]);
    expect(a.salt).not.toBe(b.salt);
    expect(a.iv).not.toBe(b.iv);
    expect(a.cipher).not.toBe(b.cipher);
    expect(a).toMatchObject({ kdf: 'PBKDF2-SHA-256', iterations: ITERATIONS });
  });

  it('a PIN typed with composed or decomposed accents opens the same lock', async () => {
    const { privateKey } = await createKeyPair();
    const sealed = await sealPrivateKey(privateKey, 'café crème', ITERATIONS);
    expect(await openPrivateKey(sealed, 'cafe\u0301 cre\u0300me')).toBeDefined();
  });

  it('a new PIN seals the same key: sites added before still open', async () => {
    const { publicKey, privateKey } = await createKeyPair();
    const cipher = await sealSiteName(publicKey, 'hotline.example');
    const first = await openPrivateKey(await sealPrivateKey(privateKey, '1111', ITERATIONS), '1111');
    const again = await sealPrivateKey(first!, '2222', ITERATIONS);
    expect(await openPrivateKey(again, '1111')).toBeUndefined();
    expect(await openSiteName((await openPrivateKey(again, '2222'))!, cipher)).toBe('hotline.example');
  });

  it('refuses damaged or weakened key material instead of calling it a wrong PIN', async () => {
    const { privateKey } = await createKeyPair();
    const sealed = await sealPrivateKey(privateKey, '2580', ITERATIONS);
    await expect(openPrivateKey({ ...sealed, iterations: 1000 }, '2580')).rejects.toBeInstanceOf(LockDamagedError);
    await expect(openPrivateKey({ ...sealed, iv: '***' }, '2580')).rejects.toBeInstanceOf(LockDamagedError);
    await expect(openSiteName((await openPrivateKey(sealed, '2580'))!, 'AAAA')).rejects.toBeInstanceOf(LockDamagedError);
  });
});

describe('the stored lock record', () => {
  async function record(): Promise<ChosenSitesRecord & { entries: SealedSiteEntry[] }> {
    const { publicKey, privateKey } = await createKeyPair();
    const entries = await Promise.all(
      ['hotline.example', 'refuge.org.uk'].map(async (site) => ({
        ...siteKeysOf(SALT, site),
        cipher: await sealSiteName(publicKey, site),
      })),
    );
    return { format: 1, entries, lock: { publicKey, privateKey: await sealPrivateKey(privateKey, '2580', ITERATIONS) } };
  }

  it('reads back what was written, and holds no site name in any form', async () => {
    const written = await record();
    const stored = JSON.parse(JSON.stringify(written));
    expect(readSiteLock(stored)).toEqual({ state: 'locked', record: written, lock: written.lock, dropped: 0 });
    expect(tracesOf(stored, /hotline|refuge|2580/i)).toEqual([]);
  });

  it('adds and removes by key', async () => {
    const written = await record();
    const [first] = written.entries;
    const removed = { ...written, entries: storedEntriesWithout(written, first!.key) };
    expect(removed.entries.map((e) => (e as { key: string }).key)).toEqual([written.entries[1]!.key]);
    expect(storedEntriesWith(removed, first!)).toHaveLength(2);
    expect(storedEntriesWith(written, first!)).toHaveLength(2);
  });

  it('adds and removes by key without touching entries it cannot read', async () => {
    const written = await record();
    const [first, second] = written.entries;
    const odd = [{ key: 'edited' }, 'not even an object', null, { ...second!, cipher: 'not base64!' }];
    const stored = { ...written, entries: [first, ...odd] };
    expect(storedEntriesWithout(stored, first!.key)).toEqual(odd);
    // The badly formed copy of `second` names the same site: the new entry replaces it.
    expect(storedEntriesWith(stored, second!)).toEqual([first, { key: 'edited' }, 'not even an object', null, second]);
  });

  it('never throws on odd values; keeps the readable keys of a damaged record for matching', async () => {
    const written = await record();
    expect(readSiteLock(undefined)).toEqual({ state: 'none', record: { format: 1, entries: [] }, dropped: 0 });
    for (const odd of [42, 'x', [], {}, { format: 2 }]) expect(readSiteLock(odd).state).toBe('damaged');
    const damaged = readSiteLock({ ...written, lock: { ...written.lock, privateKey: 'gone' } });
    expect(damaged).toEqual({ state: 'damaged', sites: written.entries.map(({ key, wordKeys }) => ({ key, wordKeys })) });
    const oneBad = readSiteLock({ ...written, entries: [...written.entries, { key: 'hotline.example', cipher: 'x' }] });
    expect(oneBad).toMatchObject({ state: 'locked', dropped: 1 });
  });
});
