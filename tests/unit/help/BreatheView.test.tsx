// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BreatheView } from '../../../components/help/BreatheView';
import { HelpPanel } from '../../../components/help/HelpPanel';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(<BreatheView />, root));
});
afterEach(() => {
  act(() => render(null, root));
  root.remove();
  vi.useRealTimers();
});

const section = (id: string) => root.querySelector<HTMLElement>(`#${id}`)!;
const button = (scope: HTMLElement, name: string | RegExp) =>
  [...scope.querySelectorAll<HTMLButtonElement>('button')].find((b) =>
    typeof name === 'string' ? b.textContent === name : name.test(b.textContent ?? ''),
  )!;
const click = (target: HTMLButtonElement) => act(() => target.click());

describe('Breathe: a small set of grounding exercises', () => {
  it('offers five, each with its own heading', () => {
    expect([...root.querySelectorAll('h3')].map((h) => h.textContent)).toEqual([
      'Notice what is around you',
      'Slow breathing',
      'Box breathing',
      'A gentle body scan',
      'A calm place in your mind',
    ]);
  });

  for (const [id, start, first, done] of [
    ['help-scan', 'Start the body scan', 'Notice your feet.', 'Take a slow breath.'],
    ['help-place', 'Start the calm-place exercise', 'Choose your place', 'You can come back to your place'],
  ] as const) {
    it(`${id}: one step at a time, at the survivor's pace, with the focus on each new step`, () => {
      vi.useFakeTimers();
      const part = section(id);
      click(button(part, start));
      expect(part.textContent).toContain('Step 1 of 5');
      expect(document.activeElement!.textContent).toContain(first);
      // Nothing moves on by itself.
      act(() => {
        vi.advanceTimersByTime(60_000);
      });
      expect(part.textContent).toContain('Step 1 of 5');
      for (let i = 0; i < 5; i++) click(button(part, 'Next'));
      expect(document.activeElement!.textContent).toContain(done);
      expect(button(part, 'Start again')).toBeDefined();
    });
  }

  it('box breathing goes in, hold, out, hold, four seconds each', () => {
    vi.useFakeTimers();
    const part = section('help-box');
    const cue = () => part.querySelector('[aria-live="polite"]')!.textContent;
    const shape = () => part.querySelector('.help-breath__circle')!.className;
    click(button(part, 'Start box breathing'));
    const seen: string[] = [cue()!];
    expect(shape()).toContain('help-breath__circle--in');
    for (let second = 0; second < 16; second++) {
      act(() => {
        vi.advanceTimersByTime(1000);
      });
      if (seen.at(-1) !== cue()) seen.push(cue()!);
    }
    expect(seen).toEqual(['Breathe in', 'Hold', 'Breathe out', 'Hold', 'Breathe in']);
    click(button(part, 'Stop'));
    expect(cue()).toBe('');
    expect(part.querySelector('.help-breath__circle')).toBeNull();
  });

  it('runs one breathing guide at a time, so two rhythms never compete', () => {
    click(button(section('help-paced'), 'Start slow breathing'));
    expect(section('help-paced').querySelector('[aria-live="polite"]')!.textContent).toBe('Breathe in');
    click(button(section('help-box'), 'Start box breathing'));
    expect(section('help-paced').querySelector('[aria-live="polite"]')!.textContent).toBe('');
    expect(button(section('help-paced'), 'Start slow breathing')).toBeDefined();
    expect(section('help-box').querySelector('[aria-live="polite"]')!.textContent).toBe('Breathe in');
  });
});

describe('HelpPanel opened by "Take a moment"', () => {
  it('starts at Breathe, with the exercises on screen', () => {
    act(() => render(<HelpPanel country="GB" onCountryChange={() => {}} onOpenWebsite={() => {}} initialView="breathe" />, root));
    expect(root.querySelector('#help-tab-breathe')!.getAttribute('aria-selected')).toBe('true');
    expect(root.querySelector<HTMLElement>('#help-panel-breathe')!.hidden).toBe(false);
    expect(root.querySelector('#help-box')).not.toBeNull();
  });

  it('starts at Talk to someone now otherwise', () => {
    act(() => render(<HelpPanel country="GB" onCountryChange={() => {}} onOpenWebsite={() => {}} />, root));
    expect(root.querySelector('#help-tab-talk')!.getAttribute('aria-selected')).toBe('true');
    expect(root.querySelector('#help-box')).toBeNull();
  });
});
