import type { ComponentChildren } from 'preact';
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { readSiteLock, type SiteLockReading } from '@/lib/lock/record';
import { STORED, watchStored } from '@/lib/platform/extension-storage';
import { pinWaitLeft, readSiteLockState, unlockWithPin, type UnlockedLock } from '@/lib/platform/site-lock';
import { uiLanguage, t } from '../i18n';
import { Messages, type Message } from '../options/controls';
import { formatWait } from './format';
import { PIN_AUTOCOMPLETE } from './PinForm';
import { LockContext, type LockState } from './lock-context';
import { ResetPin } from './ResetPin';
import './lock.css';

type Phase = 'loading' | 'open' | 'locked' | 'damaged';

/**
 * The settings pages with a PIN set: nothing of them shows until the PIN was entered
 * (issue 7: the options page, the list of sites and the disguise need the PIN). Without
 * a PIN, the page shows at once. The lock is followed live: a PIN set, changed or
 * reset in another page takes effect here too.
 */
export function PinGate({ children }: { children: ComponentChildren }) {
  const [phase, setPhase] = useState<Phase>('loading');
  const [unlocked, setUnlocked] = useState<UnlockedLock>();
  const held = useRef<UnlockedLock>();
  const expecting = useRef(false);

  const follow = (reading: SiteLockReading) => {
    if (reading.state === 'none') {
      held.current = undefined;
      setUnlocked(undefined);
      setPhase('open');
    } else if (expecting.current) {
      // This page is setting the PIN: it will be handed the key (newLockDone).
    } else if (reading.state === 'damaged') {
      held.current = undefined;
      setUnlocked(undefined);
      setPhase('damaged');
    } else if (held.current?.publicKey === reading.lock.publicKey) {
      setPhase('open');
    } else {
      held.current = undefined;
      setUnlocked(undefined);
      setPhase('locked');
    }
  };

  useEffect(() => {
    let live = true;
    void readSiteLockState().then((reading) => live && follow(reading));
    const stop = watchStored(STORED.chosenSites, (raw) => live && follow(readSiteLock(raw)));
    return () => {
      live = false;
      stop();
    };
  }, []);

  const open = (key: UnlockedLock) => {
    held.current = key;
    setUnlocked(key);
    setPhase('open');
  };

  const state = useMemo<LockState>(
    () => ({
      pinSet: !!unlocked,
      unlocked,
      expectNewLock: () => (expecting.current = true),
      newLockDone: (key) => {
        expecting.current = false;
        if (key) open(key);
        void readSiteLockState().then(follow);
      },
    }),
    [unlocked],
  );

  if (phase === 'loading') return <p role="status">{t('options_loading')}</p>;
  if (phase === 'open') {
    return <LockContext.Provider value={state}>{children}</LockContext.Provider>;
  }
  // After a reset the lock is gone and the page opens; the settings page shows ResetNotice.
  return <PinScreen damaged={phase === 'damaged'} onUnlocked={open} />;
}

function PinScreen({ damaged, onUnlocked }: { damaged: boolean; onUnlocked(key: UnlockedLock): void }) {
  const id = useId();
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  const [wrong, setWrong] = useState(false);
  const [waitUntil, setWaitUntil] = useState(0);
  const [now, setNow] = useState(Date.now());
  const [resetting, setResetting] = useState(false);
  const [failure, setFailure] = useState<Message[]>([]);
  const language = uiLanguage();

  // A wait left from earlier tries (this page or another) shows at once.
  useEffect(() => {
    void pinWaitLeft().then((ms) => ms > 0 && setWaitUntil(Date.now() + ms));
  }, []);
  const waiting = waitUntil > now;
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [waiting]);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy || waiting || !pin) return;
    setBusy(true);
    setFailure([]);
    try {
      const result = await unlockWithPin(pin);
      if (result.ok) return onUnlocked(result.unlocked);
      setPin('');
      if (result.reason === 'wrong' || result.reason === 'wait') {
        setWrong(result.reason === 'wrong');
        setNow(Date.now());
        setWaitUntil(Date.now() + result.waitMs);
      }
    } catch {
      setFailure([{ kind: 'error', text: t('lock_pin_problem_failed') }]);
    } finally {
      setBusy(false);
    }
  };

  const messages: Message[] = [
    ...(wrong ? [{ kind: 'error' as const, text: t('lock_gate_wrong') }] : []),
    ...(waiting
      ? [{ kind: 'note' as const, text: `${t('lock_gate_wait', formatWait(waitUntil - now, language))} ${t('lock_gate_wait_why')}` }]
      : []),
    ...(busy ? [{ kind: 'note' as const, text: t('lock_gate_checking') }] : []),
    ...failure,
  ];

  return (
    <div class="page page--locked">
      <main>
        <section class="section" aria-labelledby={`${id}-title`}>
          <h1 id={`${id}-title`}>{t('lock_gate_title')}</h1>
          {damaged ? (
            <p>{t('lock_gate_damaged')}</p>
          ) : (
            <form class="field" autoComplete="off" onSubmit={(e) => void submit(e)} noValidate>
              <p>{t('lock_gate_intro')}</p>
              <label for={id}>{t('lock_gate_label')}</label>
              <div class="inline">
                <input
                  id={id}
                  type="password"
                  autoComplete={PIN_AUTOCOMPLETE}
                  autoFocus
                  value={pin}
                  aria-describedby={`${id}-messages`}
                  aria-invalid={wrong}
                  onInput={(e) => setPin(e.currentTarget.value)}
                />
                <button type="submit" class="button--primary" disabled={busy || waiting}>
                  {t('lock_gate_submit')}
                </button>
              </div>
              <Messages id={`${id}-messages`} messages={messages} />
            </form>
          )}
          {resetting ? (
            <ResetPin onCancel={() => setResetting(false)} />
          ) : (
            <p>
              <button type="button" class="button--link" onClick={() => setResetting(true)}>
                {damaged ? t('lock_reset_title') : t('lock_forgot')}
              </button>
            </p>
          )}
        </section>
      </main>
    </div>
  );
}
