import { describe, expect, it } from 'vitest';
import { notice } from '@/lib/settings/notices';
import { recoverSettings } from '@/lib/settings/recover';
import { englishNotice } from './notice-text';
import { defaultSettings, settingsSchema } from '@/lib/settings/schema';
import { CURRENT_FIXTURE, brokenFixtureNames, loadFixture as loadSavedFixture } from './load-fixture';
import { effectiveDecoyUrl } from '@/entrypoints/background/exit-ready';
import { SiteIndex } from '@/lib/lock/site-index';
import { DEFAULT_DECOY_URL } from '@/lib/settings/schema';

/**
 * A saved example as storage holds it today: the chosen sites are no longer part of the
 * settings document (they have their own record, lib/lock/record.ts), so their `sites`
 * field is left out. The whole-value fixtures are left as they are.
 */
function loadFixture(name: string): unknown {
  const value = loadSavedFixture(name);
  if (!value || typeof value !== 'object' || Array.isArray(value) || name === 'broken/mixed-sites.json') return value;
  const { sites: _sites, ...rest } = value as Record<string, unknown>;
  return rest;
}

describe('recoverSettings', () => {
  it('gives the defaults without a word when nothing was stored yet', () => {
    expect(recoverSettings(undefined)).toEqual({ settings: defaultSettings(), problems: [] });
    expect(recoverSettings(null)).toEqual({ settings: defaultSettings(), problems: [] });
  });

  it('keeps valid settings exactly as they are', () => {
    const saved = loadFixture(CURRENT_FIXTURE);
    expect(recoverSettings(saved)).toEqual({ settings: saved, problems: [] });
  });

  // decoy-on-chosen-site.json is a valid document on its own now: only the chosen sites'
  // record makes its neutral page a problem, and the quick exit checks that (below).
  it.each(brokenFixtureNames().filter((n) => n !== 'decoy-on-chosen-site.json'))(
    'never throws, always gives valid settings and says what happened: %s',
    (name) => {
      const { settings, problems } = recoverSettings(loadFixture(`broken/${name}`));
      expect(settingsSchema.safeParse(settings).success).toBe(true);
      expect(problems.length).toBeGreaterThan(0);
      // Each one is a message the locale has, reading as a sentence once written out.
      for (const problem of problems) expect(englishNotice(problem)).toMatch(/^[A-Z“].*\.$/);
    },
  );

  it.each(['not-an-object.json', 'array.json', 'no-version.json', 'newer-version.json'])(
    'resets everything when the whole value cannot be read: %s',
    (name) => {
      const { settings, problems } = recoverSettings(loadFixture(`broken/${name}`));
      expect(settings).toEqual(defaultSettings());
      expect(problems).toHaveLength(1);
      expect(problems[0]!.key).toMatch(/^settings_problem_reset_/);
      expect(englishNotice(problems[0]!)).toMatch(/^All settings went back to their defaults, because/);
    },
  );

  it('says a newer version is newer, so that the survivor knows to update', () => {
    const [problem] = recoverSettings(loadFixture('broken/newer-version.json')).problems;
    expect(problem).toEqual(notice('settings_problem_reset_newer', 99));
    expect(englishNotice(problem!)).toMatch(/newer version of the extension \(settings version 99\)/);
  });

  it('keeps every other valid part when the content-warning categories are broken', () => {
    const { settings, problems } = recoverSettings(loadFixture('broken/bad-blur-categories.json'));
    expect(settings.exit).toMatchObject({ inPageTrigger: false, muteTabs: true, decoyUrl: 'https://weather.example/' });
    expect(settings.history.removeDownloads).toBe(true);
    // Within blur, the valid fields stay and only the broken one goes back to its default.
    expect(settings.blur.enabled).toBe(false);
    expect(settings.blur.customTerms).toEqual(['stalking']);
    expect(settings.blur.categories).toEqual(defaultSettings().blur.categories);
    expect(settings.blur.pausedSites).toEqual(['news.example']);
    expect(problems).toContainEqual(notice('settings_problem_field_reset', 'blur', 'categories'));
    expect(problems).toContainEqual(notice('settings_problem_paused_entries', 2));
  });

  // Changed by design (issue 11): the chosen sites have their own record; a `sites` list
  // left in the settings document is an unknown field, set aside whole with the stored copy.
  it('sets aside a list of chosen sites left in the settings document, as a setting it does not know', () => {
    const { settings, problems } = recoverSettings(loadFixture('broken/mixed-sites.json'));
    expect('sites' in settings).toBe(false);
    expect(settings.exit.decoyUrl).toBe('https://weather.example/');
    expect(problems).toEqual([notice('settings_problem_unknown', 'sites')]);
  });

  it('resets only the broken exit settings, keeps the valid ones, the sites, history and content-warning settings', () => {
    const { settings, problems } = recoverSettings(loadFixture('broken/exit-wrong-types.json'));
    expect(settings.exit).toEqual({ ...defaultSettings().exit, muteTabs: true, closeWindow: true });
    expect(settings.history).toEqual({ removeSiteData: true, removeDownloads: true });
    expect(settings.blur.enabled).toBe(false);
    expect(settings.help.country).toBe('GB');
    expect(problems).toEqual([
      notice('settings_problem_field_reset', 'exit', 'decoyUrl'),
      notice('settings_problem_field_reset', 'exit', 'inPageTrigger'),
    ]);
  });

  it('a section that is not an object at all goes back to its defaults, and says so', () => {
    const { settings, problems } = recoverSettings({ ...(loadFixture(CURRENT_FIXTURE) as object), history: 'broken' });
    expect(settings.history).toEqual(defaultSettings().history);
    expect(problems).toEqual([notice('settings_problem_section_reset', 'history')]);
  });

  it('sets aside a field a section does not know, keeping the rest of the section', () => {
    const saved = loadFixture(CURRENT_FIXTURE) as Record<string, Record<string, unknown>>;
    const { settings, problems } = recoverSettings({ ...saved, help: { ...saved.help, colour: 'blue' } });
    expect(settings.help).toEqual(saved.help);
    expect(problems).toEqual([notice('settings_problem_unknown_fields', 'help', 'colour')]);
  });

  // Changed by design (issue 11): the settings document no longer knows the chosen
  // sites, so it cannot tell a neutral page on one; the quick exit asks the one rule
  // (decoyIsOnChosenSite) against the record and falls back to the default neutral page.
  it('keeps a neutral page it cannot check; the quick exit does not go to it while it is on a chosen site', () => {
    const { settings, problems } = recoverSettings(loadFixture('broken/decoy-on-chosen-site.json'));
    expect(settings.exit.decoyUrl).toBe('https://www.hotline.example/');
    expect(settings.exit.showButtonOnSites).toBe(true);
    expect(problems).toEqual([]);
    const salt = '0123456789abcdef0123456789abcdef';
    expect(effectiveDecoyUrl(settings, SiteIndex.fromSites(salt, ['hotline.example']))).toBe(DEFAULT_DECOY_URL);
    expect(effectiveDecoyUrl(settings, SiteIndex.fromSites(salt, ['support.example']))).toBe('https://www.hotline.example/');
  });

  it('names unknown settings and fills in missing sections with defaults', () => {
    const { settings, problems } = recoverSettings(loadFixture('broken/unknown-and-missing.json'));
    expect(settings.exit).toEqual(defaultSettings().exit);
    // "gb" is not a country code as stored (GB); the other help setting is kept.
    expect(settings.help).toEqual({ openInPrivateWindow: true });
    expect(problems).toContainEqual(notice('settings_problem_unknown', 'pin, theme'));
    expect(problems).toContainEqual(notice('settings_problem_field_reset', 'help', 'country'));
  });

  it('survives a half-written value', () => {
    const { settings } = recoverSettings(loadFixture('broken/half-written.json'));
    expect(settings.exit).toEqual(defaultSettings().exit);
    expect(settings.blur).toEqual(defaultSettings().blur);
  });

  it.each([
    [0],
    [''],
    ['settings'],
    [true],
    [[]],
    [{}],
    [{ version: '1' }],
    [{ version: 1.5 }],
    [{ version: -1 }],
    [{ version: 1, sites: 'hotline.example' }],
  ])('never throws on odd values: %j', (raw) => {
    const { settings } = recoverSettings(raw);
    expect(settingsSchema.safeParse(settings).success).toBe(true);
  });

  // The chosen sites' own limit is now the record's (lib/platform/chosen-sites.ts addChosenSite).
  it('keeps at most 10,000 paused sites, so that the next save is not refused, and names what was set aside', () => {
    const saved = loadFixture(CURRENT_FIXTURE) as Record<string, any>;
    const many = Array.from({ length: 10_250 }, (_, i) => `site${i}.example`);
    const { settings, problems } = recoverSettings({ ...saved, blur: { ...saved.blur, pausedSites: many.slice(0, 10_001) } });
    expect(settingsSchema.safeParse(settings).success).toBe(true);
    expect(settings.blur.pausedSites).toEqual(many.slice(0, 10_000));
    // Everything else in the content-warning section is kept.
    expect(settings.blur.customTerms).toEqual(saved.blur.customTerms);
    expect(settings.blur.categories).toEqual(saved.blur.categories);
    expect(problems).toEqual([notice('settings_problem_paused_over', 10_000, 1)]);
  });

  it('sets aside only the own words that are too long (or not text), keeping the others', () => {
    const saved = loadFixture(CURRENT_FIXTURE) as Record<string, any>;
    const long = 'x'.repeat(201);
    const { settings, problems } = recoverSettings({
      ...saved,
      blur: { ...saved.blur, customTerms: ['stalking', long, 'coercive control', 7] },
    });
    expect(settingsSchema.safeParse(settings).success).toBe(true);
    expect(settings.blur.customTerms).toEqual(['stalking', 'coercive control']);
    expect(settings.blur.pausedSites).toEqual(saved.blur.pausedSites);
    expect(problems).toEqual([notice('settings_problem_words_too_long', 2, 200)]);
  });

  it('keeps at most 5,000 own words', () => {
    const saved = loadFixture(CURRENT_FIXTURE) as Record<string, any>;
    const words = Array.from({ length: 5_002 }, (_, i) => `word ${i}`);
    const { settings, problems } = recoverSettings({ ...saved, blur: { ...saved.blur, customTerms: words } });
    expect(settingsSchema.safeParse(settings).success).toBe(true);
    expect(settings.blur.customTerms).toEqual(words.slice(0, 5_000));
    expect(problems).toEqual([notice('settings_problem_words_over', 5_000, 2)]);
  });

  it('sets aside only the unreadable never-warn entries, keeping the others and every other setting', () => {
    const { settings, problems } = recoverSettings(loadFixture('broken/bad-never-warn.json'));
    expect(settingsSchema.safeParse(settings).success).toBe(true);
    expect(settings.blur.neverWarnPassages).toEqual([305419896, 42]);
    expect(settings.blur.neverWarnPhrases).toEqual(['stabbed', 'coercive control']);
    expect(settings.blur.customTerms).toEqual(['coercive control', 'stalking']);
    expect(problems).toEqual([notice('settings_problem_never_warn_passages'), notice('settings_problem_never_warn_phrases')]);
  });

  it('sets aside a never-warn list that is not a list, and keeps at most 5,000 entries', () => {
    const saved = loadFixture(CURRENT_FIXTURE) as Record<string, any>;
    const many = Array.from({ length: 5_003 }, (_, i) => i);
    const { settings, problems } = recoverSettings({ ...saved, blur: { ...saved.blur, neverWarnPassages: many, neverWarnPhrases: 'x' } });
    expect(settingsSchema.safeParse(settings).success).toBe(true);
    expect(settings.blur.neverWarnPassages).toEqual(many.slice(0, 5_000));
    expect(settings.blur.neverWarnPhrases).toEqual([]);
    expect(problems).toEqual([notice('settings_problem_never_warn_over', 5_000, 3), notice('settings_problem_never_warn_phrases')]);
  });

  it('does not change the value it was given, so the copy kept aside is the original', () => {
    const raw = loadFixture('broken/bad-blur-categories.json');
    const before = structuredClone(raw);
    recoverSettings(raw);
    expect(raw).toEqual(before);
  });
});
