import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { BLUR_CATEGORIES, type BlurCategory } from '@/lib/blur/categories';
import { makeTokens, type UiText } from '@/lib/blur/labels';
import { compileTriggerLexicon } from '@/lib/blur/matcher';
import { createPageBlurrer, type NeverWarnChoice } from '@/lib/blur/page-blurrer';
import { textFingerprint } from '@/lib/blur/text-hash';
import english from '@/locales/blur.en.json';

const ALL_ON = Object.fromEntries(BLUR_CATEGORIES.map((id) => [id, true])) as Record<BlurCategory, boolean>;
const ui: UiText = {
  t: (key, subs = []) => (english as Record<string, { message: string }>)[key]!.message.replace(/\$[A-Z]+\$/, subs[0] ?? ''),
  list: (items) => new Intl.ListFormat('en', { type: 'conjunction' }).format(items),
};

function page(body: string) {
  const window = new Window({ url: 'https://news.example/story' });
  const doc = window.document as unknown as Document;
  doc.write(`<!doctype html><html lang="en"><head></head><body>${body}</body></html>`);
  const tokens = makeTokens();
  const actions = { back: 0, support: 0 };
  const blurrer = createPageBlurrer({
    doc,
    tokens,
    ui,
    pageNotice: { goBack: () => actions.back++, getSupport: () => actions.support++ },
  });
  const flush = () => new Promise((done) => setTimeout(done, 0));
  const blurred = () => [...doc.querySelectorAll(`[${tokens.blurred}]`)].map((e) => e.id || e.localName);
  return { window, doc, tokens, blurrer, actions, flush, blurred };
}

