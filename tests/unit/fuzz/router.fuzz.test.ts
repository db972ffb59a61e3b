import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { browser, type Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { routeMessage } from '@/entrypoints/background/router';
import { messageSchema } from '@/lib/messages';

/**
 * Fuzzing the background's message router (issue 15): a web page can talk to its
 * content script, so whatever arrives from there is refused unless it is a valid
 * message of a content type; anything from another extension is refused outright.
 * Run under WXT's fakeBrowser. Fixed seed: CI runs the same inputs every time.
 */
const SEED = 15_2026;
type Sender = Browser.runtime.MessageSender;

/** Written out here rather than imported, so that widening the product's list fails this test. */
const CONTENT_TYPES = ['exit-now', 'page-status', 'open-support', 'never-warn-passage', 'never-warn-phrases'];
const ALL_TYPES = [...CONTENT_TYPES, 'open-help-site', 'erase-site-history', 'check-history'];
/** The router's own refusals (a handler that fails is refused too, with its own reason). */
const GATE_REFUSALS = ['unknown sender', 'unknown or malformed message', 'not allowed from a web page'];

const webUrl = fc.oneof(fc.webUrl(), fc.constantFrom('https://hotline.example/help', 'http://localhost:8080/', 'file:///tmp/page.html'));
const tab = fc.record({ id: fc.nat(10_000), index: fc.nat(20), url: webUrl, active: fc.boolean() });

/** A content script in a web page: the extension's own id, a tab, a web address. */
const contentSender: fc.Arbitrary<Sender> = fc
  .tuple(tab, fc.nat(5))
  .map(([t, frameId]) => ({ id: browser.runtime.id, tab: t as Browser.tabs.Tab, url: t.url, frameId }));
/** Another extension or a web page messaging directly (externally_connectable), with or without a tab. */
const foreignSender: fc.Arbitrary<Sender> = fc
  .tuple(fc.option(fc.string({ maxLength: 40 }), { nil: undefined }), fc.option(tab, { nil: undefined }), webUrl)
  .filter(([id]) => id !== browser.runtime.id)
  .map(([id, t, url]) => ({ id, tab: t as Browser.tabs.Tab | undefined, url }));
/** The extension's id with neither a tab nor one of its own pages: trusted with nothing. */
const tablessSender: fc.Arbitrary<Sender> = webUrl.map((url) => ({ id: browser.runtime.id, url }));

const validMessage = fc.oneof(
  fc.record({ type: fc.constant('exit-now'), trigger: fc.constantFrom('shift-keys', 'page-button', 'popup', 'welcome-try') }),
  fc.constant({ type: 'page-status' }),
  fc.constant({ type: 'open-support' }),
  fc.record({ type: fc.constant('open-help-site'), url: fc.webUrl() }),
  fc.record({ type: fc.constant('erase-site-history'), site: fc.constantFrom('hotline.example', 'example.org', 'not a site') }),
  fc.constant({ type: 'check-history' }),
  fc.record({ type: fc.constant('never-warn-passage'), fingerprint: fc.nat() }),
  fc.record({
    type: fc.constant('never-warn-phrases'),
    phrases: fc.array(fc.string({ minLength: 1, maxLength: 30 }), { minLength: 1, maxLength: 3 }),
  }),
);
/** A valid message with something wrong: an extra key, a field of the wrong type, an odd type name. */
const nearlyValidMessage = fc
  .tuple(validMessage, fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), fc.integer({ min: 0, max: 3 }))
  .map(([message, key, value, how]): unknown => {
    const m: Record<string, unknown> = { ...message };
    if (how === 0) m[key || 'extra'] = value;
    else if (how === 1) m.type = (m.type as string).toUpperCase();
    else if (how === 2)
      for (const k of Object.keys(m))
        if (k !== 'type') m[k] = value;
        else m.type = ` ${m.type as string}`;
    return m;
  });
const randomMessage: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.record({ type: fc.oneof(fc.constantFrom(...ALL_TYPES), fc.string()) }, { noNullPrototype: false }),
  fc
    .tuple(
      fc.constantFrom(...ALL_TYPES),
      fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'url', 'site', 'trigger'), fc.jsonValue()),
    )
    .map(([type, rest]) => ({ ...rest, type })),
  fc.constantFrom('exit-now', ['exit-now'], { type: ['exit-now'] }, JSON.stringify({ type: 'exit-now', trigger: 'popup' })),
);
const anyMessage = fc.oneof(validMessage, nearlyValidMessage, randomMessage);

async function answer(raw: unknown, sender: Sender): Promise<{ refused?: string }> {
  return (await routeMessage(raw, sender)) as { refused?: string };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('fuzz: the background message router', () => {
  it('from a content script: refused unless a valid message of a content type', async () => {
    const seen = { allowed: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(anyMessage, contentSender, async (raw, sender) => {
        const valid = messageSchema.safeParse(raw);
        const reply = await answer(raw, sender);
        const mayPass = valid.success && CONTENT_TYPES.includes(valid.data.type);
        if (mayPass) {
          seen.allowed++;
          expect(GATE_REFUSALS).not.toContain(reply.refused);
        } else {
          seen.refused++;
          expect(reply.refused).toBe(valid.success ? 'not allowed from a web page' : 'unknown or malformed message');
        }
      }),
      { numRuns: 300, seed: SEED },
    );
    expect(seen.allowed).toBeGreaterThan(0);
    expect(seen.refused).toBeGreaterThan(0);
  });

  it('from any other sender, or from the extension id without a tab or own page: everything refused', async () => {
    await fc.assert(
      fc.asyncProperty(anyMessage, fc.oneof(foreignSender, tablessSender), async (raw, sender) => {
        const reply = await answer(raw, sender);
        expect(reply.refused).toBeDefined();
        if (sender.id !== browser.runtime.id) expect(reply.refused).toBe('unknown sender');
        else expect(['unknown or malformed message', 'not allowed from a web page']).toContain(reply.refused);
      }),
      { numRuns: 300, seed: SEED },
    );
  });

  it('never leaves Object.prototype changed, whatever the message', async () => {
    const keys = Object.getOwnPropertyNames(Object.prototype).toSorted();
    await fc.assert(
      fc.asyncProperty(randomMessage, contentSender, async (raw, sender) => {
        await answer(raw, sender);
        expect(Object.getOwnPropertyNames(Object.prototype).toSorted()).toEqual(keys);
      }),
      { numRuns: 200, seed: SEED },
    );
  });

  it.each([
    { type: 'erase-site-history', site: 'hotline.example' },
    { type: 'check-history' },
    { type: 'open-help-site', url: 'https://hotline.example/' },
  ])('refuses $type from a web page, even when well formed', async (message) => {
    expect(messageSchema.safeParse(message).success).toBe(true);
    const sender: Sender = {
      id: browser.runtime.id,
      tab: { id: 7, index: 0, url: 'https://forum.example/thread' } as Browser.tabs.Tab,
      url: 'https://forum.example/thread',
      frameId: 0,
    };
    expect(await answer(message, sender)).toEqual({ refused: 'not allowed from a web page' });
    // The same message from the extension's own page passes the gate.
    const ownPage: Sender = { id: browser.runtime.id, url: browser.runtime.getURL('/options.html') };
    expect(GATE_REFUSALS).not.toContain((await answer(message, ownPage)).refused);
  });
});
