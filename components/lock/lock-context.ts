import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { UnlockedLock } from '@/lib/platform/site-lock';

/**
 * What the settings pages know about the PIN lock, given by PinGate: whether a PIN is
 * set, and the key that opens the list once the survivor entered it (page memory only).
 */
export interface LockState {
  pinSet: boolean;
  unlocked?: UnlockedLock;
  /** Before this page sets a PIN: the new lock must not close the page that made it. */
  expectNewLock(): void;
  /** After it: the page holds the new lock's key (or nothing, if setting it failed). */
  newLockDone(unlocked: UnlockedLock | undefined): void;
}

export const LockContext = createContext<LockState>({ pinSet: false, expectNewLock: () => {}, newLockDone: () => {} });

export function useLock(): LockState {
  return useContext(LockContext);
}
