import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { CALC_START, isCalcKey, pressCalcKey, type CalcKey } from '@/lib/lock/calculator';
import { t } from '../../i18n';

const LAYOUT: { key: CalcKey; label: string; name?: string }[] = [
  { key: 'C', label: 'C', name: 'lock_cover_calc_clear' },
  { key: '/', label: '÷', name: 'lock_cover_calc_divide' },
  { key: '*', label: '×', name: 'lock_cover_calc_times' },
  { key: '-', label: '−', name: 'lock_cover_calc_minus' },
  { key: '7', label: '7' },
  { key: '8', label: '8' },
  { key: '9', label: '9' },
  { key: '+', label: '+', name: 'lock_cover_calc_plus' },
  { key: '4', label: '4' },
  { key: '5', label: '5' },
  { key: '6', label: '6' },
  { key: '=', label: '=', name: 'lock_cover_calc_equals' },
  { key: '1', label: '1' },
  { key: '2', label: '2' },
  { key: '3', label: '3' },
  { key: '0', label: '0' },
  { key: '.', label: '.', name: 'lock_cover_calc_point' },
];

/** A working calculator. Digits typed on their own and then "=" are also tried as the PIN. */
export function CalculatorCover({
  titleProps,
  onPin,
}: {
  titleProps: JSX.HTMLAttributes<HTMLHeadingElement>;
  onPin(pin: string): Promise<boolean>;
}) {
  const [state, setState] = useState(CALC_START);
  const current = useRef(state);
  current.current = state;

  const press = (key: CalcKey) => {
    const result = pressCalcKey(current.current, key);
    current.current = result.state;
    setState(result.state);
    if (result.pinCandidate) void onPin(result.pinCandidate);
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.altKey || e.metaKey) return;
      const key = e.key === 'Enter' ? '=' : e.key === 'Escape' || e.key.toLowerCase() === 'c' ? 'C' : e.key;
      // Enter on a focused button activates it already.
      if (e.key === 'Enter' && (e.target as HTMLElement | null)?.tagName === 'BUTTON') return;
      if (!isCalcKey(key)) return;
      e.preventDefault();
      press(key);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div class="cover cover--calculator">
      <h1 class="cover__title" {...titleProps}>
        {t('lock_cover_calc_title')}
      </h1>
      <output class="cover__display" aria-live="polite" aria-label={t('lock_cover_calc_display')}>
        {state.display === 'error' ? t('lock_cover_calc_error') : state.display}
      </output>
      <div class="cover__keys">
        {LAYOUT.map(({ key, label, name }) => (
          <button
            type="button"
            key={key}
            class={`cover__key cover__key--${key === '=' ? 'equals' : key === '0' ? 'zero' : /\d|\./.test(key) ? 'digit' : 'op'}`}
            aria-label={name ? t(name) : undefined}
            onClick={() => press(key)}
          >
            {label}
          </button>
        ))}
      </div>
    </div>
  );
}
