import { z } from 'zod';

/**
 * One schema for every entry of the help directory (hotlines, chats, peer groups and
 * directories). The shipped data is typed by it and validated against it in the unit
 * tests, so a bad entry fails CI instead of reaching a survivor.
 */

/** Who an entry is for. `crisis` covers suicide, crisis and general emotional support. */
export const SERVES = [
  'sexual-violence',
  'domestic-abuse',
  'child-abuse',
  'adult-survivors-of-child-abuse',
  'men',
  'lgbtq',
  'young-people',
  'crisis',
] as const;
export const serveSchema = z.enum(SERVES);
export type Serve = z.infer<typeof serveSchema>;

export const KINDS = ['hotline', 'peer-group', 'chat', 'directory'] as const;
export const kindSchema = z.enum(KINDS);
export type HelpKind = z.infer<typeof kindSchema>;

/** The research's tags V, V-old and V-2nd. D, U and superseded entries are never shipped. */
export const statusSchema = z.enum(['confirmed', 'confirmed-old', 'confirmed-secondary']);
export type HelpStatus = z.infer<typeof statusSchema>;

export const INTERNATIONAL = 'international';
export const countryCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'use an ISO 3166 alpha-2 code such as GB');

function isIanaTimeZone(zone: string): boolean {
  try {
    // The constructor throws a RangeError for a zone the runtime does not know.
    return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone !== '' && zone.includes('/');
  } catch {
    return false;
  }
}

