/**
 * Which element to blur for a piece of text, and what text a blurred element holds.
 * The DOM is always a parameter, so all of this runs under happy-dom in tests.
 *
 * The page is cut into units, each text node belonging to exactly one:
 * - the smallest block around the text (p, li, td, blockquote, h1-h6, figcaption,
 *   pre, dd/dt, a post or comment container, any custom element), judged by tag
 *   (never by computed style, which would force the browser to recompute styles);
 * - its text runs across inline elements (`<b>beat</b> her`) but stops at nested
 *   blocks, which are units of their own. So a flagged sentence blurs its own
 *   paragraph, never the article around it;
 * - never html, body or main, and never a container holding more than
 *   MAX_BLOCK_CHARS characters: there, the unit is the inline element (span, a,
 *   font, b…) that holds the text, directly inside the container. Text that sits
 *   bare in such a container is left alone: blurring it would mean wrapping the
 *   page's own text nodes in new elements, which breaks pages built by frameworks.
 */

/** Above this many characters of text (nested blocks included) a block is too big to blur whole. */
export const MAX_BLOCK_CHARS = 6000;

export interface BlockFinderOptions {
  /** The extension's own elements: never read, never blurred. */
  isOwnUi?: (element: Element) => boolean;
  maxBlockChars?: number;
  /** Text lengths already measured in this pass (the same container is asked about for every text node in it). */
  sizeCache?: Map<Element, number>;
  /** Blocks already known to be (or not be) inside an editable area, in this pass. */
  editableCache?: Map<Element, boolean>;
  /**
   * The unit found for the text in each parent, in this pass: every text node with
   * the same parent has the same unit (once blank text is left out), so a parent's
   * ancestors are walked once, not once per text node in it.
   */
  unitCache?: Map<Node, Element | null>;
  /**
   * Receives every element read in this pass, whole: a mutation record about a node
   * below one of them has nothing new to tell (see the page blurrer's onMutations).
   */
  visited?: Set<Node>;
}

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'search',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** Elements whose text is never page text a reader sees as such, or is the survivor's own typing. */
const IGNORED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'optgroup',
  'datalist',
  'iframe',
  'object',
  'embed',
  'canvas',
  'head',
  'title',
  'meta',
  'link',
]);

/** Containers that are the page itself, or most of it. */
const NEVER_BLURRED = new Set(['html', 'body', 'main']);

export function isBlockElement(element: Element): boolean {
  const name = element.localName;
  // Custom elements (<shreddit-comment>, <ytd-comment-renderer>) are nearly always
  // styled as blocks, and are the post or comment containers of many sites.
  return BLOCK_TAGS.has(name) || name.includes('-');
}

/**
 * Inside an editable area? By attribute, never with isContentEditable: in Chromium
 * that reads computed style, and asked for every text node it cost more than all the
 * rest of the scan.
 */
function isEditable(element: Element): boolean {
  const editable = element.closest('[contenteditable]');
  return !!editable && editable.getAttribute('contenteditable') !== 'false';
}

/** The parent element, crossing out of a shadow root to its host. */
function parentOf(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const parent = node.parentNode;
  return parent && (parent as ShadowRoot).host ? (parent as ShadowRoot).host : null;
}

function textSize(element: Element, options: BlockFinderOptions): number {
  const cache = options.sizeCache;
  let size = cache?.get(element);
  if (size === undefined) {
    size = element.textContent?.length ?? 0;
    cache?.set(element, size);
  }
  return size;
}

export function isTooBigToBlur(element: Element, options: BlockFinderOptions = {}): boolean {
  return (
    NEVER_BLURRED.has(element.localName) ||
    element.getAttribute('role') === 'main' ||
    textSize(element, options) > (options.maxBlockChars ?? MAX_BLOCK_CHARS)
  );
}

const NOT_BLANK = /\S/;

/**
 * True for text nodes the matcher never looks at (scripts, styles, form fields,
 * blank text). Editable areas are checked per block; the extension's own UI holds no
 * page-level text at all (it lives in closed shadow roots).
 */
export function isIgnoredText(text: Text): boolean {
  if (!NOT_BLANK.test(text.data)) return true;
  const parent = parentOf(text);
  if (!parent) return true;
  return IGNORED_TAGS.has(parent.localName);
}

/**
 * The element to blur for a text node: its unit (see the top of this file), or
 * null when the text is ignored or sits bare in a container too big to blur.
 * `oversized` receives the big container the text sits in directly, if any.
 */
