import { fromBase64, toBase64 } from './encoding';

/**
 * The cryptography of the PIN lock (docs/discretion.md), WebCrypto only:
 * - an RSA-OAEP key pair (2048 bits, SHA-256) per PIN. The public key is stored in
 *   the clear so that a site can be added while the list is locked (one click in the
 *   popup): each site name is encrypted to it on its own.
 * - the private key (pkcs8) encrypted with AES-GCM under a key derived from the PIN
 *   with PBKDF2-SHA-256. Entering the PIN means decrypting the private key; a wrong PIN
 *   makes AES-GCM's authentication fail. Nothing derived from the PIN is stored.
 * Pure: takes the SubtleCrypto to use (globalThis.crypto.subtle by default; Node 20 has it).
 */

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256 (the lead's floor is 310,000). */
export const PBKDF2_ITERATIONS = 600_000;
const MIN_ITERATIONS = 310_000;
const RSA = { name: 'RSA-OAEP', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' } as const;
/** RSA-OAEP with SHA-256 and a 2048-bit key encrypts at most 256 - 2·32 - 2 bytes at once. */
const RSA_BLOCK_IN = 190;
const RSA_BLOCK_OUT = 256;
// Binds the encrypted private key to its purpose: it cannot be swapped for another AES-GCM blob of ours.
const PRIVATE_KEY_AAD = new TextEncoder().encode('quiet-tabs site-lock private key v1');

export interface SealedPrivateKey {
  kdf: 'PBKDF2-SHA-256';
  iterations: number;
  /** Base64: 16 random bytes. */
  salt: string;
  /** Base64: 12 random bytes. */
  iv: string;
  /** Base64: the AES-GCM ciphertext of the pkcs8 private key. */
  cipher: string;
}

export interface KeyPair {
  /** Base64 spki, stored in the clear. */
  publicKey: string;
  /** Extractable, so that a new PIN can seal it again; it lives only in page memory. */
  privateKey: CryptoKey;
}

const defaultSubtle = () => globalThis.crypto.subtle;
const random = (length: number) => globalThis.crypto.getRandomValues(new Uint8Array(length));

export async function createKeyPair(subtle = defaultSubtle()): Promise<KeyPair> {
  const pair = (await subtle.generateKey(RSA, true, ['encrypt', 'decrypt'])) as CryptoKeyPair;
  return { publicKey: toBase64(await subtle.exportKey('spki', pair.publicKey)), privateKey: pair.privateKey };
}

async function pinKey(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number, subtle: SubtleCrypto): Promise<CryptoKey> {
  // NFC: the same PIN typed on two keyboards (é as one or two code points) opens the lock.
  const material = await subtle.importKey('raw', new TextEncoder().encode(pin.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return subtle.deriveKey({ name: 'PBKDF2', salt, iterations, hash: 'SHA-256' }, material, { name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
}

export async function sealPrivateKey(
  privateKey: CryptoKey,
  pin: string,
  iterations = PBKDF2_ITERATIONS,
  subtle = defaultSubtle(),
): Promise<SealedPrivateKey> {
  const salt = random(16);
  const iv = random(12);
  const key = await pinKey(pin, salt, iterations, subtle);
  const pkcs8 = await subtle.exportKey('pkcs8', privateKey);
  const cipher = await subtle.encrypt({ name: 'AES-GCM', iv, additionalData: PRIVATE_KEY_AAD }, key, pkcs8);
  return { kdf: 'PBKDF2-SHA-256', iterations, salt: toBase64(salt), iv: toBase64(iv), cipher: toBase64(cipher) };
}

/**
 * The private key, or undefined when the PIN is wrong. Damaged key material is an
 * error (the caller offers the reset), never mistaken for a wrong PIN silently: it
 * throws a LockDamagedError.
 */
export async function openPrivateKey(sealed: SealedPrivateKey, pin: string, subtle = defaultSubtle()): Promise<CryptoKey | undefined> {
  let salt: Uint8Array<ArrayBuffer>, iv: Uint8Array<ArrayBuffer>, cipher: Uint8Array<ArrayBuffer>;
  try {
    salt = fromBase64(sealed.salt);
    iv = fromBase64(sealed.iv);
    cipher = fromBase64(sealed.cipher);
  } catch {
    throw new LockDamagedError('the protected key is not readable');
  }
  if (sealed.iterations < MIN_ITERATIONS || salt.length < 16 || iv.length !== 12)
    throw new LockDamagedError('the protected key is not valid');
  const key = await pinKey(pin, salt, sealed.iterations, subtle);
  let pkcs8: ArrayBuffer;
  try {
    pkcs8 = await subtle.decrypt({ name: 'AES-GCM', iv, additionalData: PRIVATE_KEY_AAD }, key, cipher);
  } catch {
    return undefined;
  }
  try {
    return await subtle.importKey('pkcs8', pkcs8, RSA, true, ['decrypt']);
  } catch {
    throw new LockDamagedError('the protected key is not an RSA key');
  }
}

export class LockDamagedError extends Error {}

/** Encrypts a site name to the stored public key; needs no PIN. Base64 of 256-byte RSA blocks. */
export async function sealSiteName(publicKey: string, name: string, subtle = defaultSubtle()): Promise<string> {
  const key = await subtle.importKey('spki', fromBase64(publicKey), RSA, false, ['encrypt']);
  const bytes = new TextEncoder().encode(name);
  // A host name can be 253 bytes: longer than one RSA block takes. Each block is encrypted on its own.
  const blocks: Uint8Array[] = [];
  for (let at = 0; at < bytes.length || at === 0; at += RSA_BLOCK_IN) {
    blocks.push(new Uint8Array(await subtle.encrypt({ name: 'RSA-OAEP' }, key, bytes.subarray(at, at + RSA_BLOCK_IN))));
  }
  const joined = new Uint8Array(blocks.length * RSA_BLOCK_OUT);
  blocks.forEach((block, i) => joined.set(block, i * RSA_BLOCK_OUT));
  return toBase64(joined);
}

export async function openSiteName(privateKey: CryptoKey, cipher: string, subtle = defaultSubtle()): Promise<string> {
  const bytes = fromBase64(cipher);
  if (!bytes.length || bytes.length % RSA_BLOCK_OUT) throw new LockDamagedError('an encrypted site name is not readable');
  const parts: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += RSA_BLOCK_OUT) {
    parts.push(new Uint8Array(await subtle.decrypt({ name: 'RSA-OAEP' }, privateKey, bytes.subarray(at, at + RSA_BLOCK_OUT))));
  }
  const joined = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(joined);
}