export const phoneSchema = z
  .object({
    /** Exactly as the provider publishes it, spacing and letters included. */
    display: z.string().min(1),
    /**
     * What a `tel:` link dials: digits only, with `*` or `#` where a short code has one.
     * A leading + only where the research gives an international form: short codes such as
     * 116 123 have no E.164 form (open-helplines' "+44116123" is not dialable).
     */
    tel: z.string().regex(/^(?:\+[1-9]\d{6,14}|[*#]?\d{2,15})$/, 'digits only, e.g. 08082000247 or +442038798560'),
    /** What this number is for when an entry has several ("TTY", "From outside the UK", "Afrikaans"). */
    note: z.string().min(1).optional(),
  })
  .strict();
export type Phone = z.infer<typeof phoneSchema>;

export const textSchema = z
  .object({
    /** As published, e.g. "85258" or "HELP (4357)". */
    display: z.string().min(1),
    /** Digits the message goes to. */
    number: z.string().regex(/^\d{3,15}$/, 'digits only'),
    /** The word to send first, when the service asks for one ("SHOUT", "HOME"). */
    keyword: z.string().min(1).max(20).optional(),
  })
  .strict();
export type TextContact = z.infer<typeof textSchema>;

export const hoursSchema = z.union([
  z.object({ always: z.literal(true) }).strict(),
  z
    .object({
      /** The published hours, in plain words. */
      text: z.string().min(1),
      /** The zone those hours are in, so the popup can say "London time". */
      timeZone: z.string().refine(isIanaTimeZone, 'use an IANA time zone such as Europe/London'),
    })
    .strict(),
]);
export type Hours = z.infer<typeof hoursSchema>;

const webUrl = z.url({ protocol: /^https?$/, hostname: z.regexes.domain });

/** A page a person can open again to recheck the entry: a full address, not a bare domain. */
export const pageUrlSchema = webUrl.refine((url) => {
  const { pathname, search } = new URL(url);
  return pathname.length > 1 || search.length > 1;
}, 'give the page address, not just the domain');

/** A calendar day, YYYY-MM-DD, that really exists (no 2026-02-30). */
export const isoDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD')
  .refine((day) => {
    const parsed = new Date(`${day}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day;
  }, 'not a real calendar day');

/** Who runs a service or group, as a survivor would want to know before joining. */
export const RUN_BY = ['peer-led', 'professionally-facilitated', 'professional-service'] as const;
export const runBySchema = z.enum(RUN_BY);
export type RunBy = z.infer<typeof runBySchema>;

/**
 * The entry's own words in another language (its country's, beside the English fields).
 * Keyed by BCP 47 language subtag; the languages work fills it and the popup picks the
 * reader's language when present.
 */
export const localizedTextSchema = z
  .object({
    description: z.string().min(1).max(400).optional(),
    howToJoin: z.string().min(1).optional(),
    costNote: z.string().min(1).optional(),
    safetyNotes: z.array(z.string().min(1)).optional(),
  })
  .strict();
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export const helpEntrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case words joined by dashes'),
    name: z.string().min(1).max(120),
    kind: kindSchema,
    country: z.union([countryCodeSchema, z.literal(INTERNATIONAL)]),
    /** Set for a regional line (a state, province or city); the popup says so. */
    region: z.string().min(1).optional(),
    serves: z.array(serveSchema).min(1),
    /** One calm line: who it is for and what happens. */
    description: z.string().min(1).max(320),

    phones: z.array(phoneSchema).optional(),
    text: textSchema.optional(),
    /** Shown, not linked: a wa.me link needs the international form, which the research does not give. */
    whatsapp: z
      .object({ display: z.string().min(1) })
      .strict()
      .optional(),
    chatUrl: webUrl.optional(),
    email: z.email().optional(),
    website: webUrl.optional(),

    /** Left out where the research disputes the hours or could not confirm them. */
    hours: hoursSchema.optional(),
    chatHours: hoursSchema.optional(),
    /** BCP 47 language subtags (en, es, cr) of the languages spoken directly. */
    languages: z.array(z.string().regex(/^[a-z]{2,3}$/)),
    /** Interpreters, sign language, chat-only languages. */
    languageNote: z.string().min(1).optional(),
    free: z.union([z.boolean(), z.literal('unknown')]),
    costNote: z.string().min(1).optional(),
    /** What a survivor needs to know to stay safe (what shows on the bill, the call log...). */
    safetyNotes: z.array(z.string().min(1)).optional(),

    // Peer groups: who runs them, how to join, and how safe the space is.
    format: z.enum(['online', 'in-person', 'both']).optional(),
    howToJoin: z.string().min(1).optional(),
    moderated: z.union([z.boolean(), z.literal('unknown')]).optional(),
    /** Who runs it: survivors themselves, professionals facilitating, or a professional service. */
    runBy: runBySchema,
    /** Who runs or facilitates the sessions, in plain words. */
    facilitation: z.string().min(1).optional(),

    /** Description and notes in the country's own language(s), beside the English above. */
    translations: z.record(z.string().regex(/^[a-z]{2,3}$/), localizedTextSchema).optional(),

    /** Pages that confirm the entry, each a full address a person can open. */
    sources: z.array(pageUrlSchema),
    /**
     * Further evidence the research cites without a page address (a newspaper and year, a
     * truncated path). Kept so the evidence is not lost; it does not count as a source.
     */
    citations: z.array(z.string().min(1)).optional(),
    status: statusSchema,
    /** The day the entry was last confirmed against its sources (YYYY-MM-DD). */
    lastConfirmed: isoDaySchema,
  })
  .strict()
  .superRefine((entry, ctx) => {
    if (entry.kind === 'peer-group') {
      for (const field of ['howToJoin', 'moderated'] as const) {
        if (entry[field] === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [field],
            message: 'peer groups say how to join, whether they are moderated and who runs them',
          });
        }
      }
    }
    const reachable =
      (entry.phones?.length ?? 0) > 0 ||
      entry.text !== undefined ||
      entry.whatsapp !== undefined ||
      entry.chatUrl !== undefined ||
      entry.email !== undefined ||
      entry.website !== undefined ||
      entry.howToJoin !== undefined;
    if (entry.sources.length === 0 && entry.citations === undefined) {
      ctx.addIssue({ code: 'custom', path: ['sources'], message: 'an entry needs a source' });
    }
    if (!reachable) {
      ctx.addIssue({ code: 'custom', path: ['phones'], message: 'an entry needs at least one way to reach it' });
    }
  });

export type HelpEntry = z.infer<typeof helpEntrySchema>;

/** How many peer-support options of its own every country should offer. */
export const MIN_PEER_OPTIONS = 3;

/**
 * Why a country offers fewer than MIN_PEER_OPTIONS peer-support options of its own, said
 * plainly, and which international online communities accept people from there instead.
 */
export const peerSupportGapSchema = z
  .object({
    country: countryCodeSchema,
    /** In plain words, for a survivor: what was looked for and why it is not listed. */
    reason: z.string().min(60),
    /** Ids of international online peer communities that accept people from this country. */
    international: z.array(z.string().min(1)).min(1),
    /** The language those communities use, in plain words ("English"). */
    internationalLanguage: z.string().min(1),
  })
  .strict();
export type PeerSupportGap = z.infer<typeof peerSupportGapSchema>;
