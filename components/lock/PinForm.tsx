import { useId, useState } from 'preact/hooks';
import { checkNewPin, type NewPinProblem } from '@/lib/lock/pin-rules';
import { t } from '../i18n';
import { Messages, type Message } from '../options/controls';

/**
 * The autocomplete value of every field that takes the PIN. Not "new-password": that
 * asks the browser to offer a generated password and to save what was typed (Firefox
 * offers generation on such fields: webcompat/web-bugs#51548), and a saved PIN may sync
 * to other devices and show in the password list. Not "off" alone: Chrome (since M34)
 * and Firefox (since 30) ignore "off" on password fields when offering to save.
 * "one-time-code" (a WHATWG autofill field name) says the field holds a code, not a
 * login to keep; it is the one standard signal against saving. It is not a guarantee
 * (some managers were reported to offer saving anyway), so the forms also carry
 * autocomplete="off". Chrome's own password manager does not work on extension pages
 * at all; this does not rely on that.
 */
export const PIN_AUTOCOMPLETE = 'one-time-code';

export const pinProblemText = (problem: NewPinProblem | 'set-aside' | 'failed' | 'calculator' | 'stale') =>
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
    <form class="pin-form" autoComplete="off" onSubmit={(e) => void submit(e)} noValidate>
      <div class="field">
        <label for={`${id}-pin`}>{t('lock_pin_new')}</label>
        <p class="hint" id={`${id}-hint`}>
          {t('lock_pin_new_hint')}
        </p>
        <input
          id={`${id}-pin`}
          type="password"
          autoComplete={PIN_AUTOCOMPLETE}
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
          autoComplete={PIN_AUTOCOMPLETE}
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
