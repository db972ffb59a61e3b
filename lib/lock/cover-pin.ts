import type { PinKind } from './disguise';
import { isDigitsPin, MAX_PIN_LENGTH } from './pin-rules';

/**
 * What a disguise's cover does with what is typed into it (docs/discretion.md). The
 * search field of the notes and weather covers is a real search too: only text shaped
 * like the PIN in force is tried, so that "milk" or a town never counts as a wrong PIN
 * and never brings on the slowing down (lib/lock/attempts.ts).
 */
export function couldBePin(text: string, kind: PinKind | undefined): boolean {
  // The rules a new PIN had to meet (./pin-rules.ts checkNewPin).
  if (!text || text.length > MAX_PIN_LENGTH || text.trim() !== text) return false;
  const digits = isDigitsPin(text) && text.length >= 4 && text.length <= 12;
  const passphrase = !isDigitsPin(text) && [...text].length >= 6;
  if (kind === 'digits') return digits;
  if (kind === 'passphrase') return passphrase;
  // A lock written before the kind was kept: either shape may be the PIN.
  return digits || passphrase;
}

/** The part of an unlock answer the cover needs. */
export type CoverUnlockAnswer = { ok: true } | { ok: false; reason: string; waitMs?: number };

export interface CoverPinOptions<R extends CoverUnlockAnswer> {
  kind: PinKind | undefined;
  /** Tries a PIN; counts a wrong one, answers 'wait' while tries are slowed down. */
  unlock(pin: string): Promise<R>;
  /** The PIN opened the lock: show the real popup. */
  onOpen(answer: Extract<R, { ok: true }>): void;
  setTimer?(run: () => void, ms: number): unknown;
  clearTimer?(timer: unknown): void;
}

/** A little after the wait ends, so that the stored count of wrong PINs agrees. */
const AFTER_WAIT_MS = 100;

/**
 * Tries text typed into a cover as the PIN. While wrong PINs are slowed down, a PIN
 * typed in is not lost: the last one is kept (in memory only, never stored) and tried
 * when the wait ends; if it is right, the real popup opens then. The cover itself
 * never shows any of this, so an onlooker sees only a search that found nothing.
 * One kept PIN at a time, each tried like any other: the wait still applies to it.
 */
export class CoverPinTries<R extends CoverUnlockAnswer> {
  private kept: string | undefined;
  private timer: unknown;
  private stopped = false;

  constructor(private readonly options: CoverPinOptions<R>) {}

  /** Resolves to true when the text opened the lock now. */
  async submit(text: string): Promise<boolean> {
    if (this.stopped || !couldBePin(text, this.options.kind)) return false;
    return this.attempt(text);
  }

  /** The cover is closing: forget a kept PIN. */
  stop(): void {
    this.stopped = true;
    this.forget();
  }

  /** Whether a PIN is waiting to be tried (for tests). */
  get waiting(): boolean {
    return this.kept !== undefined;
  }

  private async attempt(pin: string): Promise<boolean> {
    const answer = await this.options.unlock(pin).catch(() => undefined);
    if (!answer || this.stopped) return false;
    if (answer.ok) {
      this.forget();
      this.options.onOpen(answer as Extract<R, { ok: true }>);
      return true;
    }
    if (answer.reason === 'wait') this.keep(pin, answer.waitMs ?? 0);
    return false;
  }

  private keep(pin: string, waitMs: number): void {
    this.forget();
    this.kept = pin;
    const setTimer = this.options.setTimer ?? ((run, ms) => setTimeout(run, ms));
    this.timer = setTimer(() => {
      const candidate = this.kept;
      this.kept = undefined;
      this.timer = undefined;
      if (candidate !== undefined) void this.attempt(candidate);
    }, waitMs + AFTER_WAIT_MS);
  }

  private forget(): void {
    if (this.timer !== undefined) (this.options.clearTimer ?? ((t) => clearTimeout(t as ReturnType<typeof setTimeout>)))(this.timer);
    this.timer = undefined;
    this.kept = undefined;
  }
}
