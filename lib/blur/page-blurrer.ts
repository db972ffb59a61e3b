import { BLUR_CATEGORIES, type BlurCategory } from './categories';
import { addText, findUnits, textOfUnit, unitForText, isBlockElement, type BlockFinderOptions, type ScanFindings } from './blocks';
import {
  createBlockLabel,
  createPageNotice,
  pageStyles,
  PENDING_STYLES,
  type BlockLabel,
  type PageNotice,
  type Tokens,
  type UiText,
} from './labels';
import type { ContentWarning, TriggerMatcher } from './matcher';
import { wantsPageNotice, type PageWarningStats } from './page-notice';
import { phrasesToOffer } from './corrections';
import { textFingerprint } from './text-hash';

/**
 * Blurs a live page, block by block, before anything flagged is painted.
 *
 * - One MutationObserver, started at document_start, watches the document and every
 *   open shadow root met on the way. Its callbacks are microtasks: they run before
 *   the browser's next paint, so a block is blurred in the same frame its text
 *   arrives. `characterData` is watched too: a streamed page's parser appends to
 *   text nodes that already exist.
 * - Work per batch is proportional to what was added: only the added nodes (and the
 *   blocks whose text changed) are read, never the whole page.
 * - Blurring is an attribute matched by one injected stylesheet, with a random name
 *   per page; the label is a closed shadow root inserted just before the block.
 *
 * The DOM is a parameter: this runs unchanged under happy-dom in the unit tests.
 */

export interface PageBlurrerOptions {
  doc: Document;
  tokens: Tokens;
  ui: UiText;
  /** Top frame only: one notice instead of dozens of labels when most of the page is flagged. */
  pageNotice?: { goBack(): void; getSupport(): void };
  /** Offered on each label beside Show: opens the grounding exercises. */
  takeAMoment?: () => void;
  /** Hide the page until the first setMatcher (settings are read asynchronously). */
  startHidden?: boolean;
  /**
   * "Don't warn me about text like this" on each label: the choice is to be saved
   * with the settings (lib/blur/corrections.ts), whose change then reaches every tab.
   */
  onNeverWarn?(choice: NeverWarnChoice): void;
}

export type NeverWarnChoice = { passage: number } | { phrases: string[] };

export interface PageBlurrer {
  /** The matcher to use from now on, or null to blur nothing (off, or paused on this site). */
  setMatcher(matcher: TriggerMatcher | null): void;
  /** A shadow root the page attached (reported by the MAIN-world hook): watch and read it. */
  watchShadowRoot(root: ShadowRoot): void;
  /** Looks for open shadow roots anywhere in the page (a safety net, e.g. at DOMContentLoaded). */
  sweepShadowRoots(): void;
  /** Stops watching and takes everything of ours off the page. */
  stop(): void;
  /** For tests and benchmarks. */
  readonly stats: Readonly<PageWarningStats> & { batches: number };
  flaggedBlocks(): Element[];
}

interface Flag {
  warning: ContentWarning;
  fingerprint: number;
  label: BlockLabel;
  revealed: boolean;
  /** The block was inert before we came: leave it so when it is shown. */
  wasInert: boolean;
  /** The page's own inline filter on the block, put back when it is shown. */
  pageFilter: { value: string; priority: string } | null;
  chars: number;
}

/** The same blur as the stylesheet rule (lib/blur/labels.ts), written inline. */
const BLUR_FILTER = 'blur(0.5em)';

const OBSERVE: MutationObserverInit = { childList: true, subtree: true, characterData: true };
/** What the page may take off a flagged block: see `guard`. */
const GUARDED_ATTRIBUTES = ['style', 'inert'];

