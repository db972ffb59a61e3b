// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HotlineCard } from '../../../components/help/HotlineCard';
import { PeerGroupCard } from '../../../components/help/PeerGroupCard';
import { baseLanguage, entryTextsFor } from '../../../lib/help/entry-text';
import { helpEntrySchema, type HelpEntry } from '../../../lib/help/schema';

// Test entries only (never shipped): the texts just say which language they are in.
const group: HelpEntry = helpEntrySchema.parse({
  id: 'test-forum',
  name: 'Test forum',
  kind: 'peer-group',
  country: 'DE',
  serves: ['domestic-abuse'],
  description: 'An online forum for survivors.',
  website: 'https://forum.example.org/join',
  languages: ['de'],
  free: true,
  costNote: 'Free to join.',
  safetyNotes: ['Use a nickname.'],
  format: 'online',
  howToJoin: 'Register with a username.',
  moderated: true,
  runBy: 'peer-led',
  translations: {
    de: { description: 'Ein Forum im Internet für Betroffene.', howToJoin: 'Mit einem Benutzernamen anmelden.' },
    pt: { description: 'Um fórum on-line.', safetyNotes: ['Use um apelido.'] },
  },
  sources: ['https://forum.example.org/about'],
  status: 'confirmed',
  lastConfirmed: '2026-12-01',
});

const line: HelpEntry = helpEntrySchema.parse({
  id: 'test-line',
  name: 'Test line',
  kind: 'hotline',
  country: 'DE',
  serves: ['crisis'],
  description: 'A line to talk things through.',
  phones: [{ display: '0800 000 0000', tel: '08000000000' }],
  languages: ['de'],
  free: true,
  costNote: 'The call is free.',
  safetyNotes: ['The call is not shown on the bill.'],
  runBy: 'professional-service',
  translations: { de: { costNote: 'Der Anruf ist kostenlos.', safetyNotes: ['Der Anruf erscheint nicht auf der Rechnung.'] } },
  sources: ['https://line.example.org/about'],
  status: 'confirmed',
  lastConfirmed: '2026-12-01',
});

describe('entryTextsFor', () => {
  it('takes the base language of the reader, so pt-BR reads the Portuguese', () => {
    expect(baseLanguage('pt-BR')).toBe('pt');
    expect(baseLanguage('de_AT')).toBe('de');
    const texts = entryTextsFor(group, 'pt-BR');
    expect(texts.description).toEqual({ text: 'Um fórum on-line.', lang: 'pt' });
    expect(texts.safetyNotes).toEqual({ texts: ['Use um apelido.'], lang: 'pt' });
    expect(texts.howToJoin).toEqual({ text: 'Register with a username.', lang: 'en' });
    expect(texts.english).toEqual({ description: 'An online forum for survivors.', safetyNotes: ['Use a nickname.'] });
  });

  it('keeps the English, marked as English, when the reader’s language has no translation', () => {
    for (const language of ['fr', 'en', 'en-GB']) {
      const texts = entryTextsFor(group, language);
      expect(texts.description).toEqual({ text: 'An online forum for survivors.', lang: 'en' });
      expect(texts.costNote).toEqual({ text: 'Free to join.', lang: 'en' });
      expect(texts.english).toBeUndefined();
    }
  });
});

describe('entry cards in the reader’s language', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    act(() => render(null, root));
    root.remove();
  });

  const show = (card: preact.JSX.Element) => act(() => render(card, root));
  const description = () => root.querySelector('.help-card__description')!;
  const inEnglish = () => root.querySelector<HTMLDetailsElement>('details.help-in-english');

  it('shows a German group in German, with the English beside it, closed until opened', () => {
    show(<PeerGroupCard entry={group} locale="de-DE" language="de" onOpenWebsite={() => {}} />);
    expect(description().textContent).toBe('Ein Forum im Internet für Betroffene.');
    expect(description().getAttribute('lang')).toBe('de');
    const join = [...root.querySelectorAll('.help-facts div')].find((row) => row.querySelector('dt')!.textContent === 'How to join')!;
    expect(join.querySelector('dd')!.textContent).toBe('Mit einem Benutzernamen anmelden.');
    expect(join.querySelector('dd')!.getAttribute('lang')).toBe('de');
    // Not translated: stays English and says so.
    expect(root.querySelector('.help-safety ul')!.getAttribute('lang')).toBe('en');
    expect(root.querySelector('.help-safety li')!.textContent).toBe('Use a nickname.');

    const details = inEnglish()!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')!.textContent).toBe('In English');
    const original = details.querySelector('[lang="en"]')!;
    expect([...original.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      'An online forum for survivors.',
      'Register with a username.',
    ]);
  });

  it('shows translated cost and safety notes on a line card, and their English', () => {
    show(<HotlineCard entry={line} locale="de-DE" language="de" onOpenWebsite={() => {}} />);
    expect(description().getAttribute('lang')).toBe('en');
    expect(root.querySelector('.help-safety ul')!.getAttribute('lang')).toBe('de');
    expect(root.querySelector('.help-safety li')!.textContent).toBe('Der Anruf erscheint nicht auf der Rechnung.');
    expect(root.querySelector('.help-facts span[lang="de"]')!.textContent).toBe('Der Anruf ist kostenlos.');
    const original = inEnglish()!.querySelector('[lang="en"]')!;
    expect(original.textContent).toContain('The call is free.');
    expect(original.querySelector('li')!.textContent).toBe('The call is not shown on the bill.');
  });

  it('shows only the English, marked lang="en", to a reader whose language has no translation', () => {
    show(<PeerGroupCard entry={group} locale="fr-FR" language="fr" onOpenWebsite={() => {}} />);
    expect(description().textContent).toBe('An online forum for survivors.');
    expect(description().getAttribute('lang')).toBe('en');
    expect(inEnglish()).toBeNull();
  });
});
