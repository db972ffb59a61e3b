import { describe, expect, it } from 'vitest';
import { CALC_START, formatResult, isCalcKey, pressCalcKey, type CalcKey, type CalcState } from '@/lib/lock/calculator';

function press(sequence: string, from: CalcState = CALC_START): { state: CalcState; candidates: string[] } {
  let state = from;
  const candidates: string[] = [];
  for (const key of sequence) {
    if (!isCalcKey(key)) throw new Error(key);
    const result = pressCalcKey(state, key as CalcKey);
    state = result.state;
    if (result.pinCandidate) candidates.push(result.pinCandidate);
  }
  return { state, candidates };
}

describe('the calculator cover', () => {
  it.each([
    ['12+7=', '19'],
    ['2+3*4=', '20'],
    ['10/4=', '2.5'],
    ['0.1+0.2=', '0.3'],
    ['7-9=', '-2'],
    ['5/0=', 'error'],
    ['5/0=3+1=', '4'],
    ['9*+2=', '11'],
    ['1.2.3+1=', '2.23'],
    ['999999999999*999999999999=', '1e+24'],
    ['12C3=', '3'],
  ])('%s shows %s', (keys, display) => {
    expect(press(keys).state.display).toBe(display);
  });

  it('offers digits typed alone and then "=" as a PIN', () => {
    expect(press('2580=').candidates).toEqual(['2580']);
    expect(press('1+1=2580=').candidates).toEqual(['2580']);
    expect(press('C2580=').candidates).toEqual(['2580']);
  });

  it('never offers a calculation, a short or long number, or a decimal as a PIN', () => {
    expect(press('25+80=').candidates).toEqual([]);
    expect(press('258=').candidates).toEqual([]);
    expect(press('1234567890123=').candidates).toEqual([]);
    expect(press('25.80=').candidates).toEqual([]);
  });

  it('shows a PIN typed as a plain number, as any calculator would', () => {
    expect(press('2580=').state.display).toBe('2580');
  });

  it('formats like a desk calculator', () => {
    expect(formatResult(1 / 3)).toBe('0.333333333333');
    expect(formatResult(-0)).toBe('0');
    expect(formatResult(Number.POSITIVE_INFINITY)).toBe('error');
  });
});

describe('the weather cover', () => {
  it('is the same all day, changes from day to day, and follows the seasons', async () => {
    const { forecastFor } = await import('@/lib/lock/cover-weather');
    const morning = forecastFor(new Date(2026, 6, 20, 8));
    expect(forecastFor(new Date(2026, 6, 20, 22))).toEqual(morning);
    const month = Array.from({ length: 30 }, (_, d) => JSON.stringify(forecastFor(new Date(2026, 6, d + 1)).today));
    expect(new Set(month).size).toBeGreaterThan(5);
    const avgHigh = (m: number) =>
      Array.from({ length: 28 }, (_, d) => forecastFor(new Date(2026, m, d + 1)).today.high).reduce((x, y) => x + y) / 28;
    expect(avgHigh(6)).toBeGreaterThan(avgHigh(0) + 10);
    for (const { today } of [morning]) expect(today.low).toBeLessThan(today.high);
  });
});