export function createPageBlurrer(options: PageBlurrerOptions): PageBlurrer {
  const { doc, tokens, ui } = options;
  const view = doc.defaultView!;
  // Ours in the page's light DOM: <span> hosts (their content is in closed shadow
  // roots) and <style> elements (never read anyway). The tag test spares an
  // attribute lookup for nearly every element.
  const isOwnUi = (element: Element) => element.localName === 'span' && element.hasAttribute(tokens.own);
  const finderOptions: BlockFinderOptions = { isOwnUi };

  let matcher: TriggerMatcher | null = null;
  let ready = !options.startHidden;
  const flags = new Map<Element, Flag>();
  /** Text length of every block looked at, to tell how much of the page is flagged. */
  const seen = new WeakMap<Element, number>();
  /** Blocks the survivor chose to show, by their words: they stay shown when re-rendered. */
  const revealedTexts = new Set<number>();
  let pageRevealed = false;
  let pageMode = false;
  let notice: PageNotice | undefined;
  const stats = { units: 0, chars: 0, flaggedUnits: 0, flaggedChars: 0, batches: 0 };

  // ---------------------------------------------------------------- styles

  const styleRoots = new Map<Document | ShadowRoot, HTMLStyleElement>();
  const pending = doc.createElement('style');
  pending.setAttribute(tokens.own, '');
  pending.textContent = PENDING_STYLES;

  /** Our stylesheet in the document and in each shadow root we blur in (page styles do not cross into shadow trees). */
  const ensureStyles = (root: Document | ShadowRoot) => {
    let style = styleRoots.get(root);
    if (!style) {
      style = doc.createElement('style');
      style.setAttribute(tokens.own, '');
      style.textContent = pageStyles(tokens, pageMode);
      styleRoots.set(root, style);
    }
    if (!style.isConnected) {
      // At document_start there may be no <head> yet: <html> holds it until then.
      const parent = root === doc ? (doc.head ?? doc.documentElement) : (root as ShadowRoot);
      parent?.appendChild(style);
    }
  };

  const setPageMode = (on: boolean) => {
    if (pageMode === on) return;
    pageMode = on;
    for (const style of styleRoots.values()) style.textContent = pageStyles(tokens, on);
  };

  // ---------------------------------------------------------------- labels

  const categoryNames = (warning: ContentWarning) => {
    const names = warning.categories.map((id) => ui.t(`blur_category_${id.replace(/-/g, '_')}`));
    if (warning.custom) names.push(ui.t('blur_category_custom'));
    return ui.list(names);
  };

  // Labels follow their block's visibility: a flagged block inside a closed menu or
  // a collapsed "show more" gets its label only when it is on screen. Resize
  // observations are delivered after layout and before paint.
  const resizeObserver =
    typeof view.ResizeObserver === 'function'
      ? new view.ResizeObserver((entries) => {
          for (const entry of entries) {
            const flag = flags.get(entry.target);
            if (!flag) continue;
            const { width, height } = entry.contentRect;
            flag.label.host.hidden = width === 0 && height === 0;
            flag.label.setMaxWidth(width);
          }
        })
      : undefined;

  const placeLabel = (block: Element, flag: Flag) => {
    const host = flag.label.host;
    if (host.nextSibling !== block && block.parentNode) block.parentNode.insertBefore(host, block);
  };

  /**
   * The blur is also written inline, with !important: in the cascade, an inline
   * !important declaration wins over every rule in the page's own stylesheets,
   * whatever their specificity or !important (a site's "reset" such as
   * `#main p { filter: none !important }` defeated the stylesheet rule alone).
   * The stylesheet rule stays for the rest (user-select) and as a second line.
   */
  const styleOf = (block: Element): CSSStyleDeclaration | undefined => (block as Partial<ElementCSSInlineStyle>).style;

  const holdBlur = (block: Element, flag: Flag) => {
    const style = styleOf(block);
    if (!style) return;
    if (style.getPropertyValue('filter') === BLUR_FILTER && style.getPropertyPriority('filter') === 'important') return;
    const value = style.getPropertyValue('filter');
    flag.pageFilter = value ? { value, priority: style.getPropertyPriority('filter') } : null;
    style.setProperty('filter', BLUR_FILTER, 'important');
  };

  const releaseBlur = (block: Element, flag: Flag) => {
    const style = styleOf(block);
    if (!style || style.getPropertyValue('filter') !== BLUR_FILTER) return;
    if (flag.pageFilter) style.setProperty('filter', flag.pageFilter.value, flag.pageFilter.priority);
    else {
      style.removeProperty('filter');
      // Leave no empty style="" behind where the page had none.
      if (!style.length && block.getAttribute('style') === '') block.removeAttribute('style');
    }
    flag.pageFilter = null;
  };

  const applyFlag = (block: Element, flag: Flag) => {
    const shown = flag.revealed || pageRevealed;
    if (shown) {
      block.removeAttribute(tokens.blurred);
      releaseBlur(block, flag);
      if (!flag.wasInert) block.removeAttribute('inert');
    } else {
      block.setAttribute(tokens.blurred, '');
      holdBlur(block, flag);
      // inert: the blurred words are out of the accessibility tree, out of the tab
      // order and out of find-in-page; links in them cannot be followed by accident.
      block.setAttribute('inert', '');
    }
    flag.label.update(ui.t('blur_label', [categoryNames(flag.warning)]), shown);
  };

  const toggle = (block: Element) => {
    const flag = flags.get(block);
    if (!flag) return;
    flag.revealed = !flag.revealed;
    if (flag.revealed) revealedTexts.add(flag.fingerprint);
    else revealedTexts.delete(flag.fingerprint);
    applyFlag(block, flag);
  };

  const flagBlock = (block: Element, warning: ContentWarning, fingerprint: number, chars: number) => {
    const existing = flags.get(block);
    if (existing) {
      existing.warning = warning;
      existing.fingerprint = fingerprint;
      existing.chars = chars;
      if (revealedTexts.has(fingerprint)) existing.revealed = true;
      applyFlag(block, existing);
      return;
    }
    const label = createBlockLabel(doc, tokens, ui, () => toggle(block), options.takeAMoment, neverWarnActions(block));
    label.host.hidden = true; // until the resize observer has seen the block
    const flag: Flag = {
      warning,
      fingerprint,
      label,
      revealed: revealedTexts.has(fingerprint),
      wasInert: block.hasAttribute('inert'),
      pageFilter: null,
      chars,
    };
    flags.set(block, flag);
    const root = block.getRootNode() as Document | ShadowRoot;
    // Our stylesheet goes in with the first flagged block: most pages have none, and
    // a new sheet makes the browser recompute the whole page's style.
    ensureStyles(root);
    applyFlag(block, flag);
    placeLabel(block, flag);
    if (resizeObserver) resizeObserver.observe(block);
    else label.host.hidden = false;
    guard.observe(block, { attributes: true, attributeFilter: [...GUARDED_ATTRIBUTES, tokens.blurred] });
  };

  const neverWarnActions = (block: Element) => {
    const save = options.onNeverWarn;
    if (!save) return undefined;
    // Shown at once in this tab; the saved settings then re-read every open tab.
    const chosen = (choice: NeverWarnChoice) => {
      const flag = flags.get(block);
      if (!flag) return;
      save(choice);
      stats.flaggedUnits--;
      stats.flaggedChars -= flag.chars;
      unflagBlock(block);
      updatePageMode();
    };
    return {
      phrases: () => (matcher && block.isConnected ? phrasesToOffer(matcher, textOfUnit(block, finderOptions)) : []),
      choosePassage: () => {
        const flag = flags.get(block);
        if (flag) chosen({ passage: flag.fingerprint });
      },
      choosePhrases: (phrases: string[]) => chosen({ phrases }),
    };
  };

  const unflagBlock = (block: Element) => {
    const flag = flags.get(block);
    if (!flag) return;
    flags.delete(block);
    block.removeAttribute(tokens.blurred);
    releaseBlur(block, flag);
    if (!flag.wasInert) block.removeAttribute('inert');
    flag.label.host.remove();
    resizeObserver?.unobserve(block);
  };

  // ---------------------------------------------------------------- scanning

  const editableInside = (block: Element) =>
    !!block.querySelector('input, textarea, select, [contenteditable]:not([contenteditable="false"])');

  /** Reads one block and blurs or unblurs it. */
  const evaluate = (block: Element) => {
    if (!block.isConnected || isOwnUi(block)) return;
    const text = textOfUnit(block, finderOptions);
    const before = seen.get(block);
    if (before === undefined) stats.units++;
    stats.chars += text.length - (before ?? 0);
    seen.set(block, text.length);
    const warning = matcher?.categoriesIn(text) ?? null;
    // A block holding a form field or an editable area is never blurred: the survivor
    // must always be able to see and use what they type.
    if (warning && !editableInside(block)) {
      const wasFlagged = flags.get(block);
      if (wasFlagged) stats.flaggedChars -= wasFlagged.chars;
      else stats.flaggedUnits++;
      stats.flaggedChars += text.length;
      flagBlock(block, warning, textFingerprint(text), text.length);
    } else if (flags.has(block)) {
      stats.flaggedUnits--;
      stats.flaggedChars -= flags.get(block)!.chars;
      unflagBlock(block);
    }
  };

  /** The document and every shadow root met: watched while there is something to blur. */
  const observed = new Set<Document | ShadowRoot>();
  let observing = true;
  const observeRoot = (root: Document | ShadowRoot) => {
    if (observed.has(root)) return;
    observed.add(root);
    if (observing) observer.observe(root, OBSERVE);
  };
  /**
   * Off, or paused on this site: stop watching, so the page pays nothing for each
   * node it adds (the browser builds a mutation record for every one). Turned on
   * again, everything is read afresh anyway.
   */
  const setObserving = (on: boolean) => {
    if (observing === on) return;
    observing = on;
    if (on) for (const root of observed) observer.observe(root, OBSERVE);
    else {
      observer.takeRecords();
      observer.disconnect();
    }
  };

  /** Reads everything below `roots`, shadow roots included (added nodes, or the whole page). */
  const scan = (findings: ScanFindings) => {
    // Shadow roots found on the way are watched and read as well (a loop, not
    // recursion: shadow roots can nest deeply).
    for (let i = 0; i < findings.shadowRoots.length; i++) {
      const shadow = findings.shadowRoots[i]!;
      if (observed.has(shadow)) continue;
      observeRoot(shadow);
      findUnits(shadow, finderOptions, findings);
    }
    for (const big of findings.oversized) if (flags.has(big)) evaluateAsTooBig(big);
    for (const unit of findings.units) evaluate(unit);
  };

  /** A container that was blurred whole while small and has grown past the limit. */
  const evaluateAsTooBig = (block: Element) => {
    stats.flaggedUnits--;
    stats.flaggedChars -= flags.get(block)!.chars;
    unflagBlock(block);
  };

  const scanEverything = () => {
    const findings = findUnits(doc, finderOptions);
    // Shadow roots reported before the settings arrived, wherever they are.
    for (const root of observed) if (root !== doc) findUnits(root, finderOptions, findings);
    scan(findings);
  };

  // ---------------------------------------------------------------- mutations

  const closestUnitOf = (node: Node): Element | null => {
    if (node.nodeType === 3) return unitForText(node as Text, finderOptions);
    for (let e: Element | null = node as Element; e; e = e.parentElement) {
      if (flags.has(e)) return e;
      if (isBlockElement(e)) return null;
    }
    return null;
  };

  const onMutations = (records: MutationRecord[]) => {
    if (!ready) {
      // Firefox may start content scripts before <html> exists: hide as soon as it does.
      if (!pending.isConnected && doc.documentElement) doc.documentElement.appendChild(pending);
      return;
    }
    if (!matcher || matcher.isEmpty) return;
    stats.batches++;
    // The page may have removed our stylesheet (a framework re-rendering <head>).
    if (flags.size) ensureStyles(doc);
    const findings: ScanFindings = { units: new Set(), shadowRoots: [], oversized: new Set() };
    // Elements read in this batch, whole (findUnits notes every element it walks).
    // While a page is parsed, an element and each of its descendants come in records
    // of their own, all already in place when the batch is read: reading the element
    // reads them, so each is read once, not once per ancestor, and a record about a
    // node below a read element is passed over before its node lists are even asked
    // for (on a page of 100,000 elements those lists were most of the cost).
    const read = new Set<Node>();
    finderOptions.visited = read;
    let anyRemoved = false;
    const displaced = new Set<Element>();
    finderOptions.sizeCache = new Map();
    finderOptions.editableCache = new Map();
    finderOptions.unitCache = new Map();
    // Plain indexed loops: while a page is parsed, a batch holds a record for every
    // node, and iterator objects for each of them showed up in profiles.
    for (let r = 0; r < records.length; r++) {
      const record = records[r]!;
      if (record.type === 'characterData') {
        const unit = record.target.isConnected ? closestUnitOf(record.target) : null;
        if (unit) findings.units.add(unit);
        continue;
      }
      // Everything below it was read as it is now. A flagged block or label moved in
      // here was taken from somewhere else first: that record says so.
      if (read.has(record.target)) continue;
      if (flags.size && record.removedNodes.length) {
        // A flagged block or a label may be what went: look at all of them afterwards.
        anyRemoved = true;
        // Text taken out of a flagged block may be what made it flagged.
        if (record.target.isConnected) {
          const unit = closestUnitOf(record.target);
          if (unit && flags.has(unit)) findings.units.add(unit);
        }
      }
      // Something put right before a flagged block comes between it and its label.
      // (Asked of the last node added, as it is now: record.nextSibling is the same in
      // browsers, but happy-dom leaves it empty.)
      const lastAdded = flags.size ? record.addedNodes[record.addedNodes.length - 1] : undefined;
      const before = lastAdded?.nextSibling;
      if (before && flags.has(before as Element)) displaced.add(before as Element);
      const added = record.addedNodes;
      for (let i = 0; i < added.length; i++) {
        const node = added[i]!;
        const parent = node.parentNode;
        if (parent && read.has(parent)) {
          if (node.nodeType === 1) read.add(node);
          continue;
        }
        const type = node.nodeType;
        if (type === 3) {
          if (node.isConnected) addText(node as Text, finderOptions, findings);
        } else if (type === 1) {
          const element = node as Element;
          // An element the parser has just opened has no children yet: they come
          // in records of their own. Only a shadow root could be there already.
          if (!element.firstChild) {
            if (element.shadowRoot && element.isConnected) findings.shadowRoots.push(element.shadowRoot);
            continue;
          }
          if (element.isConnected && !isOwnUi(element)) {
            findUnits(element, finderOptions, findings);
            read.add(element);
          }
        }
      }
    }
    scan(findings);
    finderOptions.sizeCache = undefined;
    finderOptions.editableCache = undefined;
    finderOptions.unitCache = undefined;
    finderOptions.visited = undefined;
    // Only additions (a feed growing): the labels already placed stay where they are,
    // so this batch costs what was added, not what the page already holds.
    if (anyRemoved) tidy();
    else {
      for (const block of displaced) {
        const flag = flags.get(block);
        if (flag && (!pageMode || flag.label.host.isConnected)) placeLabel(block, flag);
      }
      updatePageMode();
    }
  };

  /** Labels whose block is gone go too; labels the page moved or removed come back. */
  const tidy = () => {
    for (const [block, flag] of flags) {
      if (!block.isConnected) {
        stats.flaggedUnits--;
        stats.flaggedChars -= flag.chars;
        flags.delete(block);
        flag.label.host.remove();
        resizeObserver?.unobserve(block);
      } else if (!pageMode || flag.label.host.isConnected) placeLabel(block, flag);
    }
    updatePageMode();
  };

  // ---------------------------------------------------------------- the page notice

  const updatePageMode = () => {
    const notices = options.pageNotice;
    if (!notices) return;
    if (!pageMode && !wantsPageNotice(stats)) return;
    if (!flags.size) {
      setPageMode(false);
      notice?.host.remove();
      return;
    }
    setPageMode(true);
    if (!notice) {
      notice = createPageNotice(doc, tokens, ui, {
        showPage: () => setPageRevealed(true),
        hidePage: () => setPageRevealed(false),
        goBack: notices.goBack,
        getSupport: notices.getSupport,
      });
    }
    const all = new Set<BlurCategory>();
    let custom = false;
    for (const flag of flags.values()) {
      flag.warning.categories.forEach((c) => all.add(c));
      custom ||= flag.warning.custom;
    }
    const names = categoryNames({ categories: BLUR_CATEGORIES.filter((c) => all.has(c)), custom });
    notice.update(ui.t('blur_page_notice', [names]), pageRevealed);
    if (!notice.host.isConnected) {
      // First in the body, so that a screen reader meets it before the page.
      const parent = doc.body ?? doc.documentElement;
      parent?.insertBefore(notice.host, parent.firstChild);
    }
  };

  const setPageRevealed = (revealed: boolean) => {
    pageRevealed = revealed;
    for (const [block, flag] of flags) applyFlag(block, flag);
    updatePageMode();
  };

  // ---------------------------------------------------------------- life cycle

  const observer = new view.MutationObserver(onMutations);
  /**
   * A page that strips attributes it did not write (a "tidy the DOM" loop, a
   * framework restoring its own) takes the blur and inert off a flagged block: they
   * go back at once, in the same microtask checkpoint, before the next paint. Blocks
   * no longer flagged are passed over (an observer cannot stop watching just one).
   */
  const guard = new view.MutationObserver((records) => {
    for (let r = 0; r < records.length; r++) {
      const block = records[r]!.target as Element;
      const flag = flags.get(block);
      if (!flag || flag.revealed || pageRevealed) continue;
      const style = styleOf(block);
      const held = !style || (style.getPropertyValue('filter') === BLUR_FILTER && style.getPropertyPriority('filter') === 'important');
      if (!held || !block.hasAttribute('inert') || !block.hasAttribute(tokens.blurred)) applyFlag(block, flag);
    }
  });

  const unflagAll = () => {
    // Deleting the entry being visited is safe while iterating a Map.
    for (const block of flags.keys()) unflagBlock(block);
    stats.flaggedUnits = 0;
    stats.flaggedChars = 0;
    setPageMode(false);
    notice?.host.remove();
  };

  // Watch from the very start: nodes that arrive before the settings are read
  // later in one full scan, so nothing needs to be kept until then.
  observeRoot(doc);
  if (options.startHidden) doc.documentElement?.appendChild(pending);

  const scanRoots = (roots: ShadowRoot[]) => {
    const fresh = roots.filter((root) => !observed.has(root));
    if (!fresh.length) return;
    if (!ready || !matcher || matcher.isEmpty) {
      // Read with everything else when the settings arrive; watched from now on.
      for (const root of fresh) observeRoot(root);
      return;
    }
    scan({ units: new Set(), shadowRoots: fresh, oversized: new Set() });
    tidy();
  };

  return {
    watchShadowRoot: (root) => scanRoots([root]),
    sweepShadowRoots() {
      const roots: ShadowRoot[] = [];
      const walker = doc.createTreeWalker(doc.documentElement ?? doc, 1);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const root = (n as Element).shadowRoot;
        if (root) roots.push(root);
      }
      scanRoots(roots);
    },
    setMatcher(next) {
      unflagAll();
      matcher = next;
      ready = true;
      setObserving(!!matcher && !matcher.isEmpty);
      if (matcher && !matcher.isEmpty) {
        finderOptions.sizeCache = new Map();
        finderOptions.editableCache = new Map();
        finderOptions.unitCache = new Map();
        scanEverything();
        finderOptions.sizeCache = undefined;
        finderOptions.editableCache = undefined;
        finderOptions.unitCache = undefined;
        tidy();
      }
      // Shown in the same task as the scan: the first frame painted is a blurred one.
      pending.remove();
    },
    stop() {
      observer.disconnect();
      guard.disconnect();
      resizeObserver?.disconnect();
      unflagAll();
      pending.remove();
      for (const style of styleRoots.values()) style.remove();
      styleRoots.clear();
      observed.clear();
      matcher = null;
    },
    get stats() {
      return stats;
    },
    flaggedBlocks: () => [...flags.keys()],
  };
}
