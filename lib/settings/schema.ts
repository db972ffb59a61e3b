import { z } from 'zod';
import { BLUR_CATEGORIES, type BlurCategory } from '../blur/categories';
import { DISGUISES, REVEAL_GESTURES } from '../lock/disguise';
import { readSiteAddress } from '../sites';

/**
 * The one settings document: what is stored, what is exported to a file and read
 * back (docs/settings.md). The zod schema is the type. Bump SETTINGS_VERSION only
 * together with a migration in ./migrations.ts and a saved example of the old shape.
 */
export const SETTINGS_VERSION = 3;

export { DEFAULT_DECOY_URL } from './defaults';
import { DEFAULT_DECOY_URL } from './defaults';

/**
 * A site address exactly as normalizeSiteInput would produce it, except that a shared
 * ending ("co.uk") chosen before those were refused is still read: it stays in the
 * list (the settings page points it out) rather than being set aside unseen.
 */
export const siteSchema = z.string().superRefine((value, ctx) => {
  const result = readSiteAddress(value);
  if (!result.ok) ctx.addIssue({ code: 'custom', message: result.error });
  else if (result.site !== value) ctx.addIssue({ code: 'custom', message: `write it as "${result.site}"` });
});

/**
 * The settings check's own words for the two ways a neutral page is refused. They stay
 * English here (lib/ speaks no language, and logs read them); the pages recognise them
 * and say them in the survivor's language (components/options/settings-hooks.ts).
 */
export const DECOY_NOT_WEB = 'the neutral page must be a web address starting with http:// or https://';
export const decoyOnChosenSite = (site: string) => `the neutral page is on ${site}, one of your chosen sites; pick a page elsewhere`;
/** The same, when the site cannot be named (a list locked with a PIN knows keys only). */
export const DECOY_ON_A_CHOSEN_SITE = 'the neutral page is on one of your chosen sites; pick a page elsewhere';
/** The site named by decoyOnChosenSite, or undefined for any other message. */
export function chosenSiteOfDecoyProblem(message: string): string | undefined {
  return /^the neutral page is on (.+), one of your chosen sites; pick a page elsewhere$/.exec(message)?.[1];
}

export const decoyUrlSchema = z.string().superRefine((value, ctx) => {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    /* reported below */
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    ctx.addIssue({ code: 'custom', message: DECOY_NOT_WEB });
  }
});

const categoriesSchema = z
  .object(Object.fromEntries(BLUR_CATEGORIES.map((id) => [id, z.boolean()])) as Record<BlurCategory, z.ZodBoolean>)
  .strict();

export const MAX_CUSTOM_TERMS = 5000;
/** A passage's fingerprint: textFingerprint's unsigned 32-bit number. */
export const passageFingerprintSchema = z.number().int().min(0).max(0xffffffff);
export const MAX_CUSTOM_TERM_LENGTH = 200;
/** The survivor's corrections from a label ("Don't warn me about text like this"): at most this many of each kind. */
export const MAX_NEVER_WARN = 5000;
/** The most chosen sites, and the most paused sites, a settings document holds. */
export const MAX_SITES = 10000;

/**
 * The stored settings document. The chosen sites are not part of it: they live in
 * their own record (lib/lock/record.ts), readable or encrypted, and a settings file
 * carries them beside the settings (./file.ts).
 */
export const settingsSchema = z
  .object({
    version: z.literal(SETTINGS_VERSION),
    exit: z
      .object({
        decoyUrl: decoyUrlSchema,
        /** Shift pressed three times in a page, as GOV.UK's "Exit this page". */
        inPageTrigger: z.boolean(),
        /** A small exit button on the chosen sites. */
        showButtonOnSites: z.boolean(),
        muteTabs: z.boolean(),
        closeWindow: z.boolean(),
      })
      .strict(),
    history: z
      .object({
        /** Also remove the chosen sites' cookies and stored data. */
        removeSiteData: z.boolean(),
        /** Also remove the chosen sites' entries from the downloads list. */
        removeDownloads: z.boolean(),
      })
      .strict(),
    blur: z
      .object({
        enabled: z.boolean(),
        categories: categoriesSchema,
        customTerms: z.array(z.string().max(MAX_CUSTOM_TERM_LENGTH)).max(MAX_CUSTOM_TERMS),
        pausedSites: z.array(siteSchema).max(MAX_SITES),
        /**
         * Version 3. Passages never to warn about again, each as its fingerprint
         * (lib/blur/text-hash.ts), never as its text.
         */
        neverWarnPassages: z.array(passageFingerprintSchema).max(MAX_NEVER_WARN),
        /** Version 3. Phrases never to warn about again, as text (matched like the survivor's own words). */
        neverWarnPhrases: z.array(z.string().max(MAX_CUSTOM_TERM_LENGTH)).max(MAX_NEVER_WARN),
      })
      .strict(),
    help: z
      .object({
        country: z
          .string()
          .regex(/^[A-Z]{2}$/, 'use a two-letter country code such as GB')
          .optional(),
        openInPrivateWindow: z.boolean(),
      })
      .strict(),
    /** Version 2. The PIN itself is never part of the settings (docs/discretion.md). */
    discretion: z
      .object({
        /** The toolbar's neutral look and the popup's cover. */
        disguise: z.enum(DISGUISES),
        /** Without a PIN, the gesture on the cover's title that shows the real popup. */
        reveal: z.enum(REVEAL_GESTURES),
      })
      .strict(),
  })
  .strict();

export type Settings = z.infer<typeof settingsSchema>;

export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    exit: {
      decoyUrl: DEFAULT_DECOY_URL,
      inPageTrigger: true,
      showButtonOnSites: false,
      muteTabs: false,
      closeWindow: false,
    },
    history: { removeSiteData: false, removeDownloads: false },
    blur: {
      enabled: true,
      categories: Object.fromEntries(BLUR_CATEGORIES.map((id) => [id, true])) as Record<BlurCategory, boolean>,
      customTerms: [],
      pausedSites: [],
      neverWarnPassages: [],
      neverWarnPhrases: [],
    },
    help: { openInPrivateWindow: false },
    discretion: defaultDiscretion(),
  };
}

export function defaultDiscretion(): Settings['discretion'] {
  return { disguise: 'none', reveal: 'three-clicks' };
}

/** Readable "where: what" lines for a failed parse, for the survivor and for logs. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const where = issue.path.length ? issue.path.join('.') : 'the file';
    return `${where}: ${issue.message}`;
  });
}
