/**
 * What a PIN may be: 4 to 12 digits, or a passphrase of at least 6 characters. The
 * reasons are codes; the pages turn them into sentences (locales/lock.en.json).
 */
export type NewPinProblem = 'empty' | 'digits-length' | 'passphrase-length' | 'too-long' | 'spaces-around' | 'mismatch';

export const MAX_PIN_LENGTH = 128;

export function isDigitsPin(pin: string): boolean {
  return /^\d+$/.test(pin);
}

export function checkNewPin(pin: string, again: string): NewPinProblem | undefined {
  if (!pin) return 'empty';
  if (pin.length > MAX_PIN_LENGTH) return 'too-long';
  // A space typed by accident at either end would be invisible and then forgotten.
  if (pin.trim() !== pin) return 'spaces-around';
  if (isDigitsPin(pin)) {
    if (pin.length < 4 || pin.length > 12) return 'digits-length';
  } else if ([...pin].length < 6) {
    return 'passphrase-length';
  }
  if (pin.normalize('NFC') !== again.normalize('NFC')) return 'mismatch';
  return undefined;
}
