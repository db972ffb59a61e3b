/**
 * The in-page exit trigger, as GOV.UK's "Exit this page" component defines it:
 * Shift pressed three times, each press within 5 s of the previous one. A Shift held
 * while another key is pressed (a capital letter, a shortcut) does not count, and
 * any other key starts the count again.
 */
export const SHIFT_PRESSES_TO_EXIT = 3;
export const MAX_GAP_MS = 5000;

export interface KeyInput {
  type: 'keydown' | 'keyup';
  key: string;
  repeat: boolean;
  /** Event time in milliseconds (any monotonic clock). */
  time: number;
}

export interface ShiftTrigger {
  /** Feeds one key event; true when this event completes the third press. */
  feed(event: KeyInput): boolean;
  reset(): void;
}

export function createShiftTrigger(): ShiftTrigger {
  let presses = 0;
  let lastPressAt = -Infinity;
  let shiftDown = false;
  let shiftUsedWithOtherKey = false;

  const reset = () => {
    presses = 0;
    lastPressAt = -Infinity;
  };

  return {
    reset,
    feed({ type, key, repeat, time }) {
      if (key !== 'Shift') {
        if (type === 'keydown') {
          if (shiftDown) shiftUsedWithOtherKey = true;
          reset();
        }
        return false;
      }
      if (type === 'keydown') {
        if (!repeat) {
          shiftDown = true;
          shiftUsedWithOtherKey = false;
        }
        return false;
      }
      // keyup of Shift: a clean press has ended.
      const clean = shiftDown && !shiftUsedWithOtherKey;
      shiftDown = false;
      if (!clean) return false;
      presses = time - lastPressAt <= MAX_GAP_MS ? presses + 1 : 1;
      lastPressAt = time;
      if (presses >= SHIFT_PRESSES_TO_EXIT) {
        reset();
        return true;
      }
      return false;
    },
  };
}
