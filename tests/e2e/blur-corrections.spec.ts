import { hasBlurInEffect } from '../support/painted';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { textFingerprint } from '../../lib/blur/text-hash';
import { expect, launchWithExtension, setSettings, test } from './fixtures';

/**
 * The survivor's corrections to content warnings, in real Chromium with the built
 * extension (issue 12, section 3): "Don't warn me about text like this" from a label
 * (this passage, or the phrase that flagged it) and "Warn me about text like this"
 * from the context menu on selected text. Each takes effect at once in every open
 * tab, survives a restart of the browser on the same profile, and is listed and
 * removable on the settings page.
 */

const tinyPage = (title: string, body: string) => `/page?title=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`;

const STABBED = 'A man was stabbed near the station.';
const OTHER_STABBED = 'Another man was stabbed in the park.';
const RAPED = 'She was raped on her way home.';

/** Is the element (or an ancestor) painted with a blur filter right now? */
const isBlurred = (page: Page, selector: string): Promise<boolean> => page.locator(selector).evaluate(hasBlurInEffect);

interface UiButton {
  name: string;
  x: number;
  y: number;
}

/** The buttons in the extension's closed shadow roots, where they are on screen (DevTools sees into closed roots; a page cannot). */
async function extensionButtons(page: Page): Promise<UiButton[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    type DomNode = { nodeId: number; nodeName: string; nodeValue?: string; children?: DomNode[]; shadowRoots?: DomNode[] };
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const found: { nodeId: number; name: string }[] = [];
    const textOf = (n: DomNode): string => (n.nodeValue ?? '') + (n.children ?? []).map(textOf).join('');
    const walk = (n: DomNode, inShadow: boolean) => {
      if (inShadow && n.nodeName === 'BUTTON') found.push({ nodeId: n.nodeId, name: textOf(n).trim() });
      for (const c of n.children ?? []) walk(c, inShadow);
      for (const s of n.shadowRoots ?? []) walk(s, true);
    };
    walk(root, false);
    const out: UiButton[] = [];
    for (const b of found) {
      try {
        const { model } = await cdp.send('DOM.getBoxModel', { nodeId: b.nodeId });
        const [x1, y1, , , x3, y3] = model.content;
        out.push({ name: b.name, x: (x1! + x3!) / 2, y: (y1! + y3!) / 2 });
      } catch {
        // Not rendered (hidden).
      }
    }
    return out;
  } finally {
    await cdp.detach();
  }
}

/** Clicks, with the mouse, the visible extension button of that name nearest to the element (its label sits just above it). */
async function clickNear(page: Page, selector: string, name: string): Promise<void> {
  const box = (await page.locator(selector).boundingBox())!;
  await expect.poll(async () => (await extensionButtons(page)).some((b) => b.name === name)).toBe(true);
  const buttons = (await extensionButtons(page)).filter((b) => b.name === name);
  const distance = (b: UiButton) => Math.abs(b.y - box.y);
  const nearest = buttons.toSorted((a, b) => distance(a) - distance(b))[0]!;
  await page.mouse.click(nearest.x, nearest.y);
}

async function storedBlur(worker: Worker): Promise<Record<string, unknown>> {
  return worker.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { blur: Record<string, unknown> }).blur);
}

/** The browser closed and started again on the same profile, as after a restart. */
async function restart(context: BrowserContext, profileDir: string): Promise<{ context: BrowserContext; worker: Worker }> {
  await context.close();
  const again = await launchWithExtension(profileDir, 'en-US');
  const worker = again.serviceWorkers()[0] ?? (await again.waitForEvent('serviceworker'));
  return { context: again, worker };
}