describe('createPageBlurrer', () => {
  it('blurs the flagged block only, makes it inert and puts a label before it', () => {
    const { doc, blurrer, blurred, tokens } = page('<article><p id="a">A calm day.</p><p id="b">He <b>beat</b> her.</p></article>');
    blurrer.setMatcher(compileTriggerLexicon({ categories: ALL_ON }));
    expect(blurred()).toEqual(['b']);
    const b = doc.getElementById('b')!;
    expect(b.hasAttribute('inert')).toBe(true);
    expect(b.previousElementSibling?.hasAttribute(tokens.own)).toBe(true);
    expect(doc.getElementById('a')!.hasAttribute('inert')).toBe(false);
  });

  it('holds the blur inline with !important, and gives the page its own inline filter back when shown', () => {
    const { doc, blurrer } = page(
      '<p id="a" style="filter: none !important; color: red">He was stabbed.</p><p id="b">A man was stabbed.</p>',
    );
    blurrer.setMatcher(compileTriggerLexicon({ categories: ALL_ON }));
    const a = doc.getElementById('a')!;
    const b = doc.getElementById('b')!;
    for (const block of [a, b]) {
      expect(block.style.getPropertyValue('filter')).toContain('blur');
      expect(block.style.getPropertyPriority('filter')).toBe('important');
    }
    blurrer.setMatcher(null);
    expect(a.style.getPropertyValue('filter')).toBe('none');
    expect(a.style.getPropertyPriority('filter')).toBe('important');
    expect(a.style.getPropertyValue('color')).toBe('red');
    expect(b.hasAttribute('style')).toBe(false);
  });

  it('never writes a term or a fixed name into the page', () => {
    const { doc, blurrer } = page('<p>He was stabbed.</p><p>Ann Smith called.</p>');
    blurrer.setMatcher(compileTriggerLexicon({ categories: ALL_ON, customTerms: ['Ann Smith'] }));
    const html = doc.documentElement.outerHTML;
    expect(blurrer.flaggedBlocks()).toHaveLength(2);
    // The page's own words are there, of course; ours must not add any.
    expect(html.match(/stabbed/g)).toHaveLength(1);
    expect(html.match(/ann smith/gi)).toHaveLength(1);
    expect(html).not.toMatch(/blur-|content-warning|quiet|data-cw/i);
  });

  it('while off, stops watching; turned on again, reads what came meanwhile and watches again', async () => {
    const { doc, blurrer, flush, blurred } = page('<ul id="feed"><li id="a">He was stabbed.</li></ul>');
    blurrer.setMatcher(compileTriggerLexicon({ categories: ALL_ON }));
    expect(blurred()).toEqual(['a']);
    blurrer.setMatcher(null);
    expect(blurred()).toEqual([]);
    const feed = doc.getElementById('feed')!;
    feed.insertAdjacentHTML('beforeend', '<li id="b">A man was stabbed.</li>');
    const host = doc.createElement('div');
    feed.after(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p id="c">She took her own life.</p>';
    blurrer.watchShadowRoot(shadow);
    await flush();
    expect(blurred()).toEqual([]);
    blurrer.setMatcher(compileTriggerLexicon({ categories: ALL_ON }));
    expect(blurred()).toEqual(['a', 'b']);
    expect(shadow.getElementById('c')!.hasAttribute('inert')).toBe(true);
    feed.insertAdjacentHTML('beforeend', '<li id="d">Gunmen opened fire on the crowd.</li>');
    // (happy-dom hangs on insertAdjacentHTML next to an element in a shadow root)
    const e = doc.createElement('p');
    e.id = 'e';
    e.textContent = 'He was shot dead.';
    shadow.append(e);
    await flush();
    expect(blurred()).toEqual(['a', 'b', 'd']);
    expect(shadow.getElementById('e')!.hasAttribute('inert')).toBe(true);
  });

  it('blurs content added later, in the same microtask batch', async () => {
    const { doc, blurrer, flush, blurred } = page('<ul id="feed"></ul>');
    blurrer.setMatcher(compileTriggerLexicon({ categories: ALL_ON }));
    const li = doc.createElement('li');
    li.id = 'late';
    li.innerHTML = 'She took her own life.';
    doc.getElementById('feed')!.append(li);
    await flush();
    expect(blurred()).toEqual(['late']);
    // Text typed into a text node later (a streamed page's parser does this).
    const p = doc.createElement('p');
    p.id = 'grow';
    p.textContent = 'He was ';
    doc.body.append(p);
    await flush();
    (p.firstChild as Text).appendData('shot dead.');
    await flush();
    expect(blurred()).toEqual(['late', 'grow']);
  });

  it('unblurs a block whose flagged words are taken out', async () => {
    const { doc, blurrer, flush, blurred } = page('<p id="p">Calm <span id="s">murder</span> words</p>');
    blurrer.setMatcher(compileTriggerLexicon({ categories: ALL_ON }));
    expect(blurred()).toEqual(['p']);
    doc.getElementById('s')!.remove();
    await flush();
    expect(blurred()).toEqual([]);
  });

  it('keeps each label right before its block when the page inserts, removes or moves things', async () => {
    const { doc, blurrer, flush, blurred, tokens } = page(
      '<div id="list"><p id="a">He was stabbed.</p><p id="b">She was stabbed on the way home.</p><p id="c">A calm day.</p></div>',
    );
    blurrer.setMatcher(compileTriggerLexicon({ categories: ALL_ON }));
    const labelBefore = (id: string) => !!doc.getElementById(id)!.previousElementSibling?.hasAttribute(tokens.own);
    expect(blurred()).toEqual(['a', 'b']);
    // An element put between a label and its block: the label goes back next to the block.
    const ad = doc.createElement('aside');
    ad.textContent = 'An advert.';
    doc.getElementById('b')!.before(ad);
    await flush();
    expect(labelBefore('b')).toBe(true);
    expect(ad.previousElementSibling?.hasAttribute(tokens.own)).toBe(false);
    // The page takes a label away: it comes back.
    doc.getElementById('a')!.previousElementSibling!.remove();
    await flush();
    expect(labelBefore('a')).toBe(true);
    // A flagged block taken away takes its label with it; a block moved keeps its label.
    doc.getElementById('a')!.remove();
    doc.getElementById('list')!.append(doc.getElementById('b')!);
    await flush();
    expect(blurred()).toEqual(['b']);
    expect(labelBefore('b')).toBe(true);
    expect(doc.querySelectorAll(`[${tokens.own}]:not(style)`)).toHaveLength(1);
    expect(blurrer.stats.flaggedUnits).toBe(1);
  });

  it('never blurs a block that holds something the survivor types', () => {
    const { blurrer, blurred } = page(
      '<div id="d">I want to die <textarea></textarea></div><div contenteditable="true">I want to die</div>',
    );
    blurrer.setMatcher(compileTriggerLexicon({ categories: ALL_ON }));
    expect(blurred()).toEqual([]);
  });

  it('turns off and on without a reload', () => {
    const { blurrer, blurred } = page('<p id="p">He was stabbed.</p>');
    blurrer.setMatcher(compileTriggerLexicon({ categories: ALL_ON }));
    expect(blurred()).toEqual(['p']);
    blurrer.setMatcher(null);
    expect(blurred()).toEqual([]);
    blurrer.setMatcher(compileTriggerLexicon({ categories: { ...ALL_ON, violence: false } }));
    expect(blurred()).toEqual([]);
    blurrer.setMatcher(compileTriggerLexicon({ categories: ALL_ON }));
    expect(blurred()).toEqual(['p']);
  });

  it('shows one page notice instead of many labels when most of the page is flagged', () => {
    const flagged = Array.from({ length: 8 }, (_, i) => `<p id="f${i}">Paragraph ${i}: she was raped.</p>`).join('');
    const { doc, blurrer, tokens } = page(`${flagged}<p>Footer.</p>`);
    blurrer.setMatcher(compileTriggerLexicon({ categories: ALL_ON }));
    const notice = doc.querySelector(`[${tokens.own}][${tokens.notice}]`);
    expect(notice).not.toBeNull();
    expect(doc.body.firstElementChild).toBe(notice);
    const style = [...doc.querySelectorAll('style')].map((s) => s.textContent).join('');
    expect(style).toContain(`:not([${tokens.notice}]){display:none`);
  });

  it('takes everything of its own off the page when stopped', () => {
    const { doc, blurrer, tokens } = page('<p>He was stabbed.</p>');
    blurrer.setMatcher(compileTriggerLexicon({ categories: ALL_ON }));
    blurrer.stop();
    expect(doc.querySelectorAll(`[${tokens.own}], [${tokens.blurred}], [inert]`)).toHaveLength(0);
  });
});

/** A page whose closed shadow roots the test can open (a page script never can). */
function pageWithCorrections(body: string) {
  const window = new Window({ url: 'https://news.example/story' });
  const roots = new Map<Element, ShadowRoot>();
  const proto = window.HTMLElement.prototype as unknown as { attachShadow(init: ShadowRootInit): ShadowRoot };
  const attach = proto.attachShadow;
  proto.attachShadow = function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.set(this, root);
    return root;
  };
  const doc = window.document as unknown as Document;
  doc.write(`<!doctype html><html lang="en"><head></head><body>${body}</body></html>`);
  const tokens = makeTokens();
  const saved: NeverWarnChoice[] = [];
  const blurrer = createPageBlurrer({ doc, tokens, ui, onNeverWarn: (choice) => saved.push(choice) });
  const buttonsOf = (block: Element) => [...(roots.get(block.previousElementSibling!)?.querySelectorAll('button') ?? [])];
  const press = (block: Element, name: string) => {
    const button = buttonsOf(block).find((b) => b.textContent === name);
    expect(button, name).toBeDefined();
    button!.click();
  };
  return { doc, tokens, blurrer, saved, buttonsOf, press };
}

