/**
 * Chromium's flags for every test, benchmark and demo browser: quiet (no background
 * traffic, no updates, no first-run pages), and every host name resolved to this
 * machine, so that only the local test server answers.
 */
export const CHROMIUM_FLAGS = [
  '--host-resolver-rules=MAP * 127.0.0.1',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-gpu',
  '--no-sandbox',
];