export function unitForText(text: Text, options: BlockFinderOptions = {}, oversized?: Set<Element>): Element | null {
  if (isIgnoredText(text)) return null;
  let below: Element | null = null;
  for (let element = parentOf(text); element; element = parentOf(element)) {
    const name = element.localName;
    if (IGNORED_TAGS.has(name)) return null;
    const editable = element.getAttribute('contenteditable');
    if (editable !== null && editable !== 'false') return null;
    if (isBlockElement(element)) {
      // An editable area further up: asked once per block and pass.
      let editableBlock = options.editableCache?.get(element);
      if (editableBlock === undefined) {
        editableBlock = isEditable(element);
        options.editableCache?.set(element, editableBlock);
      }
      if (editableBlock) return null;
      if (!isTooBigToBlur(element, options)) return options.isOwnUi?.(element) ? null : element;
      oversized?.add(element);
      // Our own UI lives in closed shadow roots: page text is never inside it.
      return below && !options.isOwnUi?.(below) ? below : null;
    }
    below = element;
  }
  // Text in a shadow root or fragment with no block around it: its outermost inline element.
  return below;
}

/** Is this element a unit of its own when met inside another unit? */
function startsOwnUnit(element: Element, options: BlockFinderOptions): boolean {
  return isBlockElement(element) || !!options.isOwnUi?.(element);
}

/**
 * The visible text of a unit: its text nodes in order, across inline elements, with
 * a space where a line break or a nested block separates words. Nested blocks, form
 * fields, scripts, styles, editable areas and the extension's own UI are left out.
 */
export function textOfUnit(unit: Element, options: BlockFinderOptions = {}): string {
  let out = '';
  const walk = (parent: Node) => {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) {
        out += (node as Text).data;
      } else if (node.nodeType === 1) {
        const element = node as Element;
        const name = element.localName;
        if (name === 'br' || name === 'hr' || name === 'img') out += ' ';
        else if (IGNORED_TAGS.has(name)) continue;
        else if (startsOwnUnit(element, options)) out += ' ';
        else if (element.getAttribute('contenteditable') !== null && element.getAttribute('contenteditable') !== 'false') out += ' ';
        else walk(element);
      }
    }
  };
  if (!isEditable(unit)) walk(unit);
  return out;
}

export interface ScanFindings {
  /** Units holding text, each once. */
  units: Set<Element>;
  /** Open shadow roots met on the way: their content is scanned (and watched) on its own. */
  shadowRoots: ShadowRoot[];
  /** Big containers that text was found directly in: if one was blurred whole before it grew, it must be unblurred. */
  oversized: Set<Element>;
}

/** Every unit with text below `root` (a node just added, a shadow root, a whole document). */
export function findUnits(root: Node, options: BlockFinderOptions = {}, findings?: ScanFindings): ScanFindings {
  const out = findings ?? { units: new Set<Element>(), shadowRoots: [], oversized: new Set<Element>() };
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  if (!doc) return out;
  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      addText(node as Text, options, out);
      return;
    }
    const visited = options.visited;
    if (node.nodeType === 1) {
      const element = node as Element;
      if (IGNORED_TAGS.has(element.localName) || options.isOwnUi?.(element)) return;
      if (element.shadowRoot) out.shadowRoots.push(element.shadowRoot);
      visited?.add(element);
    }
    // No filter function: calling back into script for every node cost more than it
    // saved. Script and style text is dropped by isIgnoredText instead.
    const walker = doc.createTreeWalker(node, 1 | 4);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.nodeType === 3) addText(n as Text, options, out);
      else {
        visited?.add(n);
        if ((n as Element).shadowRoot) out.shadowRoots.push((n as Element).shadowRoot!);
      }
    }
  };
  visit(root);
  return out;
}

/** Adds the unit of one text node (see unitForText) to `out`. */
export function addText(text: Text, options: BlockFinderOptions, out: ScanFindings): void {
  const cache = options.unitCache;
  if (!cache) {
    const unit = unitForText(text, options, out.oversized);
    if (unit) out.units.add(unit);
    return;
  }
  if (!NOT_BLANK.test(text.data)) return;
  const parent = text.parentNode;
  if (!parent) return;
  let unit = cache.get(parent);
  if (unit === undefined) {
    // The big container a text sits in goes to `oversized` the first time only: it is a set.
    unit = unitForText(text, options, out.oversized);
    cache.set(parent, unit);
  }
  if (unit) out.units.add(unit);
}