test.describe('corrections to content warnings', () => {
  test('“Not this passage” unblurs it at once, in every open tab, and after a restart', async ({
    context,
    serviceWorker,
    server,
    profileDir,
  }) => {
    const body = `<p id="p">${STABBED}</p><p id="q">${OTHER_STABBED}</p>`;
    const news = await context.newPage();
    await news.goto(server.url('news.example', tinyPage('News', body)));
    const forum = await context.newPage();
    await forum.goto(server.url('forum.example', tinyPage('Forum', `<p id="p">${STABBED}</p>`)));
    await expect.poll(() => isBlurred(news, '#p')).toBe(true);
    await expect.poll(() => isBlurred(news, '#q')).toBe(true);
    await expect.poll(() => isBlurred(forum, '#p')).toBe(true);

    await news.bringToFront();
    await clickNear(news, '#p', "Don't warn me");
    // The choice opens in the label itself; the phrase is offered too, as it flagged the passage.
    await expect
      .poll(async () => (await extensionButtons(news)).map((b) => b.name))
      .toEqual(expect.arrayContaining(['Not this passage', 'Not text with “stabbed”', 'Keep the warning']));
    await clickNear(news, '#p', 'Not this passage');

    await expect.poll(() => isBlurred(news, '#p')).toBe(false);
    await expect.poll(() => isBlurred(forum, '#p')).toBe(false);
    // Only that passage: the other one about the same subject stays blurred.
    expect(await isBlurred(news, '#q')).toBe(true);
    const blur = await storedBlur(serviceWorker);
    expect(blur.neverWarnPassages).toEqual([textFingerprint(STABBED)]);
    expect(blur.neverWarnPhrases).toEqual([]);
    // Its fingerprint only: the words are stored nowhere.
    expect(JSON.stringify(await serviceWorker.evaluate(() => chrome.storage.local.get(null)))).not.toContain('stabbed');

    const { context: again } = await restart(context, profileDir);
    try {
      const page = await again.newPage();
      await page.goto(server.url('news.example', tinyPage('News', body)));
      await expect.poll(() => isBlurred(page, '#q')).toBe(true);
      expect(await isBlurred(page, '#p')).toBe(false);
    } finally {
      await again.close();
    }
  });

  test('“Not text with …” unblurs every passage with that phrase, in every open tab, and after a restart', async ({
    context,
    serviceWorker,
    server,
    profileDir,
  }) => {
    const body = `<p id="p">${STABBED}</p><p id="q">${OTHER_STABBED}</p><p id="r">${RAPED}</p>`;
    const news = await context.newPage();
    await news.goto(server.url('news.example', tinyPage('News', body)));
    const forum = await context.newPage();
    await forum.goto(server.url('forum.example', tinyPage('Forum', `<p id="q">${OTHER_STABBED}</p>`)));
    for (const id of ['#p', '#q', '#r']) await expect.poll(() => isBlurred(news, id)).toBe(true);
    await expect.poll(() => isBlurred(forum, '#q')).toBe(true);

    await news.bringToFront();
    await clickNear(news, '#p', "Don't warn me");
    await clickNear(news, '#p', 'Not text with “stabbed”');

    await expect.poll(() => isBlurred(news, '#p')).toBe(false);
    await expect.poll(() => isBlurred(news, '#q')).toBe(false);
    await expect.poll(() => isBlurred(forum, '#q')).toBe(false);
    // Other subjects are still warned about.
    expect(await isBlurred(news, '#r')).toBe(true);
    expect((await storedBlur(serviceWorker)).neverWarnPhrases).toEqual(['stabbed']);

    const { context: again } = await restart(context, profileDir);
    try {
      const page = await again.newPage();
      await page.goto(server.url('blog.example', tinyPage('Blog', `<p id="r">${RAPED}</p><p id="s">He was stabbed twice.</p>`)));
      await expect.poll(() => isBlurred(page, '#r')).toBe(true);
      expect(await isBlurred(page, '#s')).toBe(false);
    } finally {
      await again.close();
    }
  });

  test('“Warn me about text like this” on a selection blurs that text at once, and after a restart', async ({
    context,
    serviceWorker,
    server,
    profileDir,
  }) => {
    const body = `<p id="r">${RAPED}</p><p id="c">Ann Smith was at the school gate again.</p>`;
    const page = await context.newPage();
    await page.goto(server.url('news.example', tinyPage('News', body)));
    await expect.poll(() => isBlurred(page, '#r')).toBe(true);
    expect(await isBlurred(page, '#c')).toBe(false);

    // The survivor selects the words on the page.
    await page.locator('#c').evaluate((p) => {
      const text = p.firstChild!;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, 'Ann Smith'.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    const selectionText = await page.evaluate(() => getSelection()!.toString());
    expect(selectionText).toBe('Ann Smith');
    // Playwright cannot open or click the browser's own context menu. This calls the
    // very listener the background registered with contextMenus.onClicked, with what
    // Chromium passes it for a click on the item: its id and the selected text.
    await serviceWorker.evaluate(
      (text) =>
        (
          globalThis as unknown as { quietTabsTest: { onSelectionMenuClicked(info: unknown): Promise<void> } }
        ).quietTabsTest.onSelectionMenuClicked({ menuItemId: 'warn-about-selection', selectionText: text }),
      selectionText,
    );

    await expect.poll(() => isBlurred(page, '#c')).toBe(true);
    expect((await storedBlur(serviceWorker)).customTerms).toEqual(['Ann Smith']);
    // The label names no word of theirs.
    expect(await page.content()).not.toMatch(/one of your words/);

    const { context: again } = await restart(context, profileDir);
    try {
      const next = await again.newPage();
      await next.goto(server.url('forum.example', tinyPage('Forum', '<p id="c">I saw Ann Smith today.</p>')));
      await expect.poll(() => isBlurred(next, '#c')).toBe(true);
    } finally {
      await again.close();
    }
  });

  test('the settings page lists both kinds, and removing one brings its warning back at once', async ({
    context,
    serviceWorker,
    server,
    openExtensionPage,
  }) => {
    await setSettings(serviceWorker, (s) => {
      s.blur.neverWarnPassages = [textFingerprint(STABBED)];
      s.blur.neverWarnPhrases = ['raped'];
    });
    const news = await context.newPage();
    await news.goto(
      server.url('news.example', tinyPage('News', `<p id="p">${STABBED}</p><p id="r">${RAPED}</p><p id="s">He was shot dead.</p>`)),
    );
    await expect.poll(() => isBlurred(news, '#s')).toBe(true);
    expect(await isBlurred(news, '#p')).toBe(false);
    expect(await isBlurred(news, '#r')).toBe(false);

    const options = await openExtensionPage('options.html');
    const section = options.locator('.never-warn');
    await expect(section.getByRole('heading', { name: 'Text you chose not to be warned about' })).toBeVisible();
    const code = textFingerprint(STABBED).toString(16).padStart(8, '0');
    await expect(section.getByRole('listitem')).toHaveText([/^raped/, new RegExp(`^Passage 1 \\(code ${code}\\)`)]);

    await section.getByRole('button', { name: 'Remove raped' }).click();
    await expect(section.getByText('Removed. You will be warned about it again.')).toBeVisible();
    await expect.poll(() => isBlurred(news, '#r')).toBe(true);
    expect(await isBlurred(news, '#p')).toBe(false);

    await section.getByRole('button', { name: `Remove Passage 1 (code ${code})` }).click();
    await expect.poll(() => isBlurred(news, '#p')).toBe(true);
    await expect(section.getByText('None.')).toBeVisible();
    const blur = await storedBlur(serviceWorker);
    expect(blur.neverWarnPassages).toEqual([]);
    expect(blur.neverWarnPhrases).toEqual([]);
  });
});
