import { describe, expect, it } from 'vitest';
import { contentViewOf } from '@/lib/settings/content-view';
import { recoverSettings } from '@/lib/settings/recover';
import type { Settings } from '@/lib/settings/schema';
import { brokenFixtureNames, loadFixture } from './load-fixture';

/** What the content scripts should see: the same settings the background uses, minus the sites. */
function expectedView(settings: Settings) {
  return {
    exit: {
      inPageTrigger: settings.exit.inPageTrigger,
      showButtonOnSites: settings.exit.showButtonOnSites,
      decoyUrl: settings.exit.decoyUrl,
      closeWindow: settings.exit.closeWindow,
    },
    blur: settings.blur,
  };
}

const ALL = ['v1.json', ...brokenFixtureNames().map((n) => `broken/${n}`)];

describe('the content scripts’ light settings reader', () => {
  it.each(ALL)('agrees with recoverSettings on %s (apart from the two known gaps below)', (name) => {
    const raw = loadFixture(name);
    const view = contentViewOf(raw);
    const expected = expectedView(recoverSettings(raw).settings);
    // Gap 1 (by design): the light reader does not know the chosen sites, so it cannot
    // tell that a neutral page lies on one. The store rewrites such a value with the
    // recovered one the next time the background reads it.
    if (name === 'broken/decoy-on-chosen-site.json') view.exit.decoyUrl = expected.exit.decoyUrl;
    expect(view).toEqual(expected);
  });

  // A hand-edited paused site such as "example" (not a valid site) must not pause
  // content warnings on every *.example host while the settings page shows no such site.
  it('keeps only valid paused sites, as the settings page does', () => {
    const raw = loadFixture('broken/bad-blur-categories.json');
    expect(contentViewOf(raw).blur.pausedSites).toEqual(recoverSettings(raw).settings.blur.pausedSites);
  });

  it('never hands the list of chosen sites to a page', () => {
    expect(JSON.stringify(contentViewOf(loadFixture('v1.json')))).not.toContain('hotline.example');
  });
});
