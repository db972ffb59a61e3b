import { describe, expect, it } from 'vitest';
import { afterFailure, MAX_DELAY_MS, NO_ATTEMPTS, pinDelayMs, readAttempts, waitLeftMs } from '@/lib/lock/attempts';
import { disguiseIconPaths, disguiseTitleKey } from '@/lib/lock/disguise';
import { checkNewPin } from '@/lib/lock/pin-rules';
import { siteKey } from '@/lib/lock/site-keys';
import { statsBySiteKey } from '@/lib/lock/stats';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

describe('wrong PINs slow down', () => {
  it('three free tries, then 1 s, 2 s, 4 s… capped at 5 minutes', () => {
    expect([0, 1, 2].map(pinDelayMs)).toEqual([0, 0, 0]);
    expect([3, 4, 5, 6].map(pinDelayMs)).toEqual([1000, 2000, 4000, 8000]);
    expect(pinDelayMs(11)).toBe(256_000);
    expect(pinDelayMs(12)).toBe(MAX_DELAY_MS);
    expect(pinDelayMs(500)).toBe(MAX_DELAY_MS);
  });

  it('counts the wait from the last failure', () => {
    let attempts = NO_ATTEMPTS;
    for (let i = 0; i < 4; i++) attempts = afterFailure(attempts, 10_000);
    expect(attempts.failures).toBe(4);
    expect(waitLeftMs(attempts, 10_000)).toBe(2000);
    expect(waitLeftMs(attempts, 11_500)).toBe(500);
    expect(waitLeftMs(attempts, 12_000)).toBe(0);
  });

  it('a clock set back never makes the wait longer than the delay', () => {
    const attempts = { failures: 5, lastFailureAt: 10 ** 13 };
    expect(waitLeftMs(attempts, 0)).toBe(4000);
  });

  it('reads odd stored values as no failures', () => {
    for (const odd of [undefined, null, 'x', { failures: -1 }, { failures: 1.5 }, { failures: '9' }])
      expect(readAttempts(odd)).toEqual(NO_ATTEMPTS);
    expect(readAttempts({ failures: 4, lastFailureAt: 'x' })).toEqual({ failures: 4, lastFailureAt: 0 });
  });
});

describe('new PIN rules', () => {
  it.each([
    ['2580', undefined],
    ['123456789012', undefined],
    ['correct horse', undefined],
    ['pässwörd', undefined],
    ['', 'empty'],
    ['123', 'digits-length'],
    ['1234567890123', 'digits-length'],
    ['abcde', 'passphrase-length'],
    [' 2580', 'spaces-around'],
    ['x'.repeat(129), 'too-long'],
  ])('%j → %s', (pin, problem) => {
    expect(checkNewPin(pin, pin)).toBe(problem);
  });

  it('asks for the same PIN twice', () => {
    expect(checkNewPin('2580', '2850')).toBe('mismatch');
  });
});

describe('erase statistics by site key', () => {
  const SALT = 'ab'.repeat(16);
  const keyOf = (site: string) => siteKey(SALT, site);

  it('moves name-keyed entries to keys, merging with what a key already has', () => {
    const key = keyOf('hotline.example');
    const { stats, changed } = statsBySiteKey(
      {
        'hotline.example': { lastClearedAt: 5, removed: 3 },
        [key]: { lastClearedAt: 9, removed: 2 },
        'refuge.org.uk': { lastClearedAt: 1, removed: 1 },
        broken: 'x',
      },
      keyOf,
    );
    expect(changed).toBe(true);
    expect(stats).toEqual({ [key]: { lastClearedAt: 9, removed: 5 }, [keyOf('refuge.org.uk')]: { lastClearedAt: 1, removed: 1 } });
    expect(JSON.stringify(stats)).not.toMatch(/hotline|refuge/);
  });

  it('changes nothing twice', () => {
    const first = statsBySiteKey({ 'hotline.example': { lastClearedAt: 5, removed: 3 } }, keyOf);
    expect(statsBySiteKey(first.stats, keyOf)).toEqual({ stats: first.stats, changed: false });
  });
});

describe('disguises', () => {
  it('point at icons that exist, and at the extension’s own icon when off', () => {
    for (const disguise of ['none', 'notes', 'weather', 'calculator'] as const) {
      for (const path of Object.values(disguiseIconPaths(disguise))) expect(existsSync(join('public', path)), path).toBe(true);
    }
    expect(disguiseIconPaths('none')['16']).toBe('/icon/16.png');
    expect(disguiseTitleKey('none')).toBe('ext_name');
    expect(disguiseTitleKey('calculator')).toBe('lock_disguise_calculator_title');
  });
});
