import { expect, type Page } from '@playwright/test';

/**
 * Walks a page with the Tab key, as a keyboard user would, and says for every stop
 * whether it can be seen and whether it shows where the focus is (WCAG 2.4.7).
 */

export interface TabStop {
  kind: string;
  /** What the stop is, for a failure message: kind, tag, accessible text. */
  name: string;
  /** Shown on screen: laid out, not hidden, not clipped to a pixel, in the viewport. */
  visible: boolean;
  /** An outline or a box shadow that can be seen (not none, not 0 wide, not transparent). */
  indicator: boolean;
  style: string;
}

/**
 * Describes the stop that has the focus (a field focused on opening counts), then
 * presses Tab until the focus comes back to a stop seen before. When the focus leaves
 * the page after its last stop, Tab goes on from the top, so stops before one focused
 * on opening are walked too.
 */
export async function tabStops(page: Page): Promise<TabStop[]> {
  const stops: TabStop[] = [];
  let outside = 0;
  for (let press = 0; press < 400; press++) {
    if (press > 0) await page.keyboard.press('Tab');
    const stop = await page.evaluate(async () => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body || el === document.documentElement) return undefined;
      // The page scrolls smoothly (options.css) to bring the focus into view, and on a busy
      // machine the scroll may start a few frames late: wait until the stop is in view and
      // the page has stopped scrolling, or 3 s (then it is reported as out of view).
      // oxlint-disable-next-line unicorn/consistent-function-scoping -- runs in the page: page.evaluate sends this function alone
      const inView = (r: DOMRect) => r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
      const until = performance.now() + 3000;
      for (let still = 0, last = scrollY; performance.now() < until;) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        still = scrollY === last ? still + 1 : 0;
        last = scrollY;
        if (still >= 3 && inView(el.getBoundingClientRect())) break;
      }
      const rect = el.getBoundingClientRect();
      const visited: WeakSet<Element> = ((window as unknown as { tabStopsSeen?: WeakSet<Element> }).tabStopsSeen ??= new WeakSet());
      const seen = visited.has(el);
      visited.add(el);
      const type = el instanceof HTMLInputElement ? el.type : '';
      const role = el.getAttribute('role') ?? '';
      const kind =
        el instanceof HTMLAnchorElement
          ? 'link'
          : el instanceof HTMLButtonElement
            ? 'button'
            : role === 'switch' || type === 'checkbox'
              ? 'switch'
              : type === 'radio'
                ? 'choice'
                : type === 'file'
                  ? 'file'
                  : el instanceof HTMLSelectElement
                    ? 'list'
                    : el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement
                      ? 'text field'
                      : `${el.tagName.toLowerCase()}${role ? `[role=${role}]` : ''}`;
      const label =
        el.getAttribute('aria-label') ??
        (el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : undefined) ??
        el.textContent ??
        '';
      const name = `${kind} <${el.tagName.toLowerCase()}> "${label.trim().replace(/\s+/g, ' ').slice(0, 60)}"`;

      let clipped = false;
      for (let node: Element | null = el; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        if ((style.clipPath !== 'none' && style.clipPath !== '') || (style.clip !== 'auto' && style.clip !== '')) clipped = true;
      }
      const visible =
        el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
        !clipped &&
        rect.width >= 4 &&
        rect.height >= 4 &&
        inView(rect);

      const style = getComputedStyle(el);
      // oxlint-disable-next-line unicorn/consistent-function-scoping -- runs in the page, as above
      const transparent = (color: string) => color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && !transparent(style.outlineColor);
      const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
      return {
        seen,
        stop: {
          kind,
          name,
          visible,
          indicator: outline || shadow,
          style: `outline: ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}; box-shadow: ${style.boxShadow}`,
        },
      };
    });
    if (!stop) {
      // Nothing focused (before the first Tab) or the focus left the page: twice in a
      // row means the page has no Tab stop at all.
      if (press > 0 && ++outside >= 2) break;
      continue;
    }
    outside = 0;
    if (stop.seen) break;
    stops.push(stop.stop);
  }
  return stops;
}

/** Every stop is on screen and shows a focus style; each problem is listed by name. */
export function expectFocusShownAtEveryStop(stops: TabStop[]): void {
  expect.soft(stops.filter((stop) => !stop.visible).map((stop) => `invisible: ${stop.name}`)).toEqual([]);
  expect(stops.filter((stop) => !stop.indicator).map((stop) => `no focus style: ${stop.name} (${stop.style})`)).toEqual([]);
}
