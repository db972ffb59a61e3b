import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { createBlockLabel, makeTokens, type UiText } from '@/lib/blur/labels';
import english from '@/locales/blur.en.json';

const ui: UiText = {
  t: (key, subs = []) => (english as Record<string, { message: string }>)[key]!.message.replace(/\$[A-Z]+\$/, subs[0] ?? ''),
  list: (items) => items.join(', '),
};

/** A label, with its closed shadow root kept aside so that the test can read what it paints. */
function label(onTakeMoment?: () => void) {
  const window = new Window({ url: 'https://news.example/story' });
  const doc = window.document as unknown as Document;
  const roots: ShadowRoot[] = [];
  const attach = window.HTMLElement.prototype.attachShadow;
  window.HTMLElement.prototype.attachShadow = function (this: never, init: ShadowRootInit) {
    const root = attach.call(this, init) as unknown as ShadowRoot;
    roots.push(root);
    return root as never;
  };
  const counts = { toggle: 0 };
  const made = createBlockLabel(doc, makeTokens(), ui, () => counts.toggle++, onTakeMoment);
  doc.body.append(made.host);
  const visibleButtons = () => [...roots[0]!.querySelectorAll('button')].filter((b) => !b.hidden).map((b) => b.textContent);
  const button = (text: string) => [...roots[0]!.querySelectorAll('button')].find((b) => b.textContent === text)!;
  return { made, counts, visibleButtons, button };
}

describe('createBlockLabel: "Take a moment" beside Show', () => {
  it('offers it while the passage is blurred, and opens the exercises without revealing anything', () => {
    let moments = 0;
    const { made, counts, visibleButtons, button } = label(() => moments++);
    made.update('Content warning: violence', false);
    expect(visibleButtons()).toEqual(['Show', 'Take a moment']);
    expect(button('Take a moment').getAttribute('aria-label')).toBe('Take a moment: calming exercises, in a new tab');
    button('Take a moment').click();
    expect(moments).toBe(1);
    expect(counts.toggle).toBe(0);
    // Shown: only the small "Hide again" stays.
    made.update('Content warning: violence', true);
    expect(visibleButtons()).toEqual(['Hide again']);
  });

  it('is left out where no one can open the exercises', () => {
    const { made, visibleButtons } = label();
    made.update('Content warning: violence', false);
    expect(visibleButtons()).toEqual(['Show']);
  });
});
