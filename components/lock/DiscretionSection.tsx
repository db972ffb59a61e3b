import { useEffect, useId, useState } from 'preact/hooks';
import { DISGUISES, disguiseTakesPin, REVEAL_GESTURES, type Disguise, type PinKind, type RevealGesture } from '@/lib/lock/disguise';
import { pinKindOf } from '@/lib/lock/record';
import { isDigitsPin } from '@/lib/lock/pin-rules';
import { STORED, watchStored } from '@/lib/platform/extension-storage';
import { changePin, ProtectedDataError, readSiteLockState, removePin, setPin } from '@/lib/platform/site-lock';
import type { Settings } from '@/lib/settings/schema';
import { formatNumber, t } from '../i18n';
import { Confirm, Messages, Section, errors, type Message } from '../options/controls';
import { saveChange } from '../options/settings-hooks';
import { useLock } from './lock-context';
import { PinForm, pinProblemText } from './PinForm';
import './lock.css';

/** "PIN and disguise" on the settings page (behind the PIN when one is set). */
export function DiscretionSection({ settings }: { settings: Settings }) {
  return (
    <Section id="discretion" title={t('lock_section_title')} intro={t('lock_section_intro')}>
      <PinSettings disguise={settings.discretion.disguise} />
      <DisguiseSettings settings={settings} />
    </Section>
  );
}

/** Whether the PIN in force is made of digits (the calculator cover takes digits only). */
function usePinKind(): PinKind | undefined {
  const [kind, setKind] = useState<PinKind>();
  useEffect(() => {
    const read = () => void readSiteLockState().then((r) => setKind(r.state === 'locked' ? pinKindOf(r.lock) : undefined));
    read();
    return watchStored(STORED.chosenSites, read);
  }, []);
  return kind;
}

/** What to tell the survivor when changing or removing the PIN was refused. */
function lockProblemText(error: unknown): string {
  if (error instanceof ProtectedDataError && error.reason === 'stale') return pinProblemText('stale');
  if (error instanceof ProtectedDataError && error.reason === 'unreadable')
    return t('lock_pin_remove_unreadable', formatNumber(error.count));
  return pinProblemText('failed');
}

/**
 * Setting, changing and removing the PIN, with a plain statement of what the list's
 * storage looks like now and what a PIN can and cannot do.
 */
export function PinSettings({ disguise }: { disguise: Disguise }) {
  const lock = useLock();
  const [asking, setAsking] = useState(false);
  const [messages, setMessages] = useState<Message[]>([]);

  const calculatorRefuses = (pin: string) => !disguiseTakesPin(disguise, isDigitsPin(pin) ? 'digits' : 'passphrase');

  const set = async (pin: string): Promise<Message[]> => {
    setMessages([]);
    if (calculatorRefuses(pin)) return errors([pinProblemText('calculator')]);
    lock.expectNewLock();
    try {
      lock.newLockDone(await setPin(pin));
      // Said below the section's forms: the form for a new PIN gives way to "Change PIN".
      setMessages([{ kind: 'done', text: t('lock_pin_set_done') }]);
      return [];
    } catch (error) {
      lock.newLockDone(undefined);
      return errors([pinProblemText(error instanceof ProtectedDataError && error.reason === 'set-aside' ? 'set-aside' : 'failed')]);
    }
  };

  const change = async (pin: string): Promise<Message[]> => {
    if (calculatorRefuses(pin)) return errors([pinProblemText('calculator')]);
    if (!lock.unlocked) return errors([pinProblemText('failed')]);
    try {
      await changePin(lock.unlocked, pin);
      setMessages([{ kind: 'done', text: t('lock_pin_changed') }]);
      return [];
    } catch (error) {
      return errors([lockProblemText(error)]);
    }
  };

  const remove = async () => {
    setAsking(false);
    if (!lock.unlocked) return;
    try {
      const { damaged } = await removePin(lock.unlocked);
      const text = damaged ? `${t('lock_pin_removed')} ${t('lock_pin_removed_set_aside', formatNumber(damaged))}` : t('lock_pin_removed');
      setMessages([{ kind: 'done', text }]);
    } catch (error) {
      setMessages(errors([lockProblemText(error)]));
    }
  };

  return (
    <div class="pin-settings">
      <h3>{t('lock_pin_title')}</h3>
      <p class="plain-fact">{lock.pinSet ? t('lock_pin_set_fact') : t('lock_pin_none_fact')}</p>
      <p class="hint">{t('lock_pin_limit')}</p>
      {lock.pinSet ? (
        <>
          <PinForm submitLabel={t('lock_pin_change')} busyText={t('lock_pin_working')} onPin={change} />
          <div class="field">
            {asking ? (
              <Confirm
                question={t('lock_pin_remove_question')}
                confirmLabel={t('lock_pin_remove')}
                cancelLabel={t('lock_pin_remove_cancel')}
                onConfirm={() => void remove()}
                onCancel={() => setAsking(false)}
              />
            ) : (
              <button type="button" class="button--quiet" onClick={() => setAsking(true)}>
                {t('lock_pin_remove')}
              </button>
            )}
          </div>
        </>
      ) : (
        <PinForm submitLabel={t('lock_pin_set')} busyText={t('lock_pin_working')} onPin={set} />
      )}
      <Messages messages={messages} />
    </div>
  );
}

function DisguiseSettings({ settings }: { settings: Settings }) {
  const id = useId();
  const lock = useLock();
  const pinKind = usePinKind();
  const [messages, setMessages] = useState<Message[]>([]);
  const { disguise, reveal } = settings.discretion;

  const choose = async (next: Disguise) => {
    if (lock.pinSet && !disguiseTakesPin(next, pinKind)) return setMessages(errors([pinProblemText('calculator')]));
    const problems = await saveChange((s) => ({ ...s, discretion: { ...s.discretion, disguise: next } }));
    setMessages(problems.length ? errors(problems) : [{ kind: 'done', text: t('lock_disguise_saved') }]);
  };
  const chooseReveal = async (next: RevealGesture) => {
    const problems = await saveChange((s) => ({ ...s, discretion: { ...s.discretion, reveal: next } }));
    setMessages(errors(problems));
  };

  return (
    <div class="disguise-settings">
      <h3>{t('lock_disguise_title')}</h3>
      <p class="hint">{t('lock_disguise_intro')}</p>
      <fieldset>
        <legend>{t('lock_disguise_choice')}</legend>
        {DISGUISES.map((name) => (
          <div class="field--toggle" key={name}>
            <input
              id={`${id}-${name}`}
              type="radio"
              name={`${id}-disguise`}
              checked={disguise === name}
              onChange={() => void choose(name)}
            />
            <label for={`${id}-${name}`}>{t(`lock_disguise_${name}`)}</label>
          </div>
        ))}
      </fieldset>
      <Messages messages={messages} />
      {lock.pinSet ? (
        <p class="hint">{t('lock_reveal_with_pin')}</p>
      ) : (
        <fieldset>
          <legend>{t('lock_reveal_choice')}</legend>
          {REVEAL_GESTURES.map((name) => (
            <div class="field--toggle" key={name}>
              <input
                id={`${id}-${name}`}
                type="radio"
                name={`${id}-reveal`}
                checked={reveal === name}
                onChange={() => void chooseReveal(name)}
              />
              <label for={`${id}-${name}`}>{t(`lock_reveal_${name.replace('-', '_')}`)}</label>
            </div>
          ))}
          <p class="hint">{t('lock_reveal_keyboard')}</p>
        </fieldset>
      )}
      <p class="hint">{t('lock_disguise_limit')}</p>
    </div>
  );
}
