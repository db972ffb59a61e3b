/**
 * The release build holds no test hook: run after `npm run build` (without
 * WXT_TEST_HOOKS), before the test build replaces it. Exits 1, naming the files,
 * if `quietTabsTest` is anywhere in either browser's output.
 *
 *   npx tsx tests/tools/check-release.ts
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '../..');
const outputs = ['chrome-mv3', 'firefox-mv2'].map((name) => join(root, '.output', name));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

const missing = outputs.filter((dir) => !existsSync(dir));
if (missing.length) {
  console.error(`No build at ${missing.map((dir) => relative(root, dir)).join(', ')}: run "npm run build" first.`);
  process.exit(1);
}
const hooked = outputs
  .flatMap(filesUnder)
  .filter((file) => /\.(js|html|json)$/.test(file) && readFileSync(file, 'utf8').includes('quietTabsTest'));
if (hooked.length) {
  console.error(`The release build holds a test hook (quietTabsTest) in:\n${hooked.map((f) => `  ${relative(root, f)}`).join('\n')}`);
  process.exit(1);
}
console.log('Release build: no test hook in either browser’s output.');
