import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SETTINGS_VERSION } from '@/lib/settings/schema';

export const FIXTURES = join(import.meta.dirname, 'fixtures');

/** The saved example of the current format (valid settings as they are stored today). */
export const CURRENT_FIXTURE = `v${SETTINGS_VERSION}.json`;

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
