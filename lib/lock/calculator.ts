/**
 * The calculator cover's arithmetic: a plain pocket calculator (each operator applies
 * to the running result, as on a desk calculator), so that the cover works for anyone
 * who tries it. It also reports a PIN candidate: digits typed on their own and then
 * "=", with nothing else since the last "=" or clear (docs/discretion.md).
 */
export type CalcOperator = '+' | '-' | '*' | '/';
export type CalcKey = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | '.' | CalcOperator | '=' | 'C';

export interface CalcState {
  /** What the display shows: a number, or 'error'. */
  display: string;
  stored: number | null;
  operator: CalcOperator | null;
  /** The next digit starts a new number. */
  fresh: boolean;
  /** Keys since the last "=" or clear. */
  keys: string;
}

export const CALC_START: CalcState = { display: '0', stored: null, operator: null, fresh: true, keys: '' };
const MAX_DIGITS = 12;

export function isCalcKey(key: string): key is CalcKey {
  return /^[0-9.+\-*/=C]$/.test(key);
}

type Digit = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9';
const isDigit = (key: CalcKey): key is Digit => key >= '0' && key <= '9' && key.length === 1;

function apply(a: number, operator: CalcOperator, b: number): number {
  switch (operator) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return b === 0 ? Number.NaN : a / b;
  }
}

/** A result as a desk calculator shows it: at most 12 significant digits, no trailing zeros. */
export function formatResult(value: number): string {
  if (!Number.isFinite(value)) return 'error';
  if (Object.is(value, -0) || value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 1e12 || abs < 1e-9) return value.toExponential(6).replace(/\.?0+e/, 'e');
  return String(Number(value.toPrecision(MAX_DIGITS)));
}

export function pressCalcKey(state: CalcState, key: CalcKey): { state: CalcState; pinCandidate?: string } {
  if (key === 'C') return { state: CALC_START };
  const base = state.display === 'error' ? CALC_START : state;
  const keys = key === '=' ? '' : base.keys + key;
  if (isDigit(key)) {
    if (base.fresh) return { state: { ...base, display: key, fresh: false, keys } };
    if (base.display.replace(/[-.]/g, '').length >= MAX_DIGITS) return { state: { ...base, keys } };
    return { state: { ...base, display: base.display === '0' ? key : base.display + key, keys } };
  }
  if (key === '.') {
    if (base.fresh) return { state: { ...base, display: '0.', fresh: false, keys } };
    return { state: { ...base, display: base.display.includes('.') ? base.display : `${base.display}.`, keys } };
  }
  const current = Number(base.display);
  if (key === '=') {
    const pinCandidate = /^\d{4,12}$/.test(base.keys) ? base.keys : undefined;
    if (base.operator === null || base.stored === null) return { state: { ...base, fresh: true, keys }, pinCandidate };
    const result = formatResult(apply(base.stored, base.operator, current));
    return { state: { display: result, stored: null, operator: null, fresh: true, keys }, pinCandidate };
  }
  const operator: CalcOperator = key;
  // An operator: finish the pending operation first (2 + 3 × → 5 ×), unless the
  // survivor is only changing their mind about the operator.
  if (base.operator !== null && base.stored !== null && !base.fresh) {
    const result = formatResult(apply(base.stored, base.operator, current));
    if (result === 'error') return { state: { ...CALC_START, display: 'error' } };
    return { state: { display: result, stored: Number(result), operator, fresh: true, keys } };
  }
  return {
    state: {
      ...base,
      stored: base.operator !== null && base.fresh && base.stored !== null ? base.stored : current,
      operator,
      fresh: true,
      keys,
    },
  };
}
