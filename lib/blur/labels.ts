/**
 * What the survivor sees on the page: the stylesheet that blurs, the small label on a
 * blurred block, and the one notice for a page that is mostly flagged. Every element
 * of ours carries the page's random token (never a fixed name that would tell a site
 * which extension is at work), and all our UI lives in closed shadow roots, so the
 * page's styles cannot reach it and our text is never read as page text.
 */

export interface UiText {
  /** A message from the browser's i18n (locales/blur.en.json). */
  t(key: string, subs?: string[]): string;
  /** "sexual violence, domestic abuse and violence" in the browser's language. */
  list(items: string[]): string;
}

export interface Tokens {
  /** On every element of ours. */
  own: string;
  /** On a blurred block. */
  blurred: string;
  /** On the host of the page-level notice. */
  notice: string;
}

/** Three unrelated random names: no pattern between them that a site could look for either. */
export function makeTokens(random: () => number = Math.random): Tokens {
  const name = () => {
    // A letter first (attribute names must start with one), then random letters and digits.
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    let out = letters[Math.floor(random() * 26)]!;
    const length = 7 + Math.floor(random() * 5);
    while (out.length < length) out += (letters + '0123456789')[Math.floor(random() * 36)]!;
    return out;
  };
  const own = name();
  let blurred = name();
  while (blurred === own) blurred = name();
  let notice = name();
  while (notice === own || notice === blurred) notice = name();
  return { own, blurred, notice };
}

/**
 * The page-wide rules. Blur is a filter: it changes nothing in the layout (no jump),
 * and it applies to images and videos inside the block as well. `pageNotice` hides
 * the labels while the one notice speaks for the page.
 */
export function pageStyles(tokens: Tokens, pageNotice = false): string {
  const host = `[${tokens.own}]:not(style)`;
  return [
    `[${tokens.blurred}]{filter:blur(.5em)!important;-webkit-user-select:none!important;user-select:none!important}`,
    `${host}{all:initial!important;position:absolute!important;display:block!important;width:0!important;height:0!important;` +
      `margin:0!important;padding:0!important;border:0!important;overflow:visible!important;z-index:2147483646!important;` +
      `filter:none!important;pointer-events:auto!important}`,
    `${host}[hidden]{display:none!important}`,
    `${host}[${tokens.notice}]{position:fixed!important;inset:auto 0 0 0!important;width:auto!important;height:auto!important}`,
    pageNotice ? `${host}:not([${tokens.notice}]){display:none!important}` : '',
  ].join('\n');
}

/** While settings load: nothing of the page is painted (see docs/blurring.md, "Never a flash"). */
export const PENDING_STYLES = 'html>body{opacity:0!important}';

const LABEL_CSS = `
:host{all:initial}
[hidden]{display:none!important}
.cw{position:absolute;left:0;top:0;box-sizing:border-box;display:flex;align-items:center;gap:.5em;
  width:max-content;max-width:var(--max-width,32em);margin:.15em 0 0 .15em;padding:.15em .2em .15em .55em;
  font:500 12.5px/1.35 system-ui,-apple-system,"Segoe UI",sans-serif;color:#2e2c29;background:#f5f2ed;
  border:1px solid #d3ccc1;border-radius:6px;box-shadow:0 1px 3px rgba(0,0,0,.12);text-align:start;white-space:nowrap}
.cw.shown{padding:0;border:0;background:none;box-shadow:none;transform:translateY(calc(-100% - .3em));margin:0}
#m{overflow:hidden;text-overflow:ellipsis}
button{font:inherit;color:#1f3a56;background:#fff;border:1px solid #97a3b0;border-radius:4px;padding:.05em .6em;cursor:pointer;flex:none}
button:hover{background:#eef2f6}
button:focus-visible{outline:2px solid #2a62a0;outline-offset:2px}
.shown button{font-size:12px;opacity:.85}
button.quiet{border-color:transparent;background:none;text-decoration:underline;padding:.05em .3em}
.cw.choosing{white-space:normal;flex-wrap:wrap;transform:none;margin:.15em 0 0 .15em;padding:.3em .4em .3em .55em;
  border:1px solid #d3ccc1;background:#f5f2ed;box-shadow:0 1px 3px rgba(0,0,0,.12);width:max-content;max-width:var(--max-width,32em)}
.cw.choosing #q{flex-basis:100%}
.cw.choosing button{font-size:12.5px;opacity:1}
@media (prefers-color-scheme:dark){
  .cw,.cw.choosing{color:#ece8e1;background:#2c2a27;border-color:#5a554d}
  button{color:#e8eef5;background:#3a3f46;border-color:#6f7882}
  button:hover{background:#465059}
  button.quiet{border-color:transparent;background:none}
}
@media (prefers-reduced-motion:no-preference){button{transition:background .15s}}
`;

