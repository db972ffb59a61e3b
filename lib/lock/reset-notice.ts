/**
 * After "Forgot your PIN?", the list of sites is gone and visits to those sites are
 * kept in history again. Someone else may have done the reset, so the survivor is told
 * in the real popup and on the settings page until they dismiss it. Only the date is
 * kept, never what was on the list.
 */
export interface ResetNotice {
  /** Epoch ms of the reset. */
  at: number;
}

/** Reads a stored value leniently: anything odd is no notice. */
export function readResetNotice(raw: unknown): ResetNotice | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { at } = raw as Record<string, unknown>;
  return typeof at === 'number' && Number.isFinite(at) && at > 0 ? { at } : undefined;
}

/** The date of the reset, as the survivor's language writes it. */
export function formatResetDate(at: number, language: string): string {
  try {
    return new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(at);
  } catch {
    return new Date(at).toISOString().slice(0, 10);
  }
}
