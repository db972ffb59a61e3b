import { BLUR_CATEGORIES, type BlurCategory } from '../blur/categories';
import { DEFAULT_DECOY_URL } from './defaults';
import { isWellFormedSite } from '../site-hosts';

/**
 * The part of the settings that content scripts need, read without zod: the content
 * script runs in every page and must stay small (zod alone is several times the
 * size budget). It is deliberately forgiving: every field falls back to its default
 * on its own, exactly as recoverSettings does (a test holds the two together). The
 * list of chosen sites is not part of it: pages never learn which sites are chosen.
 */
export interface ContentSettings {
  exit: { inPageTrigger: boolean; showButtonOnSites: boolean; decoyUrl: string; closeWindow: boolean };
  blur: {
    enabled: boolean;
    categories: Record<BlurCategory, boolean>;
    customTerms: string[];
    pausedSites: string[];
    /** "Don't warn me about text like this": passage fingerprints, and phrases. */
    neverWarnPassages: number[];
    neverWarnPhrases: string[];
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const bool = (v: unknown, fallback: boolean) => (typeof v === 'boolean' ? v : fallback);
const strings = (v: unknown, max: number) => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string').slice(0, max) : []);

export function contentViewOf(raw: unknown): ContentSettings {
  const settings = isObject(raw) ? raw : {};
  const exit = isObject(settings.exit) ? settings.exit : {};
  const blur = isObject(settings.blur) ? settings.blur : {};
  const categories = isObject(blur.categories) ? blur.categories : {};
  const decoy = typeof exit.decoyUrl === 'string' && /^https?:\/\//i.test(exit.decoyUrl) ? exit.decoyUrl : DEFAULT_DECOY_URL;
  return {
    exit: {
      inPageTrigger: bool(exit.inPageTrigger, true),
      showButtonOnSites: bool(exit.showButtonOnSites, false),
      decoyUrl: decoy,
      // The in-page exit leaves in place only when the survivor did not ask for the window to close.
      closeWindow: bool(exit.closeWindow, false),
    },
    blur: {
      enabled: bool(blur.enabled, true),
      categories: Object.fromEntries(BLUR_CATEGORIES.map((id) => [id, bool(categories[id], true)])) as Record<BlurCategory, boolean>,
      customTerms: strings(blur.customTerms, 5000).map((s) => s.slice(0, 200)),
      // Only entries spelled as site addresses: a hand-edited "example" must not pause
      // warnings on every *.example site while the settings page shows nothing. (The
      // settings page also asks for "www." to be left off where it can be; telling
      // when needs the Public Suffix List, too heavy for every page: lib/sites.ts.)
      pausedSites: strings(blur.pausedSites, 10000).filter(isWellFormedSite),
      // As recoverSettings does: unreadable entries are left out, one by one.
      neverWarnPassages: (Array.isArray(blur.neverWarnPassages) ? blur.neverWarnPassages : [])
        .filter((n): n is number => Number.isInteger(n) && n >= 0 && n <= 0xffffffff)
        .slice(0, 5000),
      neverWarnPhrases: (Array.isArray(blur.neverWarnPhrases) ? blur.neverWarnPhrases : [])
        .filter((s): s is string => typeof s === 'string' && s.length <= 200)
        .slice(0, 5000),
    },
  };
}