export interface BlockLabel {
  host: HTMLElement;
  update(message: string, revealed: boolean): void;
  setMaxWidth(px: number): void;
}

/**
 * "Don't warn me about text like this" on a label (lib/blur/corrections.ts): the
 * phrases to offer are asked for only when the survivor opens the choice.
 */
export interface NeverWarnActions {
  phrases(): string[];
  choosePassage(): void;
  choosePhrases(phrases: string[]): void;
}

/**
 * The label for one blurred block: "Content warning: domestic abuse", a Show button
 * and, when `onTakeMoment` is given, "Take a moment" (the grounding exercises); once
 * shown, a small "Hide again" button. Real <button>s, reachable with the keyboard,
 * their accessible names saying what they do. With `neverWarn`, a quiet "Don't warn
 * me" button opens the two calm choices in the label itself.
 */
export function createBlockLabel(
  doc: Document,
  tokens: Tokens,
  ui: UiText,
  onToggle: () => void,
  onTakeMoment?: () => void,
  neverWarn?: NeverWarnActions,
): BlockLabel {
  const host = doc.createElement('span');
  host.setAttribute(tokens.own, '');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = LABEL_CSS;
  const box = doc.createElement('span');
  box.className = 'cw';
  box.setAttribute('role', 'note');
  const message = doc.createElement('span');
  message.id = 'm';
  const button = doc.createElement('button');
  button.type = 'button';
  button.addEventListener('click', (event) => {
    event.preventDefault();
    event.stopPropagation();
    onToggle();
  });
  box.append(message, button);
  let moment: HTMLButtonElement | undefined;
  if (onTakeMoment) {
    moment = doc.createElement('button');
    moment.type = 'button';
    moment.textContent = ui.t('blur_take_moment');
    moment.setAttribute('aria-label', ui.t('blur_take_moment_label'));
    moment.addEventListener('click', (event) => {
      event.preventDefault();
      event.stopPropagation();
      onTakeMoment();
    });
    box.append(moment);
  }
  if (neverWarn) box.append(neverWarnButton(doc, ui, host, box, neverWarn));
  root.append(style, box);
  return {
    host,
    update(text, revealed) {
      message.textContent = text;
      message.hidden = revealed;
      box.classList.toggle('shown', revealed);
      button.textContent = ui.t(revealed ? 'blur_hide_again' : 'blur_show');
      button.setAttribute('aria-label', ui.t(revealed ? 'blur_hide_again_label' : 'blur_show_label', [text]));
      if (moment) moment.hidden = revealed;
    },
    setMaxWidth(px) {
      // As wide as the block, but never so narrow that the words wrap in a table cell.
      box.style.setProperty('--max-width', `${Math.max(px, 320)}px`);
    },
  };
}

/**
 * The quiet "Don't warn me" button and the choice it opens, made only when used:
 * "Not this passage", "Not text with “…”" (when a phrase would do), "Keep the warning".
 * The phrase is shown only here, after the survivor asked: the label itself never
 * repeats the words.
 */
