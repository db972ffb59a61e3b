import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, storedWithSites } from './fixtures';

/** Steps of the PIN lock shared by the discretion and lock specs, done as a survivor does them. */

export const PIN = '2580';

/**
 * Everything in the extension's local storage, as stored, with the chosen sites also
 * shown as `settings.sites` (the readable names) and `siteLock` (the record while a
 * PIN is set): tests/support/stored-sites.ts.
 */
export async function rawStorage(worker: Worker): Promise<Record<string, any>> {
  return storedWithSites(worker);
}

export async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  return page;
}

export async function setPinInOptions(page: Page, pin: string): Promise<void> {
  const section = page.getByRole('region', { name: 'PIN and disguise' });
  await section.getByLabel('New PIN').fill(pin);
  await section.getByLabel('Type the PIN again').fill(pin);
  await section.getByRole('button', { name: 'Set PIN' }).click();
  await expect(section.getByText('The PIN is set. Your list of sites is now stored encrypted.')).toBeVisible({ timeout: 30_000 });
}

export async function enterPin(page: Page, pin: string): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Enter your PIN' })).toBeVisible();
  await page.getByLabel('PIN', { exact: true }).fill(pin);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
}

/** Loads a settings file as backup.json on the settings page and confirms the replacement. */
export async function loadSettingsFile(page: Page, file: unknown): Promise<void> {
  await page.getByLabel('Load settings from a file').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await page.getByRole('region', { name: 'Back up your settings' }).getByRole('button', { name: 'Replace my settings' }).click();
}
