import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { couldBePin, CoverPinTries, type CoverUnlockAnswer } from '@/lib/lock/cover-pin';
import { afterFailure, NO_ATTEMPTS, waitLeftMs, type PinAttempts } from '@/lib/lock/attempts';

describe('couldBePin', () => {
  it('with a PIN of digits, tries only 4 to 12 digits: ordinary searches are not PINs', () => {
    for (const search of ['milk', 'Paris', 'bread and milk', '123', '1234567890123', ' 2580', '25 80', '']) {
      expect(couldBePin(search, 'digits'), search).toBe(false);
    }
    expect(couldBePin('2580', 'digits')).toBe(true);
    expect(couldBePin('123456789012', 'digits')).toBe(true);
  });

  it('with a passphrase, tries only text that could be one (6 characters or more, not only digits)', () => {
    for (const search of ['milk', 'Paris', '2580', '123456', 'rice ', '']) expect(couldBePin(search, 'passphrase'), search).toBe(false);
    expect(couldBePin('london bridge', 'passphrase')).toBe(true);
    expect(couldBePin('näh-ein', 'passphrase')).toBe(true);
  });

  it('with a lock that does not say its kind, either shape', () => {
    expect(couldBePin('2580', undefined)).toBe(true);
    expect(couldBePin('london bridge', undefined)).toBe(true);
    expect(couldBePin('milk', undefined)).toBe(false);
  });
});

/** unlockWithPin's rules, in memory: the right PIN, the count of wrong ones and the wait. */
function fakeLock(pin: string) {
  let attempts: PinAttempts = NO_ATTEMPTS;
  const tried: string[] = [];
  const unlock = async (candidate: string): Promise<CoverUnlockAnswer> => {
    const wait = waitLeftMs(attempts, Date.now());
    if (wait > 0) return { ok: false, reason: 'wait', waitMs: wait };
    tried.push(candidate);
    if (candidate === pin) return { ok: true };
    attempts = afterFailure(attempts, Date.now());
    return { ok: false, reason: 'wrong', waitMs: waitLeftMs(attempts, Date.now()) };
  };
  return { unlock, tried, failures: () => attempts.failures, fail: (n: number) => (attempts = { failures: n, lastFailureAt: Date.now() }) };
}

describe('CoverPinTries', () => {
  beforeEach(() => vi.useFakeTimers({ now: 1_795_000_000_000 }));
  afterEach(() => vi.useRealTimers());

  it('never tries nor counts a search that cannot be the PIN', async () => {
    const lock = fakeLock('2580');
    const onOpen = vi.fn();
    const tries = new CoverPinTries({ kind: 'digits', unlock: lock.unlock, onOpen });
    for (const search of ['milk', 'Paris', 'apples', 'rice', 'library', 'soup']) expect(await tries.submit(search)).toBe(false);
    expect(lock.tried).toEqual([]);
    expect(lock.failures()).toBe(0);
    // So the right PIN opens at once, however many searches came before.
    expect(await tries.submit('2580')).toBe(true);
    expect(onOpen).toHaveBeenCalledOnce();
  });

  it('a wrong PIN counts as before', async () => {
    const lock = fakeLock('2580');
    const tries = new CoverPinTries({ kind: 'digits', unlock: lock.unlock, onOpen: vi.fn() });
    expect(await tries.submit('1111')).toBe(false);
    expect(lock.failures()).toBe(1);
  });

  it('during a wait, keeps the PIN typed in and opens when the wait ends, if it is right', async () => {
    const lock = fakeLock('2580');
    lock.fail(5); // 4 s to wait
    const onOpen = vi.fn();
    const tries = new CoverPinTries({ kind: 'digits', unlock: lock.unlock, onOpen });
    expect(await tries.submit('2580')).toBe(false);
    expect(tries.waiting).toBe(true);
    await vi.advanceTimersByTimeAsync(3_500);
    expect(onOpen).not.toHaveBeenCalled();
    expect(lock.tried).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(onOpen).toHaveBeenCalledOnce();
    expect(lock.tried).toEqual(['2580']);
    expect(tries.waiting).toBe(false);
  });

  it('keeps only the last PIN typed during a wait, and tries it like any other', async () => {
    const lock = fakeLock('2580');
    lock.fail(4); // 2 s
    const onOpen = vi.fn();
    const tries = new CoverPinTries({ kind: 'digits', unlock: lock.unlock, onOpen });
    await tries.submit('1111');
    await tries.submit('2222');
    await vi.advanceTimersByTimeAsync(2_200);
    expect(lock.tried).toEqual(['2222']);
    expect(lock.failures()).toBe(5);
    expect(onOpen).not.toHaveBeenCalled();
    // A search typed during the next wait does not replace nor drop a kept PIN.
    await tries.submit('2580');
    await tries.submit('milk');
    expect(tries.waiting).toBe(true);
    await vi.advanceTimersByTimeAsync(4_200);
    expect(onOpen).toHaveBeenCalledOnce();
  });

  it('forgets a kept PIN when the cover closes', async () => {
    const lock = fakeLock('2580');
    lock.fail(5);
    const onOpen = vi.fn();
    const tries = new CoverPinTries({ kind: 'digits', unlock: lock.unlock, onOpen });
    await tries.submit('2580');
    tries.stop();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(lock.tried).toEqual([]);
    expect(onOpen).not.toHaveBeenCalled();
  });
});
