import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig, type WxtUnimportOptions } from 'wxt';
import { staleEntriesWarning } from './lib/help/staleness';
import {
  type Fragment,
  type Glossary,
  type Messages,
  mergeByLanguage,
  parseFragmentName,
  translationProblems,
} from './lib/i18n/locale-fragments';

/** Firefox add-on id; tests derive the moz-extension UUID mapping from it. */
export const GECKO_ID = 'quiet-tabs@quiet-tabs.invalid';

/**
 * Each feature keeps its strings in its own `locales/<feature>.<lang>.json` (browser
 * messages.json format) so that features and languages can be worked on apart; the
 * build merges them into one `_locales/<lang>/messages.json` per language. A key defined
 * twice, a key missing in a language, placeholders that differ from the English, or a
 * text equal to the English that `locales/glossary/<lang>.json` does not allow, is a
 * build error: a survivor must never meet a blank, a key name or a stray English line.
 */
function mergeLocaleFragments(dir: string): { relativeDest: string; contents: string }[] {
  const fragments: Fragment[] = [];
  for (const file of readdirSync(dir)) {
    const name = parseFragmentName(file);
    if (!name) continue;
    fragments.push({ file, lang: name.lang, messages: JSON.parse(readFileSync(join(dir, file), 'utf8')) as Messages });
  }
  const byLang = mergeByLanguage(fragments);
  const english = byLang.get('en');
  if (!english) throw new Error('locales/: no English fragments (*.en.json)');
  const problems: string[] = [];
  for (const [lang, messages] of byLang) {
    if (lang === 'en') continue;
    const glossaryFile = join(dir, 'glossary', `${lang}.json`);
    const glossary = existsSync(glossaryFile) ? (JSON.parse(readFileSync(glossaryFile, 'utf8')) as Glossary) : undefined;
    problems.push(...translationProblems(lang, english, messages, glossary));
  }
  if (problems.length) throw new Error(`locales/: ${problems.length} problem(s):\n${problems.join('\n')}`);
  return [...byLang].map(([lang, messages]) => ({
    relativeDest: `_locales/${lang}/messages.json`,
    contents: JSON.stringify(messages, null, 2),
  }));
}

/**
 * Auto-imports read text, not syntax: the compiled lexicon's expressions hold "t("
 * and pulled components/i18n (every page's strings) into the content script. lib/
 * imports everything explicitly anyway (it is plain TypeScript). `exclude` is the
 * unimport plugin's own option, which WXT passes through (its type does not list it).
 */
const autoImports = { exclude: [/[\\/]node_modules[\\/]/, /[\\/]\.git[\\/]/, /[\\/]lib[\\/]/] } as WxtUnimportOptions;

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: autoImports,
  // NO_MINIFY=1: readable function names in CPU profiles (see docs/blurring.md).
  vite: () => ({
    plugins: [preact()],
    // tldts's own minified build, not its ES modules: from those, the minifier copies the
    // list's 68 KB label string into every function that reads it (measured: background
    // +115 KB gzip, against +49 KB this way).
    resolve: { alias: [{ find: /^tldts$/, replacement: 'tldts/dist/index.esm.min.js' }] },
    ...(process.env.NO_MINIFY ? { build: { minify: false } } : {}),
  }),
  // Firefox gets MV2: its MV3 treats host permissions as optional, so the content
  // script (exit trigger, blurring) would not run until the survivor grants them by hand.
  manifest: {
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    default_locale: 'en',
    // contextMenus: "Warn me about text like this" on selected text (entrypoints/background/corrections.ts).
    permissions: ['storage', 'tabs', 'history', 'sessions', 'browsingData', 'downloads', 'contextMenus'],
    host_permissions: ['<all_urls>'],
    incognito: 'spanning',
    action: { default_title: '__MSG_ext_name__' },
    commands: {
      'quick-exit': {
        suggested_key: { default: 'Alt+Shift+Y', mac: 'Alt+Shift+Y' },
        description: '__MSG_command_quick_exit__',
      },
    },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '115.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
  hooks: {
    // Content scripts get the browser's own API instead of the polyfill (see
    // lib/platform/native-browser.ts); pages and the background keep the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.length || !entrypoints.every((e) => e.type === 'content-script')) return;
      const native = { find: /^wxt\/browser$/, replacement: join(import.meta.dirname, 'lib/platform/native-browser.ts') };
      const alias = config.resolve?.alias;
      const list = Array.isArray(alias)
        ? alias.filter((a: { find: unknown }) => String(a.find) !== 'wxt/browser')
        : Object.entries(alias ?? {})
            .filter(([find]) => find !== 'wxt/browser')
            .map(([find, replacement]) => ({ find, replacement: replacement as string }));
      config.resolve = { ...config.resolve, alias: [native, ...list] };
    },
    'build:done': () => {
      // Numbers change; an entry not confirmed against its provider for 18 months fails the build.
      const warning = staleEntriesWarning(new Date());
      if (warning) throw new Error(warning);
    },
    'build:publicAssets': (_wxt, files) => {
      files.push(...mergeLocaleFragments(join(import.meta.dirname, 'locales')));
    },
  },
});
