import { describe, expect, it } from 'vitest';
import { createShiftTrigger, type KeyInput } from '@/lib/exit/shift-trigger';

const down = (key: string, time: number, repeat = false): KeyInput => ({ type: 'keydown', key, time, repeat });
const up = (key: string, time: number): KeyInput => ({ type: 'keyup', key, time, repeat: false });
const press = (time: number) => [down('Shift', time), up('Shift', time + 50)];

function run(events: KeyInput[]): number[] {
  const trigger = createShiftTrigger();
  return events.flatMap((e, i) => (trigger.feed(e) ? [i] : []));
}

describe('the in-page exit trigger (Shift three times)', () => {
  it('fires on the third clean press', () => {
    expect(run([...press(0), ...press(500), ...press(1000)])).toEqual([5]);
  });

  it('allows up to 5 s between presses, and starts over after a longer gap', () => {
    expect(run([...press(0), ...press(4900), ...press(9800)])).toEqual([5]);
    expect(run([...press(0), ...press(6000), ...press(7000)])).toEqual([]);
    expect(run([...press(0), ...press(6000), ...press(7000), ...press(8000)])).toEqual([7]);
  });

  it('does not count a Shift used for a capital letter', () => {
    expect(run([...press(0), ...press(100), down('Shift', 200), down('A', 210), up('A', 220), up('Shift', 230)])).toEqual([]);
  });

  it('starts over when any other key is pressed', () => {
    expect(run([...press(0), ...press(100), down('a', 150), up('a', 160), ...press(200)])).toEqual([]);
    expect(run([...press(0), ...press(100), down('a', 150), ...press(200), ...press(300), ...press(400)])).toEqual([10]);
  });

  it('ignores auto-repeat of a held Shift', () => {
    expect(run([down('Shift', 0), down('Shift', 30, true), down('Shift', 60, true), up('Shift', 90), ...press(200)])).toEqual([]);
  });

  it('can fire again after firing', () => {
    expect(run([...press(0), ...press(1), ...press(2), ...press(3), ...press(4), ...press(5)])).toEqual([5, 11]);
  });
});
