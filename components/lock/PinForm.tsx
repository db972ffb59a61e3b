import { useId, useState } from 'preact/hooks';
import { checkNewPin, type NewPinProblem } from '@/lib/lock/pin-rules';
import { t } from '../i18n';
import { Messages, type Message } from '../options/controls';

export const pinProblemText = (problem: NewPinProblem | 'set-aside' | 'failed' | 'calculator') =>
  t(`lock_pin_problem_${problem.replace(/-/g, '_')}`);

/**
 * A new PIN, typed twice. The rules are checked before anything is sent anywhere;
 * `onPin` does the work and resolves to what to tell the survivor.
 */
export function PinForm(props: { submitLabel: string; onPin(pin: string): Promise<Message[]>; busyText: string }) {
  const id = useId();
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [messages, setMessages] = useState<Message[]>([]);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const problem = checkNewPin(pin, again);
    if (problem) return setMessages([{ kind: 'error', text: pinProblemText(problem) }]);
    setBusy(true);
    setMessages([{ kind: 'note', text: props.busyText }]);
    const outcome = await props.onPin(pin);
    setBusy(false);
    setMessages(outcome);
    if (outcome.every((m) => m.kind !== 'error')) {
      setPin('');
      setAgain('');
    }
  };

  const invalid = messages.some((m) => m.kind === 'error');
  return (
    <form class="pin-form" onSubmit={(e) => void submit(e)} noValidate>
      <div class="field">
        <label for={`${id}-pin`}>{t('lock_pin_new')}</label>
        <p class="hint" id={`${id}-hint`}>
          {t('lock_pin_new_hint')}
        </p>
        <input
          id={`${id}-pin`}
          type="password"
          autoComplete="new-password"
          value={pin}
          aria-describedby={`${id}-hint ${id}-messages`}
          aria-invalid={invalid}
          onInput={(e) => setPin(e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for={`${id}-again`}>{t('lock_pin_again')}</label>
        <input
          id={`${id}-again`}
          type="password"
          autoComplete="new-password"
          value={again}
          aria-describedby={`${id}-messages`}
          aria-invalid={invalid}
          onInput={(e) => setAgain(e.currentTarget.value)}
        />
      </div>
      <div class="buttons">
        <button type="submit" class="button--primary" disabled={busy}>
          {props.submitLabel}
        </button>
      </div>
      <Messages id={`${id}-messages`} messages={messages} />
    </form>
  );
}
