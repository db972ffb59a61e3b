/**
 * `npm start`: builds nothing (npm start runs the build first), starts the local demo
 * server, and opens Debian's Chromium with the built extension on the demo page. The
 * window stays open until you close it.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM, EXTENSION_PATH, setSettings } from '../e2e/fixtures';
import { startServer } from '../support/server';

if (!existsSync(CHROMIUM)) {
  console.error(
    `No Chromium found at ${CHROMIUM}.\nInstall it with:  sudo apt-get install -y chromium\n(or set CHROMIUM_PATH to another Chromium or Chrome).`,
  );
  process.exit(1);
}
if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('No screen found (DISPLAY is not set). On a machine without one, run:  xvfb-run -a npm start');
  process.exit(1);
}

const server = await startServer();
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'quiet-tabs-demo-')), {
  executablePath: CHROMIUM,
  headless: false,
  viewport: null,
  args: [
    `--disable-extensions-except=${EXTENSION_PATH}`,
    `--load-extension=${EXTENSION_PATH}`,
    '--host-resolver-rules=MAP *.example 127.0.0.1',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-sync',
    '--disable-background-networking',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
// The demo chooses one example site and a local neutral page, so that everything works offline.
await setSettings(worker, (s) => {
  s.sites = ['hotline.example'];
  s.exit.decoyUrl = server.url('weather.example', '/forecast');
});
const page = await context.newPage();
await page.goto(server.url('demo.example', '/pages/demo.html'));
console.log(`Demo open at ${page.url()}\nClose the browser window to stop.`);
context.on('close', () => void server.close().then(() => process.exit(0)));
