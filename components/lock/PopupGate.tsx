import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { CoverPinTries } from '@/lib/lock/cover-pin';
import { discretionOf, type Disguise, type PinKind, type RevealGesture } from '@/lib/lock/disguise';
import { readSiteLock } from '@/lib/lock/record';
import { readStored, STORED } from '@/lib/platform/extension-storage';
import { unlockWithPin } from '@/lib/platform/site-lock';
import { t } from '../i18n';
import { CalculatorCover } from './covers/CalculatorCover';
import { NotesCover } from './covers/NotesCover';
import { WeatherCover } from './covers/WeatherCover';
import { useRevealGesture } from './reveal-gesture';
import './lock.css';

interface CoverView {
  disguise: Disguise;
  reveal: RevealGesture;
  pinSet: boolean;
  /** The kind of the PIN in force (undefined: none, or a lock that does not say). */
  pinKind?: PinKind;
}

/**
 * The popup of a disguised extension opens on its cover; the real popup appears after
 * the PIN or, without a PIN, after the survivor's gesture. Nothing is painted until the
 * stored choice is known (a few milliseconds), so the real popup never flashes first.
 */
export function PopupGate({ children }: { children: ComponentChildren }) {
  const [view, setView] = useState<CoverView>();
  const [revealed, setRevealed] = useState(false);
  useEffect(() => {
    Promise.all([readStored(STORED.settings), readStored(STORED.chosenSites)])
      .then(([settings, stored]) => {
        const lock = readSiteLock(stored);
        setView({
          ...discretionOf(settings),
          pinSet: lock.state === 'locked',
          pinKind: lock.state === 'locked' ? lock.lock.pinKind : undefined,
        });
      })
      .catch(() => setView({ disguise: 'none', reveal: 'three-clicks', pinSet: false }));
  }, []);
  if (!view) return null;
  if (view.disguise === 'none' || revealed) return <>{children}</>;
  return <PopupCover {...view} onReveal={() => setRevealed(true)} />;
}

export function PopupCover({ disguise, reveal, pinSet, pinKind, onReveal }: CoverView & { onReveal(): void }) {
  useEffect(() => {
    document.title = t(`lock_disguise_${disguise}_title`);
  }, [disguise]);
  const titleProps = useRevealGesture(reveal, pinSet ? undefined : onReveal);
  // Only text shaped like the PIN is tried (a search for "milk" is just a search); wrong
  // tries count towards the slowing down like any other (lib/lock/attempts.ts), and a
  // PIN typed during a wait is tried when it ends. The cover never shows any of it: it
  // simply goes on being a calculator or a list.
  const tries = useRef<CoverPinTries<Awaited<ReturnType<typeof unlockWithPin>>>>();
  tries.current ??= new CoverPinTries({ kind: pinKind, unlock: unlockWithPin, onOpen: () => onReveal() });
  useEffect(() => () => tries.current?.stop(), []);
  const tryPin = async (candidate: string): Promise<boolean> => (pinSet ? tries.current!.submit(candidate) : false);
  if (disguise === 'notes') return <NotesCover titleProps={titleProps} onSubmit={tryPin} />;
  if (disguise === 'weather') return <WeatherCover titleProps={titleProps} onSubmit={tryPin} />;
  return <CalculatorCover titleProps={titleProps} onPin={tryPin} />;
}
