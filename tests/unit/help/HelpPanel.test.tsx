// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HelpPanel } from '../../../components/help/HelpPanel';

let root: HTMLElement;

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  act(() => render(null, root));
  root.remove();
});

/** Renders the panel the way the popup does; the callbacks keep what they were given. */
function show(country: string | undefined) {
  const opened: string[] = [];
  const stored: string[] = [];
  const props = {
    onCountryChange: (code: string) => {
      stored.push(code);
      // The popup stores the choice and renders again with it.
      act(() => render(<HelpPanel country={code} {...props} />, root));
    },
    onOpenWebsite: (url: string) => opened.push(url),
  };
  act(() => render(<HelpPanel country={country} {...props} />, root));
  return { opened, stored };
}

const $ = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(selector: string) => [...root.querySelectorAll<T>(selector)];
const visiblePanel = () => $$('[role="tabpanel"]').find((p) => !p.hidden)!;
const cardNames = () => [...visiblePanel().querySelectorAll('.help-card__name')].map((h) => h.textContent);
const sectionTitles = () => [...visiblePanel().querySelectorAll('.help-section__title')].map((h) => h.textContent);

function choose(select: HTMLSelectElement, value: string) {
  act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

function type(input: HTMLInputElement, text: string) {
  act(() => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function press(target: Element, key: string) {
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });
}

describe('HelpPanel: Talk to someone now', () => {
  it("shows the survivor's country first, lines open around the clock at the top", () => {
    show('GB');
    expect(sectionTitles()).toEqual(['United Kingdom', 'From anywhere']);
    expect(cardNames()[0]).toBe('National Domestic Abuse Helpline (Refuge)');
    const call = visiblePanel().querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
    expect(call.textContent).toBe('Call 0808 2000 247');
    expect(call.getAttribute('href')).toBe('tel:08082000247');
    expect(visiblePanel().querySelector('.help-card')!.textContent).toContain('Open 24/7');
  });

  it('offers text links with the keyword, and shows hours with their time zone', () => {
    show('GB');
    const text = $$<HTMLAnchorElement>('a[href^="sms:"]').find((a) => a.textContent?.includes('SHOUT'))!;
    expect(text.textContent).toBe('Text SHOUT to 85258');
    expect(text.getAttribute('href')).toBe('sms:85258?&body=SHOUT');
    const galop = $$('.help-card').find((c) => c.textContent?.includes('Galop National'))!;
    expect(galop.textContent).toContain('Mon–Fri 10–5; Wed & Thu 10–8 (London time)');
  });

  it('opens chats and websites through the popup, never as a plain link', () => {
    const { opened } = show('US');
    expect($$('a[href^="http"]')).toEqual([]);
    const chat = $$<HTMLButtonElement>('button').find((b) => b.getAttribute('aria-label') === 'Chat online: Safe Horizon hotline')!;
    act(() => chat.click());
    expect(opened).toEqual(['https://www.safehorizon.org/safechat/']);
  });

  it('shows sources on request, with what was checked and when', () => {
    show('GB');
    const sources = visiblePanel().querySelector('details.help-sources')!;
    expect(sources.querySelector('summary')!.textContent).toBe('Sources');
    expect(sources.textContent).toContain('Checked against published sources on Nov 1, 2026');
    const link = [...sources.querySelectorAll('button')].find((b) => b.title === 'https://centre56.org.uk/domestic-abuse')!;
    expect(link.textContent).toBe('centre56.org.uk · domestic abuse');
  });

  it("marks the directory's own texts with their language, inside a page in another", () => {
    show('ES');
    const card = $$('.help-card')[0]!;
    expect(card.querySelector('.help-card__description')!.getAttribute('lang')).toBe('en');
  });

  it('shows safety notes where a line has them', () => {
    show('ES');
    const line016 = $$('.help-card').find((c) => c.querySelector('.help-card__name')?.textContent?.startsWith('016'))!;
    expect(line016.textContent).toContain("016 does not appear on the phone bill, but the call stays in the mobile phone's call log.");
  });

  it('asks for a country when none is known, and still offers help from anywhere', () => {
    show(undefined);
    expect($<HTMLSelectElement>('#help-country')!.selectedOptions[0]!.textContent).toBe('Choose your country');
    expect(sectionTitles()).toEqual(['From anywhere']);
    expect(visiblePanel().textContent).toContain('Choose your country above to see lines near you.');
    expect(cardNames()).toContain('Find A Helpline');
  });

  it('keeps a country it has no lines for, and says so plainly', () => {
    show('PL');
    expect($<HTMLSelectElement>('#help-country')!.selectedOptions[0]!.textContent).toBe('Poland (no local lines listed yet)');
    expect(visiblePanel().textContent).toContain('No lines are listed for this country yet.');
  });
});

describe('HelpPanel: country picker', () => {
  it('switches the lists when the survivor picks another country', () => {
    const { stored } = show('GB');
    const select = $<HTMLSelectElement>('#help-country')!;
    expect($('label[for="help-country"]')!.textContent).toBe('Your country');
    choose(select, 'AU');
    expect(sectionTitles()[0]).toBe('Australia');
    expect(cardNames()[0]).toBe('1800RESPECT');
    expect(stored.at(-1)).toBe('AU');
  });

  it('offers "Somewhere else" for help usable from anywhere', () => {
    show('GB');
    choose($<HTMLSelectElement>('#help-country')!, 'ZZ');
    expect(sectionTitles()).toEqual(['From anywhere']);
  });
});

describe('HelpPanel: filters and search', () => {
  it('filters by need', () => {
    show('GB');
    choose($<HTMLSelectElement>('#help-talk-need')!, 'men');
    expect(cardNames()).toContain("Men's Advice Line");
    expect(cardNames()).not.toContain('Samaritans');
    expect($('.help-list__count')!.textContent).toMatch(/^Showing \d+$/);
  });

  it('searches names, descriptions and needs without caring about accents', () => {
    show('MX');
    type($<HTMLInputElement>('#help-talk-search')!, 'LINEA DE LA VIDA');
    expect(cardNames()).toEqual(['Línea de la Vida']);
  });

  it('says so calmly when nothing matches, and can show everything again', () => {
    show('GB');
    type($<HTMLInputElement>('#help-talk-search')!, 'zzzz');
    expect(visiblePanel().textContent).toContain('Nothing matches. Try another word, or show everything.');
    const reset = $$<HTMLButtonElement>('button').find((b) => b.textContent === 'Show everything')!;
    act(() => reset.click());
    expect($<HTMLInputElement>('#help-talk-search')!.value).toBe('');
    expect(cardNames().length).toBeGreaterThan(5);
  });
});

describe('HelpPanel: tabs', () => {
  it('are real ARIA tabs that arrow keys, Home and End move between', () => {
    show('GB');
    const tabs = $$<HTMLButtonElement>('[role="tab"]');
    expect(tabs.map((t) => t.textContent)).toEqual(['Talk to someone now', 'Peer support', 'Breathe']);
    expect(tabs.map((t) => t.getAttribute('aria-selected'))).toEqual(['true', 'false', 'false']);
    expect(tabs.map((t) => t.tabIndex)).toEqual([0, -1, -1]);

    tabs[0]!.focus();
    press(tabs[0]!, 'ArrowRight');
    expect(document.activeElement).toBe(tabs[1]);
    expect(tabs[1]!.getAttribute('aria-selected')).toBe('true');
    expect(visiblePanel().getAttribute('aria-labelledby')).toBe('help-tab-peer');

    press(tabs[1]!, 'End');
    expect(document.activeElement).toBe(tabs[2]);
    press(tabs[2]!, 'ArrowRight');
    expect(document.activeElement).toBe(tabs[0]);
    press(tabs[0]!, 'ArrowLeft');
    expect(document.activeElement).toBe(tabs[2]);
    press(tabs[2]!, 'Home');
    expect(visiblePanel().id).toBe('help-panel-talk');
  });
});

describe('HelpPanel: Peer support', () => {
  it('offers calm "Before you join" notes for the group’s format, closed until opened', () => {
    show('GB');
    act(() => $<HTMLButtonElement>('#help-tab-peer')!.click());
    const forum = $$('.help-card').find((c) => c.textContent?.includes("Women's Aid Survivors' Forum"))!;
    const notes = forum.querySelector<HTMLDetailsElement>('details.help-before-join')!;
    expect(notes.open).toBe(false);
    expect(notes.querySelector('summary')!.textContent).toBe('Before you join');
    const items = [...notes.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toHaveLength(5);
    expect(items.join(' ')).toContain('separate email address');
    expect(items.join(' ')).toContain('private window');
    expect(items.join(' ')).toContain("You don't have to post");
  });

  it('describes who each group is for, how it meets, how to join and who runs it', () => {
    show('GB');
    act(() => $<HTMLButtonElement>('#help-tab-peer')!.click());
    expect(visiblePanel().textContent).toContain('People who have been through something similar');
    expect(sectionTitles()).toEqual(['United Kingdom', 'From anywhere']);
    const forum = $$('.help-card').find((c) => c.textContent?.includes("Women's Aid Survivors' Forum"))!;
    const facts = Object.fromEntries(
      [...forum.querySelectorAll('.help-facts div')].map((row) => [
        row.querySelector('dt')!.textContent,
        row.querySelector('dd')!.textContent,
      ]),
    );
    expect(facts).toMatchObject({
      For: 'Domestic abuse',
      Meets: 'Online',
      'How to join': 'Join the forum on its website.',
    });
    expect(facts['Run by']).toMatch(/^Survivors/);
    expect([...forum.querySelectorAll('.help-badge')].map((b) => b.textContent)).toContain('Moderated');
    expect(cardNames()).toContain("Pandora's Project (Pandora's Aquarium)");
  });

  it('offers communities open to anyone where no local group is listed', () => {
    show('IN');
    act(() => $<HTMLButtonElement>('#help-tab-peer')!.click());
    expect(sectionTitles()).toEqual(['From anywhere']);
    expect(visiblePanel().textContent).toContain('No local groups are listed for this country yet.');
  });

  it('says plainly where fewer than three groups of its own could be confirmed, and not where there are three', () => {
    show('CA');
    act(() => $<HTMLButtonElement>('#help-tab-peer')!.click());
    expect(sectionTitles()[0]).toBe('Canada');
    expect(visiblePanel().textContent).toContain('Only a few groups here could be confirmed so far.');
    show('GB');
    act(() => $<HTMLButtonElement>('#help-tab-peer')!.click());
    expect(visiblePanel().textContent).not.toContain('Only a few groups here could be confirmed so far.');
  });
});

describe('HelpPanel: Breathe', () => {
  it('walks through 5-4-3-2-1 at the survivor’s pace', () => {
    show('GB');
    act(() => $<HTMLButtonElement>('#help-tab-breathe')!.click());
    const start = $$<HTMLButtonElement>('button').find((b) => b.textContent === 'Start')!;
    act(() => start.click());
    expect(visiblePanel().textContent).toContain('Step 1 of 5');
    expect(document.activeElement?.textContent).toBe('Look around. Find five things you can see.');
    const next = () => $$<HTMLButtonElement>('button').find((b) => b.textContent === 'Next')!;
    for (let i = 0; i < 4; i++) act(() => next().click());
    expect(visiblePanel().textContent).toContain('Step 5 of 5');
    act(() => next().click());
    expect(visiblePanel().textContent).toContain('You are here, in this moment.');
    expect($$('button').some((b) => b.textContent === 'Start again')).toBe(true);
  });

  it('starts and stops paced breathing', () => {
    show('GB');
    act(() => $<HTMLButtonElement>('#help-tab-breathe')!.click());
    const toggle = () => $$<HTMLButtonElement>('button').find((b) => /slow breathing|^Stop$/.test(b.textContent ?? ''))!;
    act(() => toggle().click());
    expect($('[aria-live="polite"]')!.textContent).toBe('Breathe in');
    expect(toggle().textContent).toBe('Stop');
    act(() => toggle().click());
    expect($('[aria-live="polite"]')!.textContent).toBe('');
  });
});
