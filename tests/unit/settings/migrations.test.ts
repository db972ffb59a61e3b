import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrateSettings, SETTINGS_MIGRATIONS } from '@/lib/settings/migrations';
import { parseSettingsFile, settingsFileOf } from '@/lib/settings/file';
import { recoverSettings } from '@/lib/settings/recover';
import { SETTINGS_VERSION, settingsSchema, type Settings } from '@/lib/settings/schema';
import { FIXTURES, fixtureText, loadFixture } from './load-fixture';

/**
 * The saved examples are settings files, which carry the chosen sites beside the
 * settings. In storage the sites have their own record (lib/lock/record.ts): this is
 * the same example as the settings document is stored.
 */
function withoutSites(value: unknown): Record<string, unknown> {
  const { sites: _sites, ...rest } = value as Record<string, unknown>;
  return rest;
}

/** Every format version there has ever been, each with a saved example of its shape. */
const VERSIONS = Array.from({ length: SETTINGS_VERSION }, (_, i) => i + 1);

describe('settings migrations', () => {
  it('has a migration to every version after the first, and nothing beyond the current one', () => {
    const targets = Object.keys(SETTINGS_MIGRATIONS)
      .map(Number)
      .toSorted((a, b) => a - b);
    expect(targets).toEqual(VERSIONS.slice(1));
  });

  it.each(VERSIONS)('keeps a saved example of version %i (tests/unit/settings/fixtures/v%i.json)', (version) => {
    const file = join(FIXTURES, `v${version}.json`);
    expect(existsSync(file)).toBe(true);
    expect((loadFixture(`v${version}.json`) as { version: number }).version).toBe(version);
  });

  it.each(VERSIONS)('brings the saved version %i example to valid current settings', (version) => {
    const old = loadFixture(`v${version}.json`);
    const result = migrateSettings(old);
    expect(result).toMatchObject({ ok: true, from: version });
    if (!result.ok) return;
    expect(result.value.version).toBe(SETTINGS_VERSION);
    expect(settingsSchema.safeParse(withoutSites(result.value)).success).toBe(true);
    // The same example, read from storage or imported from a file, gives the same settings.
    const stored = recoverSettings(withoutSites(old));
    expect(stored.problems).toEqual([]);
    const sites = (old as { sites: string[] }).sites;
    expect(parseSettingsFile(fixtureText(`v${version}.json`), 1000)).toEqual({
      ok: true,
      settings: settingsFileOf(stored.settings, sites),
    });
  });

  it('keeps every choice of the saved version 1 example', () => {
    const result = migrateSettings(loadFixture('v1.json'));
    expect(result.ok && result.value).toMatchObject({
      sites: ['hotline.example', 'chat.support.example'],
      exit: { decoyUrl: 'https://weather.example/forecast', showButtonOnSites: true },
      history: { removeSiteData: true },
      blur: {
        categories: { 'self-harm': false, violence: false },
        customTerms: ['coercive control', 'stalking'],
        pausedSites: ['news.example'],
      },
      help: { country: 'GB', openInPrivateWindow: true },
    });
  });

  it('does not change the value it was given', () => {
    const old = loadFixture('v1.json');
    const before = structuredClone(old);
    migrateSettings(old);
    expect(old).toEqual(before);
  });

  it.each([
    [null, 'not-an-object'],
    ['v1', 'not-an-object'],
    [[{ version: 1 }], 'not-an-object'],
    [{}, 'no-version'],
    [{ version: 0 }, 'no-version'],
    [{ version: '1' }, 'no-version'],
    [{ version: 1.5 }, 'no-version'],
    [{ version: SETTINGS_VERSION + 1 }, 'newer-version'],
  ])('refuses %j: %s', (raw, reason) => {
    expect(migrateSettings(raw)).toMatchObject({ ok: false, reason });
  });
});

describe('version 1 → 2: discretion', () => {
  it('adds the discretion section with the disguise off, and keeps the list of sites where it was', () => {
    const result = { ok: true, value: SETTINGS_MIGRATIONS[2]!(loadFixture('v1.json') as Record<string, unknown>) };
    expect(result.ok && result.value).toMatchObject({
      version: 2,
      sites: ['hotline.example', 'chat.support.example'],
      discretion: { disguise: 'none', reveal: 'three-clicks' },
    });
  });

  it('leaves a discretion section alone when the document already has one', () => {
    // WXT counts a document written without its version record as version 1 and hands
    // the version 2 document to the migration: nothing may change then.
    const v2 = loadFixture('v2.json') as Record<string, unknown>;
    expect(SETTINGS_MIGRATIONS[2]!({ ...v2, version: 1 })).toEqual(v2);
  });

  it('keeps every choice of the saved version 2 example', () => {
    const v2 = withoutSites(loadFixture('v2.json')) as Settings;
    expect(recoverSettings(v2)).toEqual({
      settings: { ...v2, version: 3, blur: { ...v2.blur, neverWarnPassages: [], neverWarnPhrases: [] } },
      problems: [],
    });
  });

  it('a broken discretion setting goes back to its default alone, and says so', () => {
    const v2 = { ...withoutSites(loadFixture('v2.json')), discretion: { disguise: 'clock', reveal: 'three-clicks' } };
    const { settings, problems } = recoverSettings(v2);
    expect(settings.discretion).toEqual({ disguise: 'none', reveal: 'three-clicks' });
    expect(settings.exit).toEqual(withoutSites(loadFixture('v2.json')).exit);
    expect(problems).toEqual([{ key: 'settings_problem_field_reset', substitutions: ['discretion', 'disguise'] }]);
  });
});

describe('version 2 → 3: corrections to content warnings', () => {
  it('adds both never-warn lists, empty, and changes nothing else', () => {
    const v2 = loadFixture('v2.json') as Record<string, unknown> & { blur: Record<string, unknown> };
    expect(SETTINGS_MIGRATIONS[3]!(v2)).toEqual({ ...v2, version: 3, blur: { ...v2.blur, neverWarnPassages: [], neverWarnPhrases: [] } });
  });

  it('leaves lists that are there already alone, and a blur section that is not an object to recovery', () => {
    const v3 = loadFixture('v3.json') as Record<string, unknown>;
    expect(SETTINGS_MIGRATIONS[3]!({ ...v3, version: 2 })).toEqual(v3);
    expect(SETTINGS_MIGRATIONS[3]!({ version: 2, blur: 'broken' })).toEqual({ version: 3, blur: 'broken' });
  });

  it('keeps the saved version 3 example exactly as it is', () => {
    const v3 = withoutSites(loadFixture('v3.json'));
    expect(recoverSettings(v3)).toEqual({ settings: v3, problems: [] });
  });
});
