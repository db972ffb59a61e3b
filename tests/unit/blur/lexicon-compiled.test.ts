import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compiledLexiconsSource } from '@/lib/blur/lexicon/generate';

describe('lib/blur/lexicon/compiled.ts', () => {
  it('is up to date with the lexicons (else run: npx tsx lib/blur/lexicon/generate.ts)', async () => {
    const onDisk = readFileSync(join(import.meta.dirname, '../../../lib/blur/lexicon/compiled.ts'), 'utf8');
    expect(onDisk === (await compiledLexiconsSource()), 'compiled.ts is stale: run npx tsx lib/blur/lexicon/generate.ts').toBe(true);
  });
});
