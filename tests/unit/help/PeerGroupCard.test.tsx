// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PeerGroupCard } from '../../../components/help/PeerGroupCard';
import { helpEntrySchema, type HelpEntry } from '../../../lib/help/schema';

// A test entry only (never shipped).
const groupWith = (moderated: boolean | 'unknown'): HelpEntry =>
  helpEntrySchema.parse({
    id: 'test-group',
    name: 'Test group',
    kind: 'peer-group',
    country: 'GB',
    serves: ['domestic-abuse'],
    description: 'A group for survivors.',
    website: 'https://group.example.org/',
    languages: ['en'],
    free: true,
    format: 'online',
    howToJoin: 'Register with a nickname.',
    moderated,
    runBy: 'peer-led',
    sources: ['https://group.example.org/about'],
    status: 'confirmed',
    lastConfirmed: '2026-12-01',
  });

describe('a peer group card says once whether the group is moderated', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    act(() => render(null, root));
    root.remove();
  });

  const show = (entry: HelpEntry) =>
    act(() => render(<PeerGroupCard entry={entry} locale="en-GB" language="en" onOpenWebsite={() => {}} />, root));
  const badges = () => [...root.querySelectorAll('.help-badge')].map((badge) => badge.textContent);
  // What the card says of this group, leaving out "Before you join", which explains moderation in general.
  const mentions = (word: RegExp) => {
    const card = root.cloneNode(true) as HTMLElement;
    card.querySelector('.help-before-join')?.remove();
    return (card.textContent!.match(word) ?? []).length;
  };

  it('a moderated group: one "Moderated" badge and no second mention', () => {
    show(groupWith(true));
    expect(badges()).toContain('Moderated');
    expect(mentions(/moderated/gi)).toBe(1);
  });

  it('an unmoderated group: one "Not moderated" badge, never a bare "Moderated" label', () => {
    show(groupWith(false));
    expect(badges()).toContain('Not moderated');
    expect(badges()).not.toContain('Moderated');
    expect(mentions(/moderated/gi)).toBe(1);
  });

  it('when nobody knows, it claims neither', () => {
    show(groupWith('unknown'));
    expect(mentions(/moderated/gi)).toBe(0);
  });
});
