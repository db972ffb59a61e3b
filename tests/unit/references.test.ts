import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Comments and docs point only at files that exist in this repository: a newcomer
 * who follows a path should find the file. Paths with a placeholder (`<lang>`, `*`)
 * name a family of files; at least one of them must exist.
 */
const ROOT = join(import.meta.dirname, '../..');
const PATH =
  /(?<![\w./-])(?:docs|lib|components|entrypoints|tests|public|locales|\.ci)\/[\w./<>*-]+\.(?:md|ts|tsx|js|json|css|html|jsonl)\b/g;

function trackedTextFiles(): string[] {
  const files = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
  return files.filter((f) => /\.(md|ts|tsx|js|css|html)$/.test(f) || f === '.ci/run').filter((f) => !f.startsWith('tests/fixtures/'));
}

function exists(path: string): boolean {
  if (!/[<>*]/.test(path)) return existsSync(join(ROOT, path));
  const pattern = new RegExp(`^${path.replace(/[.]/g, '\\.').replace(/<[^>]+>|\*/g, '[^/]+')}$`);
  return execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' })
    .split('\n')
    .some((f) => pattern.test(f));
}

describe('references in comments and docs', () => {
  it('point at files that exist', () => {
    const missing: string[] = [];
    for (const file of trackedTextFiles()) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      for (const match of text.matchAll(PATH)) if (!exists(match[0])) missing.push(`${file}: ${match[0]}`);
    }
    expect([...new Set(missing)]).toEqual([]);
  });

  // The project's shared folder (the web-page corpus) is an input some tests and
  // benchmarks read through SHARED_DIR; nothing else may send a reader outside.
  it('never send a reader outside the repository', () => {
    const readsCorpus = new Set([
      'tests/support/server.ts',
      'tests/support/corpus-units.ts',
      'tests/bench/blur-matcher.ts',
      'tests/tools/corpus-sample.ts',
    ]);
    const outside: string[] = [];
    for (const file of trackedTextFiles()) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      if (/\/work\//.test(text) || (!readsCorpus.has(file) && /\.\.\/shared\//.test(text))) outside.push(file);
    }
    expect(outside).toEqual([]);
  });

  it('would notice a path to a file that is gone', () => {
    expect(exists(['docs', 'limits.md'].join('/'))).toBe(false); // (joined, or this file would name it)
    expect(exists('locales/core.<lang>.json')).toBe(true);
  });
});
