import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { RevealGesture } from '@/lib/lock/disguise';

const CLICKS = 3;
const CLICK_GAP_MS = 1500;
const HOLD_MS = 800;

/**
 * Props for a cover's title that open the real popup on the survivor's gesture (when
 * no PIN is set): three activations in a row, or a press held for a moment. With a
 * keyboard: Enter three times, or Enter held. Without `onReveal` the title is plain.
 */
export function useRevealGesture(kind: RevealGesture, onReveal: (() => void) | undefined): JSX.HTMLAttributes<HTMLHeadingElement> {
  const clicks = useRef<number[]>([]);
  const hold = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(hold.current), []);
  if (!onReveal) return {};

  const activate = () => {
    const now = Date.now();
    const recent = [...clicks.current.filter((at) => now - at < CLICK_GAP_MS), now];
    clicks.current = recent;
    if (recent.length >= CLICKS) {
      clicks.current = [];
      onReveal();
    }
  };
  const startHold = () => {
    clearTimeout(hold.current);
    hold.current = setTimeout(onReveal, HOLD_MS);
  };
  const stopHold = () => clearTimeout(hold.current);

  if (kind === 'three-clicks') {
    return {
      tabIndex: 0,
      onClick: activate,
      onKeyDown: (e) => {
        if ((e.key === 'Enter' || e.key === ' ') && !e.repeat) {
          e.preventDefault();
          activate();
        }
      },
    };
  }
  return {
    tabIndex: 0,
    onPointerDown: startHold,
    onPointerUp: stopHold,
    onPointerLeave: stopHold,
    onPointerCancel: stopHold,
    onContextMenu: (e) => e.preventDefault(),
    onKeyDown: (e) => {
      if ((e.key === 'Enter' || e.key === ' ') && !e.repeat) {
        e.preventDefault();
        startHold();
      }
    },
    onKeyUp: stopHold,
  };
}
