/**
 * Debian's Chromium, headless, driven by playwright-core. Never downloads a browser: the path is
 * /usr/bin/chromium unless CHROMIUM_PATH says otherwise.
 */
import { chromium, type Browser, type BrowserServer } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Chromium's flags here (the machine has no network, and runs as root): for Playwright and for Lighthouse. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

const LAUNCH = { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch(LAUNCH);
}

/** A browser other processes connect to (the browser tests share one: tests/support/e2e-setup.ts). */
export function launchBrowserServer(): Promise<BrowserServer> {
  return chromium.launchServer(LAUNCH);
}

export function connectBrowser(wsEndpoint: string): Promise<Browser> {
  return chromium.connect(wsEndpoint);
}
