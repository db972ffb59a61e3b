/**
 * Wrong PINs slow down: the first three cost nothing (a PIN mistyped in a hurry), then
 * each further failure doubles the wait, 1 s, 2 s, 4 s… up to 5 minutes. The count is
 * kept in storage.local so that reopening the page does not reset it. It slows down
 * someone trying PINs at the page; it cannot slow down someone who copies the storage
 * (docs/discretion.md).
 */
export interface PinAttempts {
  failures: number;
  /** Epoch ms of the last failure. */
  lastFailureAt: number;
}

export const NO_ATTEMPTS: PinAttempts = { failures: 0, lastFailureAt: 0 };
export const FREE_ATTEMPTS = 3;
export const MAX_DELAY_MS = 5 * 60_000;

export function pinDelayMs(failures: number): number {
  if (!Number.isFinite(failures) || failures < FREE_ATTEMPTS) return 0;
  return Math.min(MAX_DELAY_MS, 1000 * 2 ** Math.min(30, failures - FREE_ATTEMPTS));
}

/** How long before the next PIN may be tried. A clock set back never makes the wait longer than the delay itself. */
export function waitLeftMs(attempts: PinAttempts, now: number): number {
  const delay = pinDelayMs(attempts.failures);
  if (!delay) return 0;
  return Math.max(0, Math.min(delay, attempts.lastFailureAt + delay - now));
}

export function afterFailure(attempts: PinAttempts, now: number): PinAttempts {
  return { failures: attempts.failures + 1, lastFailureAt: now };
}

/** Reads a stored value leniently: anything odd counts as no failures rather than as a lock-out. */
export function readAttempts(raw: unknown): PinAttempts {
  if (typeof raw !== 'object' || raw === null) return NO_ATTEMPTS;
  const { failures, lastFailureAt } = raw as Record<string, unknown>;
  if (typeof failures !== 'number' || !Number.isInteger(failures) || failures < 0) return NO_ATTEMPTS;
  return {
    failures: Math.min(failures, 1000),
    lastFailureAt: typeof lastFailureAt === 'number' && Number.isFinite(lastFailureAt) ? lastFailureAt : 0,
  };
}
