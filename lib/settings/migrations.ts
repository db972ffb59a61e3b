import { defaultDiscretion, SETTINGS_VERSION } from './schema';

/**
 * Pure migrations of the settings document, keyed by the version they produce.
 * Each one takes the previous version's shape exactly as it may be found in storage
 * or in an exported file (so: unknown, possibly hand-edited) and must never throw.
 * Every migration comes with a saved example of the old shape in
 * tests/unit/settings/fixtures/ and a test in migrations.test.ts.
 *
 * The document's own `version` is the only one: recoverSettings runs these on every
 * read of an older document (lib/platform/settings-store.ts then writes the result
 * back). A migration may still be handed a document that is already in its target
 * shape with an older number (a hand edit, for example), so each one leaves what it
 * adds alone when it is there already.
 */
export const SETTINGS_MIGRATIONS: Record<number, (previous: Record<string, unknown>) => Record<string, unknown>> = {
  /** 2: the discretion section (disguise off). The chosen sites stay where they are: a PIN is set by the survivor, never by a migration. */
  2: (v1) => ({ ...v1, version: 2, discretion: 'discretion' in v1 ? v1.discretion : defaultDiscretion() }),
  /** 3: the survivor's corrections from a label, both lists empty. */
  3: (v2) => ({ ...v2, version: 3, blur: withNeverWarnLists(v2.blur) }),
};

/** A blur section that is not an object is left as it is: recoverSettings deals with it. */
function withNeverWarnLists(blur: unknown): unknown {
  if (typeof blur !== 'object' || blur === null || Array.isArray(blur)) return blur;
  const section = blur as Record<string, unknown>;
  return {
    ...section,
    neverWarnPassages: 'neverWarnPassages' in section ? section.neverWarnPassages : [],
    neverWarnPhrases: 'neverWarnPhrases' in section ? section.neverWarnPhrases : [],
  };
}

export type MigrationResult =
  | { ok: true; value: Record<string, unknown>; from: number }
  | { ok: false; reason: 'not-an-object' | 'no-version' | 'newer-version' | 'no-migration'; version?: number };

/** Brings a stored or imported settings document up to SETTINGS_VERSION. */
export function migrateSettings(raw: unknown): MigrationResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, reason: 'not-an-object' };
  let value = raw as Record<string, unknown>;
  const version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, reason: 'no-version' };
  if (version > SETTINGS_VERSION) return { ok: false, reason: 'newer-version', version };
  for (let next = version + 1; next <= SETTINGS_VERSION; next++) {
    const step = SETTINGS_MIGRATIONS[next];
    if (!step) return { ok: false, reason: 'no-migration', version: next - 1 };
    value = { ...step(value), version: next };
  }
  return { ok: true, value, from: version };
}
