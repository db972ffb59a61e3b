import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, 'fixtures');

/** A saved settings shape, parsed exactly as storage or a file would hand it over. */
export function loadFixture(name: string): unknown {
  return JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));
}

export function fixtureText(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

export function brokenFixtureNames(): string[] {
  return readdirSync(join(FIXTURES, 'broken')).filter((f) => f.endsWith('.json'));
}
