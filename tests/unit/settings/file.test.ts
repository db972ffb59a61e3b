import { describe, expect, it } from 'vitest';
import { MAX_SETTINGS_FILE_BYTES, parseSettingsFile, serializeSettingsFile, settingsFileOf, type SettingsFile } from '@/lib/settings/file';
import { notice, type SettingsNotice } from '@/lib/settings/notices';
import { defaultSettings } from '@/lib/settings/schema';
import { englishNotice } from './notice-text';
import { CURRENT_FIXTURE, fixtureText, loadFixture } from './load-fixture';

const bytes = (text: string) => new TextEncoder().encode(text).byteLength;
const parse = (text: string) => parseSettingsFile(text, bytes(text));

function fileWith(change: (s: Record<string, any>) => void): string {
  // A file carries the chosen sites beside the settings (they are not stored settings).
  const settings = structuredClone(settingsFileOf(defaultSettings(), [])) as Record<string, any>;
  change(settings);
  return JSON.stringify(settings);
}

function errorsOf(text: string): SettingsNotice[] {
  const result = parse(text);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

describe('settings file', () => {
  it('round-trips: what is exported reads back as the same settings', () => {
    const settings = loadFixture(CURRENT_FIXTURE) as SettingsFile;
    const text = serializeSettingsFile(settings);
    expect(parse(text)).toEqual({ ok: true, settings });
  });

  it('carries the never-warn lists both ways: passages as fingerprints only, phrases as text', () => {
    const settings = loadFixture(CURRENT_FIXTURE) as SettingsFile;
    expect(settings.blur.neverWarnPassages.length).toBeGreaterThan(0);
    expect(settings.blur.neverWarnPhrases.length).toBeGreaterThan(0);
    const read = parse(serializeSettingsFile(settings));
    expect(read.ok && read.settings.blur).toMatchObject({
      neverWarnPassages: settings.blur.neverWarnPassages,
      neverWarnPhrases: settings.blur.neverWarnPhrases,
    });
  });

  it('refuses a file whose never-warn lists hold something else, naming the entry', () => {
    expect(errorsOf(fileWith((s) => (s.blur.neverWarnPassages = [12, 'a passage of text'])))).toEqual([
      notice('settings_problem_file_setting', 'blur.neverWarnPassages.1'),
    ]);
    expect(errorsOf(fileWith((s) => (s.blur.neverWarnPassages = [2 ** 32])))).toEqual([
      notice('settings_problem_file_setting', 'blur.neverWarnPassages.0'),
    ]);
    expect(errorsOf(fileWith((s) => (s.blur.neverWarnPhrases = ['x'.repeat(201)])))).toEqual([
      notice('settings_problem_file_setting', 'blur.neverWarnPhrases.0'),
    ]);
  });

  it('is written as readable JSON, one key per line, ending with a newline', () => {
    const file = settingsFileOf(defaultSettings(), []);
    const text = serializeSettingsFile(file);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "sites": []');
    expect(JSON.parse(text)).toEqual(file);
  });

  it('reads a file saved with a byte-order mark (as some editors on Windows do)', () => {
    const text = `\uFEFF${fixtureText('v1.json')}`;
    expect(parse(text).ok).toBe(true);
  });

  it('reads a settings file missing the optional country', () => {
    expect(parse(fileWith((s) => delete s.help.country)).ok).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['plain text', 'hotline.example\nsupport.example'],
    ['cut off half-way', fixtureText('v1.json').slice(0, 200)],
    ['HTML', '<!doctype html><title>x</title>'],
  ])('refuses a file that is not JSON (%s)', (_what, text) => {
    expect(errorsOf(text)).toEqual([notice('settings_problem_file_not_json')]);
  });

  it('refuses a file over 1 MB before reading it, saying its size', () => {
    const errors = parseSettingsFile('', MAX_SETTINGS_FILE_BYTES + 1);
    expect(errors).toEqual({ ok: false, errors: [notice('settings_problem_file_too_large', 1025)] });
    expect(englishNotice(notice('settings_problem_file_too_large', 1025))).toBe(
      'This file is too large (1025 KB). A settings file is at most 1 MB.',
    );
    // Exactly 1 MB is allowed (and then judged on its content).
    expect(parseSettingsFile('{}', MAX_SETTINGS_FILE_BYTES)).toEqual({ ok: false, errors: [notice('settings_problem_file_no_version')] });
  });

  it.each([
    ['a list', '[1,2]', 'settings_problem_file_not_object'],
    ['a string', '"settings"', 'settings_problem_file_not_object'],
    ['null', 'null', 'settings_problem_file_not_object'],
    ['no version', '{"sites":[]}', 'settings_problem_file_no_version'],
    ['a version in words', '{"version":"one"}', 'settings_problem_file_no_version'],
  ] as const)('refuses %s, saying it is not a settings file', (_what, text, key) => {
    expect(errorsOf(text)).toEqual([notice(key)]);
  });

  it('refuses a file from a newer version, saying to update the extension', () => {
    const errors = errorsOf(fileWith((s) => (s.version = 7)));
    expect(errors).toEqual([notice('settings_problem_file_newer', 7)]);
    expect(englishNotice(errors[0]!)).toBe(
      'This file comes from a newer version of the extension (settings version 7). Update the extension, then load the file again.',
    );
  });

  it('refuses unknown keys, naming them', () => {
    const errors = errorsOf(
      fileWith((s) => {
        s.pin = '1234';
        s.blur.sound = true;
      }),
    );
    expect(errors).toEqual(
      expect.arrayContaining([notice('settings_problem_file_unknown', 'pin'), notice('settings_problem_file_unknown', 'blur.sound')]),
    );
  });

  it('refuses wrong types, naming each setting', () => {
    const errors = errorsOf(
      fileWith((s) => {
        s.exit.inPageTrigger = 'yes';
        s.blur.customTerms = 'stalking';
        s.sites = 'hotline.example';
      }),
    );
    expect(errors).toEqual(
      expect.arrayContaining([
        notice('settings_problem_file_setting', 'exit.inPageTrigger'),
        notice('settings_problem_file_setting', 'blur.customTerms'),
        notice('settings_problem_file_setting', 'sites'),
      ]),
    );
  });

  it('refuses invalid sites, naming each as it is written in the file', () => {
    const errors = errorsOf(fileWith((s) => (s.sites = ['hotline.example', 'hotline', 'Hotline.example'])));
    expect(errors).toEqual([notice('settings_problem_file_site', 'hotline'), notice('settings_problem_file_site', 'Hotline.example')]);
  });

  it('refuses a neutral page that is not a web address', () => {
    expect(errorsOf(fileWith((s) => (s.exit.decoyUrl = 'javascript:alert(1)')))).toEqual([
      notice('settings_problem_file_setting', 'exit.decoyUrl'),
    ]);
  });

  it('refuses a neutral page on a chosen site', () => {
    const errors = errorsOf(
      fileWith((s) => {
        s.sites = ['hotline.example'];
        s.exit.decoyUrl = 'https://hotline.example/weather';
      }),
    );
    expect(errors).toEqual([notice('settings_problem_file_setting', 'exit.decoyUrl')]);
  });
});