function neverWarnButton(doc: Document, ui: UiText, host: HTMLElement, box: HTMLElement, actions: NeverWarnActions): HTMLButtonElement {
  const opener = doc.createElement('button');
  opener.type = 'button';
  opener.className = 'quiet';
  opener.textContent = ui.t('blur_never_warn');
  opener.setAttribute('aria-label', ui.t('blur_never_warn_label'));
  const make = (text: string, action: () => void) => {
    const b = doc.createElement('button');
    b.type = 'button';
    b.textContent = text;
    b.addEventListener('click', (event) => {
      event.preventDefault();
      event.stopPropagation();
      action();
    });
    return b;
  };
  let choice: HTMLElement[] = [];
  const close = () => {
    if (!choice.length) return;
    for (const element of choice) element.remove();
    choice = [];
    box.classList.remove('choosing');
    host.style.removeProperty('z-index');
    for (const child of box.children) (child as HTMLElement).style.removeProperty('display');
    opener.focus();
  };
  // Escape closes the choice, as it would a menu.
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && choice.length) {
      event.stopPropagation();
      close();
    }
  });
  opener.addEventListener('click', (event) => {
    event.preventDefault();
    event.stopPropagation();
    if (choice.length) return;
    const phrases = actions.phrases();
    const question = doc.createElement('span');
    question.id = 'q';
    question.textContent = ui.t('blur_never_warn_question');
    choice = [question, make(ui.t('blur_never_warn_passage'), actions.choosePassage)];
    if (phrases.length) {
      const quoted = ui.list(phrases.map((p) => ui.t('blur_never_warn_quoted', [p])));
      choice.push(make(ui.t('blur_never_warn_phrase', [quoted]), () => actions.choosePhrases(phrases)));
    }
    choice.push(make(ui.t('blur_never_warn_cancel'), close));
    for (const child of box.children) (child as HTMLElement).style.setProperty('display', 'none');
    box.classList.add('choosing');
    // Above the next passage's label, which the open choice may reach down to (an
    // inline !important wins over the page-wide rule's).
    host.style.setProperty('z-index', '2147483647', 'important');
    box.append(...choice);
    (choice[1] as HTMLButtonElement).focus();
  });
  return opener;
}

const NOTICE_CSS = `
:host{all:initial}
[hidden]{display:none!important}
.notice{box-sizing:border-box;max-width:min(40em,calc(100vw - 24px));margin:0 auto 16px;padding:14px 16px;
  font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#2e2c29;background:#f5f2ed;
  border:1px solid #d3ccc1;border-radius:10px;box-shadow:0 4px 18px rgba(0,0,0,.18)}
p{margin:0 0 10px}
.actions{display:flex;flex-wrap:wrap;gap:8px}
button{font:inherit;font-size:14px;color:#1f3a56;background:#fff;border:1px solid #97a3b0;border-radius:6px;padding:6px 12px;cursor:pointer}
button:hover{background:#eef2f6}
button:focus-visible{outline:2px solid #2a62a0;outline-offset:2px}
.small{display:flex;justify-content:flex-end;padding:0 16px 16px}
.small button{font-size:13px;box-shadow:0 1px 4px rgba(0,0,0,.15)}
@media (prefers-color-scheme:dark){
  .notice{color:#ece8e1;background:#2c2a27;border-color:#5a554d}
  button{color:#e8eef5;background:#3a3f46;border-color:#6f7882}
  button:hover{background:#465059}
}
`;

export interface PageNotice {
  host: HTMLElement;
  /** Shows the notice (page blurred) or, once the page is shown, a small "Hide again". */
  update(message: string, revealed: boolean): void;
}

export interface PageNoticeActions {
  showPage(): void;
  hidePage(): void;
  goBack(): void;
  getSupport(): void;
}

/** One notice for a page that is mostly flagged: show the page, go back, get support. */
export function createPageNotice(doc: Document, tokens: Tokens, ui: UiText, actions: PageNoticeActions): PageNotice {
  const host = doc.createElement('span');
  host.setAttribute(tokens.own, '');
  host.setAttribute(tokens.notice, '');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = NOTICE_CSS;
  const button = (key: string, action: () => void) => {
    const b = doc.createElement('button');
    b.type = 'button';
    b.textContent = ui.t(key);
    b.addEventListener('click', (event) => {
      event.preventDefault();
      event.stopPropagation();
      action();
    });
    return b;
  };
  const notice = doc.createElement('div');
  notice.className = 'notice';
  notice.setAttribute('role', 'region');
  notice.setAttribute('aria-label', ui.t('blur_page_notice_region'));
  const text = doc.createElement('p');
  const actionsRow = doc.createElement('div');
  actionsRow.className = 'actions';
  actionsRow.append(
    button('blur_page_show', actions.showPage),
    button('blur_page_back', actions.goBack),
    button('blur_page_support', actions.getSupport),
  );
  notice.append(text, actionsRow);
  const small = doc.createElement('div');
  small.className = 'small';
  small.append(button('blur_page_hide_again', actions.hidePage));
  root.append(style, notice, small);
  return {
    host,
    update(message, revealed) {
      text.textContent = message;
      notice.hidden = revealed;
      small.hidden = !revealed;
    },
  };
}