describe('the label’s “Don’t warn me about text like this”', () => {
  it('offers this passage or the phrase that flagged it, calmly, and keeps the warning when asked', () => {
    const { doc, blurrer, buttonsOf, press, tokens } = pageWithCorrections('<p id="p">A man was stabbed near the station.</p>');
    blurrer.setMatcher(compileTriggerLexicon({ categories: ALL_ON }));
    const p = doc.getElementById('p')!;
    expect(buttonsOf(p).map((b) => b.textContent)).toEqual(['Show', "Don't warn me"]);
    press(p, "Don't warn me");
    expect(buttonsOf(p).map((b) => b.textContent)).toEqual([
      'Show',
      "Don't warn me",
      'Not this passage',
      'Not text with “stabbed”',
      'Keep the warning',
    ]);
    press(p, 'Keep the warning');
    expect(buttonsOf(p).map((b) => b.textContent)).toEqual(['Show', "Don't warn me"]);
    // Escape closes it too, from the keyboard.
    press(p, "Don't warn me");
    const choice = buttonsOf(p).find((b) => b.textContent === 'Not this passage')!;
    choice.dispatchEvent(
      new (choice.ownerDocument.defaultView as unknown as typeof globalThis).KeyboardEvent('keydown', { key: 'Escape', bubbles: true }),
    );
    expect(buttonsOf(p).map((b) => b.textContent)).toEqual(['Show', "Don't warn me"]);
    expect(p.hasAttribute(tokens.blurred)).toBe(true);
  });

  it('“Not this passage” saves its fingerprint only, and shows it at once', () => {
    const { doc, blurrer, saved, press, tokens } = pageWithCorrections('<p id="p">A man was stabbed near the station.</p>');
    blurrer.setMatcher(compileTriggerLexicon({ categories: ALL_ON }));
    const p = doc.getElementById('p')!;
    press(p, "Don't warn me");
    press(p, 'Not this passage');
    expect(saved).toEqual([{ passage: textFingerprint('A man was stabbed near the station.') }]);
    expect(p.hasAttribute(tokens.blurred)).toBe(false);
    expect(p.hasAttribute('inert')).toBe(false);
    expect(p.previousElementSibling?.hasAttribute(tokens.own) ?? false).toBe(false);
  });

  it('“Not text with …” saves the phrase; a passage the model alone flagged is offered as a passage only', () => {
    const { doc, blurrer, saved, press, buttonsOf } = pageWithCorrections('<p id="p">A man was stabbed near the station.</p>');
    blurrer.setMatcher(compileTriggerLexicon({ categories: ALL_ON }));
    const p = doc.getElementById('p')!;
    press(p, "Don't warn me");
    press(p, 'Not text with “stabbed”');
    expect(saved).toEqual([{ phrases: ['stabbed'] }]);

    blurrer.setMatcher(compileTriggerLexicon({ categories: ALL_ON, stages: 'model' }));
    expect(blurrer.flaggedBlocks()).toEqual([p]);
    press(p, "Don't warn me");
    expect(buttonsOf(p).map((b) => b.textContent)).toEqual(['Show', "Don't warn me", 'Not this passage', 'Keep the warning']);
  });
});
