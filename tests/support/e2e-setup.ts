/**
 * Vitest global set-up of the browser tests: one headless Chromium and one server of dist/ for every e2e test
 * file (each file connects to the browser, which takes milliseconds, instead of starting its own).
 */
import type { TestProject } from 'vitest/node';
import { launchBrowserServer } from '../../support/browser.ts';
import { serveSite } from '../../support/server.ts';
import { requireBuiltSite } from '../../support/site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: { wsEndpoint: string; siteUrl: string };
  }
}

export default async function setup(project: TestProject) {
  const site = await serveSite(requireBuiltSite(), '/');
  const browser = await launchBrowserServer();
  project.provide('e2e', { wsEndpoint: browser.wsEndpoint(), siteUrl: site.url });
  return async () => {
    await browser.close();
    await site.close();
  };
}
