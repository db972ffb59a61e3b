import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n';

/** An exercise the survivor walks through one step at a time, moving on when ready. */
interface StepExercise {
  id: string;
  headingKey: string;
  introKey: string;
  startKey: string;
  steps: readonly string[];
  doneKey: string;
}

const GROUNDING: StepExercise = {
  id: 'help-ground',
  headingKey: 'help_ground_heading',
  introKey: 'help_ground_intro',
  startKey: 'help_ground_start',
  steps: ['help_ground_step_see', 'help_ground_step_touch', 'help_ground_step_hear', 'help_ground_step_smell', 'help_ground_step_taste'],
  doneKey: 'help_ground_done',
};

const BODY_SCAN: StepExercise = {
  id: 'help-scan',
  headingKey: 'help_scan_heading',
  introKey: 'help_scan_intro',
  startKey: 'help_scan_start',
  steps: ['help_scan_step_feet', 'help_scan_step_legs', 'help_scan_step_hands', 'help_scan_step_shoulders', 'help_scan_step_face'],
  doneKey: 'help_scan_done',
};

const SAFE_PLACE: StepExercise = {
  id: 'help-place',
  headingKey: 'help_place_heading',
  introKey: 'help_place_intro',
  startKey: 'help_place_start',
  steps: ['help_place_step_choose', 'help_place_step_see', 'help_place_step_hear', 'help_place_step_feel', 'help_place_step_word'],
  doneKey: 'help_place_done',
};

/**
 * One step at a time (5-4-3-2-1, the body scan, the safe place). Nothing here is timed:
 * a timer that runs ahead of someone is one more pressure.
 */
export function StepByStep({ exercise }: { exercise: StepExercise }) {
  // -1: not started; steps.length: finished.
  const [step, setStep] = useState(-1);
  const stepRef = useRef<HTMLParagraphElement>(null);
  const total = exercise.steps.length;
  const headingId = `${exercise.id}-heading`;

  useEffect(() => {
    // Keep keyboard and screen-reader users on the new text when the step changes.
    if (step >= 0) stepRef.current?.focus();
  }, [step]);

  return (
    <section class="help-breathe__part" id={exercise.id} aria-labelledby={headingId}>
      <h3 id={headingId}>{t(exercise.headingKey)}</h3>
      {step < 0 ? (
        <>
          <p>{t(exercise.introKey)}</p>
          <button type="button" class="help-button" onClick={() => setStep(0)}>
            {t(exercise.startKey)}
          </button>
        </>
      ) : (
        <>
          {step < total && <p class="help-ground__progress">{t('help_ground_progress', [String(step + 1), String(total)])}</p>}
          <p class="help-ground__step" ref={stepRef} tabIndex={-1}>
            {step < total ? t(exercise.steps[step]!) : t(exercise.doneKey)}
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

/** What the shape does during a phase: grow, stay full, shrink, stay small. */
type BreathShape = 'in' | 'full' | 'out' | 'empty';

interface BreathPhase {
  cueKey: string;
  seconds: number;
  shape: BreathShape;
}

interface BreathPattern {
  id: 'paced' | 'box';
  headingKey: string;
  introKey: string;
  startKey: string;
  phases: readonly BreathPhase[];
}

/** Slow breathing: in 4, out 6; the longer out-breath is what calms. */
const PACED: BreathPattern = {
  id: 'paced',
  headingKey: 'help_breath_heading',
  introKey: 'help_breath_intro',
  startKey: 'help_breath_start',
  phases: [
    { cueKey: 'help_breath_in', seconds: 4, shape: 'in' },
    { cueKey: 'help_breath_out', seconds: 6, shape: 'out' },
  ],
};

/** Box breathing: in, hold, out, hold, 4 each. */
const BOX: BreathPattern = {
  id: 'box',
  headingKey: 'help_box_heading',
  introKey: 'help_box_intro',
  startKey: 'help_box_start',
  phases: [
    { cueKey: 'help_breath_in', seconds: 4, shape: 'in' },
    { cueKey: 'help_breath_hold', seconds: 4, shape: 'full' },
    { cueKey: 'help_breath_out', seconds: 4, shape: 'out' },
    { cueKey: 'help_breath_hold', seconds: 4, shape: 'empty' },
  ],
};

/**
 * A breathing guide that keeps time by itself once the survivor starts it, and stops when
 * asked. The shape only grows and shrinks where motion is welcome: help.css hides it under
 * `prefers-reduced-motion`, and the words and the count carry the rhythm alone.
 */
export function BreathingGuide({ pattern, running, onToggle }: { pattern: BreathPattern; running: boolean; onToggle(): void }) {
  const [phaseIndex, setPhaseIndex] = useState(0);
  const [count, setCount] = useState(1);
  const headingId = `help-${pattern.id}-heading`;

  useEffect(() => {
    if (!running) return;
    let current = 0;
    let second = 1;
    setPhaseIndex(0);
    setCount(1);
    const timer = setInterval(() => {
      second += 1;
      if (second > pattern.phases[current]!.seconds) {
        current = (current + 1) % pattern.phases.length;
        second = 1;
        setPhaseIndex(current);
      }
      setCount(second);
    }, 1000);
    return () => clearInterval(timer);
  }, [running, pattern]);

  const phase = pattern.phases[phaseIndex]!;
  return (
    <section class="help-breathe__part" id={`help-${pattern.id}`} aria-labelledby={headingId}>
      <h3 id={headingId}>{t(pattern.headingKey)}</h3>
      <p>{t(pattern.introKey)}</p>
      <div class="help-breath">
        {running && (
          <div
            class={`help-breath__circle help-breath__circle--${phase.shape}${pattern.id === 'box' ? ' help-breath__circle--box' : ''}`}
            style={{ transitionDuration: `${phase.seconds}s` }}
            aria-hidden="true"
          />
        )}
        <p class="help-breath__cue">
          {/* The live region exists before it speaks, and only the phase is announced: a
              count every second would crowd a screen reader. */}
          <span aria-live="polite">{running ? t(phase.cueKey) : ''}</span>{' '}
          <span class="help-breath__count" aria-hidden="true">
            {running ? count : ''}
          </span>
        </p>
      </div>
      <button type="button" class="help-button" onClick={onToggle}>
        {running ? t('help_breath_stop') : t(pattern.startKey)}
      </button>
    </section>
  );
}

/**
 * "Breathe": a small set of grounding exercises, each short and at the survivor's pace.
 * Only one breathing guide keeps time at once, so two rhythms never compete.
 */
export function BreatheView() {
  const [breathing, setBreathing] = useState<BreathPattern['id'] | undefined>(undefined);
  const toggle = (id: BreathPattern['id']) => setBreathing((current) => (current === id ? undefined : id));
  return (
    <div class="help-breathe" id="help-grounding">
      <p class="help-intro">{t('help_breathe_intro')}</p>
      <StepByStep exercise={GROUNDING} />
      <BreathingGuide pattern={PACED} running={breathing === 'paced'} onToggle={() => toggle('paced')} />
      <BreathingGuide pattern={BOX} running={breathing === 'box'} onToggle={() => toggle('box')} />
      <StepByStep exercise={BODY_SCAN} />
      <StepByStep exercise={SAFE_PLACE} />
    </div>
  );
}
