import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n';

const GROUNDING_STEPS = [
  'help_ground_step_see',
  'help_ground_step_touch',
  'help_ground_step_hear',
  'help_ground_step_smell',
  'help_ground_step_taste',
] as const;

/**
 * 5-4-3-2-1 grounding, one sense at a time. The survivor moves on when ready: nothing
 * here is timed, because a timer that runs ahead of someone is one more pressure.
 */
export function GroundingSteps() {
  // -1: not started; GROUNDING_STEPS.length: finished.
  const [step, setStep] = useState(-1);
  const stepRef = useRef<HTMLParagraphElement>(null);
  const total = GROUNDING_STEPS.length;

  useEffect(() => {
    // Keep keyboard and screen-reader users on the new text when the step changes.
    if (step >= 0) stepRef.current?.focus();
  }, [step]);

  return (
    <section class="help-breathe__part" aria-labelledby="help-ground-heading">
      <h3 id="help-ground-heading">{t('help_ground_heading')}</h3>
      {step < 0 ? (
        <>
          <p>{t('help_ground_intro')}</p>
          <button type="button" class="help-button" onClick={() => setStep(0)}>
            {t('help_ground_start')}
          </button>
        </>
      ) : (
        <>
          {step < total && <p class="help-ground__progress">{t('help_ground_progress', [String(step + 1), String(total)])}</p>}
          <p class="help-ground__step" ref={stepRef} tabIndex={-1}>
            {step < total ? t(GROUNDING_STEPS[step]!) : t('help_ground_done')}
          </p>
          <div class="help-ground__nav">
            {step > 0 && step < total && (
              <button type="button" class="help-button help-button--quiet" onClick={() => setStep(step - 1)}>
                {t('help_back')}
              </button>
            )}
            {step < total ? (
              <button type="button" class="help-button" onClick={() => setStep(step + 1)}>
                {t('help_next')}
              </button>
            ) : (
              <button type="button" class="help-button" onClick={() => setStep(0)}>
                {t('help_again')}
              </button>
            )}
          </div>
        </>
      )}
    </section>
  );
}

const BREATH_IN_SECONDS = 4;
const BREATH_OUT_SECONDS = 6;

/**
 * Paced breathing (in 4, out 6) that keeps time by itself once started. The circle only
 * grows and shrinks where motion is welcome: help.css turns the animation off under
 * `prefers-reduced-motion`, and the words and the count carry the rhythm alone.
 */
export function PacedBreathing() {
  const [running, setRunning] = useState(false);
  const [phase, setPhase] = useState<'in' | 'out'>('in');
  const [count, setCount] = useState(1);

  useEffect(() => {
    if (!running) return;
    let currentPhase: 'in' | 'out' = 'in';
    let second = 1;
    setPhase('in');
    setCount(1);
    const timer = setInterval(() => {
      second += 1;
      const length = currentPhase === 'in' ? BREATH_IN_SECONDS : BREATH_OUT_SECONDS;
      if (second > length) {
        currentPhase = currentPhase === 'in' ? 'out' : 'in';
        second = 1;
        setPhase(currentPhase);
      }
      setCount(second);
    }, 1000);
    return () => clearInterval(timer);
  }, [running]);

  return (
    <section class="help-breathe__part" aria-labelledby="help-breath-heading">
      <h3 id="help-breath-heading">{t('help_breath_heading')}</h3>
      <p>{t('help_breath_intro')}</p>
      <div class="help-breath">
        {running && <div class={`help-breath__circle help-breath__circle--${phase}`} aria-hidden="true" />}
        <p class="help-breath__cue">
          {/* The live region exists before it speaks, and only the phase is announced: a
              count every second would crowd a screen reader. */}
          <span aria-live="polite">{running ? (phase === 'in' ? t('help_breath_in') : t('help_breath_out')) : ''}</span>{' '}
          <span class="help-breath__count" aria-hidden="true">
            {running ? count : ''}
          </span>
        </p>
      </div>
      <button type="button" class="help-button" onClick={() => setRunning(!running)}>
        {running ? t('help_breath_stop') : t('help_breath_start')}
      </button>
    </section>
  );
}

export function BreatheView() {
  return (
    <div class="help-breathe">
      <p class="help-intro">{t('help_breathe_intro')}</p>
      <GroundingSteps />
      <PacedBreathing />
    </div>
  );
}
