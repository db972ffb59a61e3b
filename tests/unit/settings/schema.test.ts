import { describe, expect, it } from 'vitest';
import { BLUR_CATEGORIES } from '@/lib/blur/categories';
import {
  DEFAULT_DECOY_URL,
  MAX_CUSTOM_TERM_LENGTH,
  SETTINGS_VERSION,
  defaultSettings,
  describeIssues,
  settingsSchema,
} from '@/lib/settings/schema';
import { settingsFileSchema } from '@/lib/settings/file';

function withChange(change: (s: Record<string, any>) => void): unknown {
  const settings = structuredClone(defaultSettings()) as Record<string, any>;
  change(settings);
  return settings;
}

function problemsOf(value: unknown): string[] {
  const parsed = settingsSchema.safeParse(value);
  return parsed.success ? [] : describeIssues(parsed.error);
}

/** The chosen sites are no longer stored settings: only a settings file carries them (lib/settings/file.ts). */
function fileWithChange(change: (s: Record<string, any>) => void): unknown {
  return withChange((s) => {
    s.sites = [];
    change(s);
  });
}

function fileProblemsOf(value: unknown): string[] {
  const parsed = settingsFileSchema.safeParse(value);
  return parsed.success ? [] : describeIssues(parsed.error);
}

describe('settings schema', () => {
  it('accepts the defaults, which keep every protection on and every optional step off', () => {
    const defaults = defaultSettings();
    expect(settingsSchema.parse(defaults)).toEqual(defaults);
    expect(defaults.version).toBe(SETTINGS_VERSION);
    expect('sites' in defaults).toBe(false);
    expect(defaults.exit).toEqual({
      decoyUrl: DEFAULT_DECOY_URL,
      inPageTrigger: true,
      showButtonOnSites: false,
      muteTabs: false,
      closeWindow: false,
    });
    expect(defaults.history).toEqual({ removeSiteData: false, removeDownloads: false });
    expect(defaults.blur.enabled).toBe(true);
    expect(Object.keys(defaults.blur.categories)).toEqual([...BLUR_CATEGORIES]);
    expect(Object.values(defaults.blur.categories).every(Boolean)).toBe(true);
    expect(defaults.help.country).toBeUndefined();
  });

  it('gives a fresh copy each time, so that changing one cannot change the defaults', () => {
    const a = defaultSettings();
    a.blur.pausedSites.push('hotline.example');
    a.blur.categories.violence = false;
    expect(defaultSettings().blur.pausedSites).toEqual([]);
    expect(defaultSettings().blur.categories.violence).toBe(true);
  });

  it('has the seven content-warning categories of the file format', () => {
    expect([...BLUR_CATEGORIES].toSorted()).toEqual(
      ['child-abuse', 'domestic-abuse', 'eating-disorders', 'self-harm', 'sexual-violence', 'suicide', 'violence'].toSorted(),
    );
  });

  it.each([
    ['an unknown top-level key', (s: Record<string, any>) => (s.pin = '1234'), /Unrecognized key.*pin/],
    ['an unknown key in a section', (s: Record<string, any>) => (s.exit.sound = true), /exit: .*Unrecognized key.*sound/],
    ['an unknown category', (s: Record<string, any>) => (s.blur.categories.gore = true), /blur\.categories: .*gore/],
    ['a missing category', (s: Record<string, any>) => delete s.blur.categories.suicide, /blur\.categories\.suicide/],
    ['a string for a switch', (s: Record<string, any>) => (s.exit.muteTabs = 'yes'), /exit\.muteTabs: .*boolean/],
    [
      'a list of chosen sites (they have their own record)',
      (s: Record<string, any>) => (s.sites = ['hotline.example']),
      /Unrecognized key.*sites/,
    ],
    [
      'a paused site that is not an address',
      (s: Record<string, any>) => (s.blur.pausedSites = ['a b']),
      /blur\.pausedSites\.0: .*no spaces/,
    ],
    [
      'a neutral page that is not a web address',
      (s: Record<string, any>) => (s.exit.decoyUrl = 'javascript:alert(1)'),
      /exit\.decoyUrl: .*http/,
    ],
    ['a neutral page that is a file', (s: Record<string, any>) => (s.exit.decoyUrl = 'file:///etc/passwd'), /exit\.decoyUrl: .*http/],
    ['a neutral page that is not a URL at all', (s: Record<string, any>) => (s.exit.decoyUrl = 'weather'), /exit\.decoyUrl: .*http/],
    ['a lower-case country code', (s: Record<string, any>) => (s.help.country = 'gb'), /help\.country: .*two-letter/],
    ['a country name', (s: Record<string, any>) => (s.help.country = 'United Kingdom'), /help\.country/],
    [
      'a custom word over the length limit',
      (s: Record<string, any>) => (s.blur.customTerms = ['x'.repeat(MAX_CUSTOM_TERM_LENGTH + 1)]),
      /blur\.customTerms\.0/,
    ],
    ['another version', (s: Record<string, any>) => (s.version = SETTINGS_VERSION + 1), /version/],
  ])('refuses %s, saying where and what', (_what, change, message) => {
    const problems = problemsOf(withChange(change));
    expect(problems.join('\n')).toMatch(message);
  });

  it.each([
    ['a site that is not an address', (s: Record<string, any>) => (s.sites = ['hotline']), /sites\.0: .*needs its ending/],
    [
      'a site written another way',
      (s: Record<string, any>) => (s.sites = ['https://www.Hotline.example/x']),
      /sites\.0: write it as "hotline\.example"/,
    ],
  ])('a settings file: refuses %s, saying where and what', (_what, change, message) => {
    expect(fileProblemsOf(fileWithChange(change)).join('\n')).toMatch(message);
  });

  it('a settings file: refuses a neutral page on one of its sites or their subdomains, naming the site', () => {
    for (const decoy of ['https://hotline.example/', 'http://www.hotline.example/weather', 'https://CHAT.Hotline.example/']) {
      const problems = fileProblemsOf(
        fileWithChange((s) => {
          s.sites = ['hotline.example'];
          s.exit.decoyUrl = decoy;
        }),
      );
      expect(problems).toEqual(['exit.decoyUrl: the neutral page is on hotline.example, one of your chosen sites; pick a page elsewhere']);
    }
  });

  it('a settings file: accepts a neutral page on a look-alike of one of its sites', () => {
    for (const decoy of ['https://nothotline.example/', 'https://hotline.example.evil/']) {
      const value = fileWithChange((s) => {
        s.sites = ['hotline.example'];
        s.exit.decoyUrl = decoy;
      });
      expect(fileProblemsOf(value)).toEqual([]);
    }
  });

  it('accepts a country code, and no country (meaning: from the browser language)', () => {
    expect(problemsOf(withChange((s) => (s.help.country = 'NZ')))).toEqual([]);
    expect(problemsOf(withChange((s) => delete s.help.country))).toEqual([]);
  });
});
