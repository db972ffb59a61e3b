/**
 * The corpus pages (../shared/corpus/pages), cut into the units the content script
 * would read, with each page's declared language. Used by the matcher benchmark and
 * the corpus sample tool.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';
import { findUnits, textOfUnit } from '../../lib/blur/blocks';

const REPO = resolve(import.meta.dirname, '../..');
const CORPUS = resolve(REPO, process.env.SHARED_DIR ?? '../shared', 'corpus/pages');
/** Changes whenever the block finder or this reader changes: the cache is then read afresh. */
const VERSION = () => `2:${readFileSync(join(REPO, 'lib/blur/blocks.ts'), 'utf8').length}`;

export interface CorpusPage {
  name: string;
  /** The page's `<html lang>`, or '' when it declares none. */
  lang: string;
  units: string[];
  tags: string[];
}

/** Parsing 25 MB of HTML with happy-dom takes a minute or two; the result is kept in .tmp/ (not what is measured). */
export function loadCorpusUnits(): CorpusPage[] {
  const files = readdirSync(CORPUS)
    .filter((f) => f.endsWith('.html'))
    .sort();
  const key = files.map((f) => `${f}:${statSync(join(CORPUS, f)).size}`).join('|');
  const cacheFile = join(REPO, '.tmp/blur-corpus-units.json');
  if (existsSync(cacheFile) && !process.env.BENCH_NO_CACHE) {
    const cached = JSON.parse(readFileSync(cacheFile, 'utf8')) as { key: string; version: string; pages: CorpusPage[] };
    if (cached.key === key && cached.version === VERSION()) return cached.pages;
  }
  const window = new Window({
    url: 'https://corpus.invalid/',
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
    },
  });
  const parser = new window.DOMParser();
  const pages = files.map((file) => {
    // Links are dropped: happy-dom would try to preload them (and fail on the pages' odd URLs).
    const html = readFileSync(join(CORPUS, file), 'utf8').replace(/<link\b[^>]*>/gi, '');
    const doc = parser.parseFromString(html, 'text/html') as unknown as Document;
    const units = [...findUnits(doc).units];
    return {
      name: file.replace(/\.html$/, ''),
      lang: doc.documentElement.getAttribute('lang') ?? '',
      units: units.map((u) => textOfUnit(u)),
      tags: units.map((u) => u.localName),
    };
  });
  mkdirSync(join(REPO, '.tmp'), { recursive: true });
  writeFileSync(cacheFile, JSON.stringify({ key, version: VERSION(), pages }));
  return pages;
}
