/**
 * What the survivor sees, for end-to-end tests in both browsers. Each function runs
 * in the page (Playwright's `locator.evaluate`, puppeteer's `$eval`), so it is whole
 * in itself: no imports, no helpers outside it.
 */

/** Whether a blur is in effect on the element: its own filter or an ancestor's, across shadow roots. */
export function hasBlurInEffect(el: Element): boolean {
  for (let e: Element | null = el; e;) {
    if (getComputedStyle(e).filter.includes('blur')) return true;
    const root: Node | null = e.parentElement ? null : e.getRootNode();
    e = e.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  }
  return false;
}
