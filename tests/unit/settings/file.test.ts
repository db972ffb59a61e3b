import { describe, expect, it } from 'vitest';
import { MAX_SETTINGS_FILE_BYTES, parseSettingsFile, serializeSettingsFile } from '@/lib/settings/file';
import { defaultSettings, type Settings } from '@/lib/settings/schema';
import { CURRENT_FIXTURE, fixtureText, loadFixture } from './load-fixture';

const bytes = (text: string) => new TextEncoder().encode(text).byteLength;
const parse = (text: string) => parseSettingsFile(text, bytes(text));

function fileWith(change: (s: Record<string, any>) => void): string {
  const settings = structuredClone(defaultSettings()) as Record<string, any>;
  change(settings);
  return JSON.stringify(settings);
}

function errorsOf(text: string): string[] {
  const result = parse(text);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

describe('settings file', () => {
  it('round-trips: what is exported reads back as the same settings', () => {
    const settings = loadFixture(CURRENT_FIXTURE) as Settings;
    const text = serializeSettingsFile(settings);
    expect(parse(text)).toEqual({ ok: true, settings });
  });

  it('carries the never-warn lists both ways: passages as fingerprints only, phrases as text', () => {
    const settings = loadFixture(CURRENT_FIXTURE) as Settings;
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
      expect.stringMatching(/^blur\.neverWarnPassages\.1: /),
    ]);
    expect(errorsOf(fileWith((s) => (s.blur.neverWarnPassages = [2 ** 32])))).toEqual([
      expect.stringMatching(/^blur\.neverWarnPassages\.0: /),
    ]);
    expect(errorsOf(fileWith((s) => (s.blur.neverWarnPhrases = ['x'.repeat(201)])))).toEqual([
      expect.stringMatching(/^blur\.neverWarnPhrases\.0: /),
    ]);
  });

  it('is written as readable JSON, one key per line, ending with a newline', () => {
    const text = serializeSettingsFile(defaultSettings());
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "sites": []');
    expect(JSON.parse(text)).toEqual(defaultSettings());
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
    expect(errorsOf(text)).toEqual(['This file is not a settings file (it is not JSON).']);
  });

  it('refuses a file over 1 MB before reading it, saying its size', () => {
    const errors = parseSettingsFile('', MAX_SETTINGS_FILE_BYTES + 1);
    expect(errors).toEqual({ ok: false, errors: ['The file is too large (1025 KB). A settings file is at most 1 MB.'] });
    // Exactly 1 MB is allowed (and then judged on its content).
    expect(parseSettingsFile('{}', MAX_SETTINGS_FILE_BYTES)).toMatchObject({ ok: false, errors: [expect.not.stringMatching(/too large/)] });
  });

  it.each([
    ['a list', '[1,2]', /holds no settings object/],
    ['a string', '"settings"', /holds no settings object/],
    ['null', 'null', /holds no settings object/],
    ['no version', '{"sites":[]}', /no "version" number/],
    ['a version in words', '{"version":"one"}', /no "version" number/],
  ])('refuses %s, saying it is not a settings file', (_what, text, message) => {
    expect(errorsOf(text)).toEqual([expect.stringMatching(message)]);
  });

  it('refuses a file from a newer version, saying to update the extension', () => {
    expect(errorsOf(fileWith((s) => (s.version = 7)))).toEqual([
      'This file comes from a newer version of the extension (settings version 7). Update the extension, then import it again.',
    ]);
  });

  it('refuses unknown keys, naming them', () => {
    const errors = errorsOf(
      fileWith((s) => {
        s.pin = '1234';
        s.blur.sound = true;
      }),
    );
    expect(errors.join('\n')).toMatch(/pin/);
    expect(errors.join('\n')).toMatch(/blur: .*sound/);
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
        expect.stringMatching(/^exit\.inPageTrigger: .*boolean/),
        expect.stringMatching(/^blur\.customTerms: .*array/),
        expect.stringMatching(/^sites: .*array/),
      ]),
    );
  });

  it('refuses invalid sites with the same words the options page uses', () => {
    const errors = errorsOf(fileWith((s) => (s.sites = ['hotline.example', 'hotline', 'Hotline.example'])));
    expect(errors).toEqual(['sites.1: "hotline" needs its ending too, for example hotline.org.', 'sites.2: write it as "hotline.example"']);
  });

  it('refuses a neutral page that is not a web address', () => {
    expect(errorsOf(fileWith((s) => (s.exit.decoyUrl = 'javascript:alert(1)')))).toEqual([
      'exit.decoyUrl: the neutral page must be a web address starting with http:// or https://',
    ]);
  });

  it('refuses a neutral page on a chosen site', () => {
    const errors = errorsOf(
      fileWith((s) => {
        s.sites = ['hotline.example'];
        s.exit.decoyUrl = 'https://hotline.example/weather';
      }),
    );
    expect(errors).toEqual(['exit.decoyUrl: the neutral page is on hotline.example, one of your chosen sites; pick a page elsewhere']);
  });
});
