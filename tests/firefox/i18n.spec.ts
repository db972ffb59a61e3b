import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../wxt.config';
import { EXTENSION_ORIGIN, EXTENSION_UUID, FIREFOX, FIREFOX_EXTENSION_PATH, FIREFOX_TEST_PREFS, expect, test } from '../support/firefox';

/**
 * The popup in German and Japanese in real Firefox (issue 16): Firefox's own language
 * is set by the `intl.locale.requested` pref, and the popup must then speak it, with
 * no English sentence and no raw key left. Chromium covers all nine languages, the
 * settings and welcome pages, zoom and axe (tests/e2e/i18n.spec.ts).
 *
 * Each test starts its own Firefox: the harness's `firefox` fixture has one fixed set
 * of prefs, and the UI language must be chosen before the browser starts.
 */
test.describe.configure({ mode: 'parallel' });

type Messages = Record<string, { message: string }>;
const read = (lang: string): Messages =>
  JSON.parse(readFileSync(join(FIREFOX_EXTENSION_PATH, '_locales', lang, 'messages.json'), 'utf8')) as Messages;
const english = read('en');

/** English sentences (no placeholders, longer than 12 characters) that the translation changed. */
function englishPhrases(translated: Messages): string[] {
  return Object.entries(english)
    .filter(([key, { message }]) => message.length > 12 && !message.includes('$') && translated[key]?.message !== message)
    .map(([, { message }]) => message);
}

/**
 * Text as painted, without the parts marked as written in another language (the help
 * directory's entries are data in their own language, not UI), then what is left of
 * English in it: a raw key, an unreplaced __MSG_, or an English sentence.
 */
async function leftovers(page: Page, translated: Messages): Promise<string[]> {
  const text = await page.evaluate(() => {
    const ui = document.documentElement.lang.slice(0, 2);
    const foreign = [...document.body.querySelectorAll<HTMLElement>('[lang]')].filter((el) => !el.lang.startsWith(ui));
    foreign.forEach((el) => (el.style.display = 'none'));
    const painted = document.body.innerText;
    foreign.forEach((el) => (el.style.display = ''));
    return painted;
  });
  const found: string[] = [];
  if (text.includes('__MSG_')) found.push('__MSG_');
  for (const key of Object.keys(english)) if (new RegExp(`\\b${key}\\b`).test(text)) found.push(key);
  for (const phrase of englishPhrases(translated)) if (text.includes(phrase)) found.push(phrase);
  return found;
}

/**
 * Firefox speaks a language only with its language pack: without one, the requested
 * locale falls back to en-US and every add-on with it. Debian ships them as
 * firefox-esr-l10n-<lang>, in the browser's own extensions folder.
 */
function requireLanguagePack(lang: string): void {
  const pack = join(dirname(realpathSync(FIREFOX)), 'browser', 'extensions', `langpack-${lang}@firefox-esr.mozilla.org.xpi`);
  if (!existsSync(pack)) throw new Error(`No Firefox language pack for ${lang} at ${pack}: apt-get install -y firefox-esr-l10n-${lang}`);
}

async function launchFirefoxIn(lang: string): Promise<{ firefox: Browser; profile: string }> {
  requireLanguagePack(lang);
  const profile = mkdtempSync(join(tmpdir(), 'quiet-tabs-ff-i18n-'));
  const firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      ...FIREFOX_TEST_PREFS,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'browser.download.dir': profile,
      'intl.locale.requested': lang,
    },
  });
  await firefox.installExtension(FIREFOX_EXTENSION_PATH);
  return { firefox, profile };
}

for (const lang of ['de', 'ja']) {
  const translated = read(lang);
  const say = (key: string) => translated[key]!.message;

  test(`the popup speaks ${lang} when Firefox runs in ${lang}`, async () => {
    const { firefox, profile } = await launchFirefoxIn(lang);
    try {
      const popup = await firefox.newPage({ type: 'window', background: true });
      // moz-extension:// navigations never report their load here (docs/testing-firefox.md).
      void popup.goto(`${EXTENSION_ORIGIN}/popup.html`).catch(() => undefined);
      const exit = say('popup_exit');
      await expect
        .poll(
          () => popup.evaluate(() => [...document.querySelectorAll('button')].map((b) => b.textContent ?? '')).catch(() => [] as string[]),
          { timeout: 30_000 },
        )
        .toContainEqual(expect.stringContaining(exit));

      expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(new RegExp(`^${lang}`));
      // The exit button is named in the language, and comes first.
      const firstButton = await popup.$eval('button', (b) => b.textContent ?? '');
      expect(firstButton).toContain(exit);
      // Every heading the popup shows is a translated string, not its English.
      const headings = await popup.$$eval('h1, h2, h3', (hs) => hs.map((h) => (h as HTMLElement).innerText.trim()).filter(Boolean));
      expect(headings.length).toBeGreaterThan(0);
      const englishTexts = new Set(Object.values(english).map((m) => m.message));
      const sameAsEnglish = new Set(
        Object.entries(translated)
          .filter(([k, m]) => english[k]?.message === m.message)
          .map(([, m]) => m.message),
      );
      expect(headings.filter((h) => englishTexts.has(h) && !sameAsEnglish.has(h))).toEqual([]);
      expect(await leftovers(popup, translated)).toEqual([]);
    } finally {
      await firefox.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    }
  });
}
