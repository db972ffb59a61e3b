import { z } from 'zod';

/**
 * The one message protocol between the content script, the extension's own pages
 * (popup, options, welcome) and the background. Messages are named by what they ask
 * for. The background parses every message with these schemas and refuses unknown
 * types; content scripts may send only CONTENT_MESSAGE_TYPES (a page can talk to its
 * content script, so nothing from there is trusted with more than that).
 */
export const messageSchema = z.discriminatedUnion('type', [
  /**
   * Hide every sensitive tab now. `trigger` is for the exit report only. `inPlaceTo`:
   * the page can replace itself with this neutral page (location.replace), its tab having
   * no other entry to go back to; the answer's `leaveInPlace` says whether it is to.
   */
  z
    .object({
      type: z.literal('exit-now'),
      trigger: z.enum(['shift-keys', 'page-button', 'popup', 'welcome-try']),
      inPlaceTo: z.string().max(4096).optional(),
    })
    .strict(),
  /** Does the sender's tab show a chosen site? (for the optional in-page exit button) */
  z.object({ type: z.literal('page-status') }).strict(),
  /**
   * Open the help content (from a content-warning notice); `at: 'grounding'` opens the
   * grounding exercises ("Take a moment" on a blurred passage's label).
   */
  z.object({ type: z.literal('open-support'), at: z.literal('grounding').optional() }).strict(),
  /** Open a help website so that it leaves no trace in history. */
  z.object({ type: z.literal('open-help-site'), url: z.url({ protocol: /^https?$/ }) }).strict(),
  /** Remove every earlier visit to one chosen site (progress is reported in storage). */
  z.object({ type: z.literal('erase-site-history'), site: z.string().max(300) }).strict(),
  /** Look for any remaining visit to a chosen site, and remove it. */
  z.object({ type: z.literal('check-history') }).strict(),
  /** From a label: "Not this passage" (its fingerprint, never its text). */
  z.object({ type: z.literal('never-warn-passage'), fingerprint: z.number().int().min(0).max(0xffffffff) }).strict(),
  /** From a label: "Not text with …" (the lexicon's hits in that passage, at most three). */
  z.object({ type: z.literal('never-warn-phrases'), phrases: z.array(z.string().min(1).max(200)).min(1).max(3) }).strict(),
]);

export type Message = z.infer<typeof messageSchema>;
export type MessageType = Message['type'];

export const CONTENT_MESSAGE_TYPES: ReadonlySet<MessageType> = new Set([
  'exit-now',
  'page-status',
  'open-support',
  'never-warn-passage',
  'never-warn-phrases',
]);

export interface EraseSummary {
  site: string;
  removed: number;
  finishedAt: number;
}

export interface ResponseMap {
  'exit-now': { ok: true; leaveInPlace?: boolean };
  'page-status': { onChosenSite: boolean; showExitButton: boolean };
  'open-support': { ok: true };
  'open-help-site': { ok: true };
  'erase-site-history': EraseSummary;
  'check-history': { found: number; removed: number };
  'never-warn-passage': { ok: true };
  'never-warn-phrases': { ok: true };
}

export type ResponseFor<M extends Message> = ResponseMap[M['type']];

/** What the background answers when it refuses a message. */
export interface RefusedResponse {
  refused: string;
}
