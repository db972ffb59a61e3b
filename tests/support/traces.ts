// Checks that stored data holds no readable trace of a word, without being fooled by chance.
//
// Salts, IVs, ciphertexts and key hashes are random text in the base64 or hex alphabet, so a
// short word such as a four-digit PIN turns up in them now and then (CI once failed on an IV
// that happened to read "…Z2580K…"). That is not a trace: nobody can read it back. So each
// encoded value is checked as the bytes it stands for, and every other string as written.

const HEX = /^(?:[0-9a-f]{2}){16,}$/i;
const BASE64 = /^[A-Za-z0-9+/]{12,}={0,2}$/;

function decoded(text: string): string | undefined {
  if (HEX.test(text)) return Buffer.from(text, 'hex').toString('latin1');
  if (BASE64.test(text) && text.length % 4 === 0) return Buffer.from(text, 'base64').toString('latin1');
  return undefined;
}

/** Every string in `value` (keys too), with encoded ones replaced by what they decode to. */
export function readableTextsOf(value: unknown): string[] {
  const texts: string[] = [];
  const walk = (item: unknown): void => {
    if (typeof item === 'string') texts.push(decoded(item) ?? item);
    else if (Array.isArray(item)) item.forEach(walk);
    else if (item && typeof item === 'object') {
      for (const [key, inner] of Object.entries(item)) {
        texts.push(key);
        walk(inner);
      }
    } else if (item !== undefined && item !== null) texts.push(String(item));
  };
  walk(value);
  return texts;
}

/** The readable texts of `value` that match `pattern`: expect this to equal []. */
export function tracesOf(value: unknown, pattern: RegExp): string[] {
  const flags = pattern.flags.replace('g', '');
  const test = new RegExp(pattern.source, flags);
  return readableTextsOf(value).filter((text) => test.test(text));
}
