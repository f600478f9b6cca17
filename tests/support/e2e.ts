/**
 * Shared set-up for the browser tests: the built site served on 127.0.0.1 and one headless Chromium.
 * Also the few page actions several tests need (opening search with results, running axe).
 */
import axe from 'axe-core';
import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser, BrowserContextOptions, Page, ViewportSize } from 'playwright-core';
import { connectBrowser } from '../../support/browser.ts';

export interface E2E {
  /** The served dist/ (one server for all browser tests: tests/support/e2e-setup.ts). */
  site: { url: string };
  browser: Browser;
  /** A URL of the served site from a path like "/buj/". */
  url(pathname: string): string;
  /** A page in a context of its own, for a test that needs its own context options or changes the page. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  /**
   * The file's one reusable tab, set to the colour scheme and viewport asked for and loaded at `pathname`
   * (a new context and page cost about 0.3 s here; this costs what loading the page does). For tests that
   * only read the page, or change it in ways the next load undoes; not to be closed by the test.
   */
  visit(pathname: string, options?: VisitOptions): Promise<Page>;
  close(): Promise<void>;
}

interface VisitOptions {
  colorScheme?: 'light' | 'dark';
  viewport?: ViewportSize;
  /** A phone: touch, 2 device pixels per CSS pixel, the viewport meta tag honoured (a second reusable tab: a context cannot switch). */
  mobile?: boolean;
}

export const DESKTOP: ViewportSize = { width: 1280, height: 800 };
export const PHONE: ViewportSize = { width: 360, height: 740 };

/** Connects to the browser and the server that the e2e project's global set-up started. */
export async function startE2E(): Promise<E2E> {
  const { wsEndpoint, siteUrl } = inject('e2e');
  const site = { url: siteUrl };
  const browser = await connectBrowser(wsEndpoint);
  const tabs: { desktop?: Page; mobile?: Page } = {};
  const url = (pathname: string) => new URL(pathname.replace(/^\//, ''), site.url).href;
  return {
    site,
    browser,
    url,
    async newPage(options) {
      // The reusable tab's size unless asked otherwise, so that a page of its own and the reusable tab lay out alike.
      const context = await browser.newContext({ viewport: DESKTOP, ...options });
      return context.newPage();
    },
    async visit(pathname, { colorScheme = 'light', viewport = DESKTOP, mobile = false } = {}) {
      const kind = mobile ? 'mobile' : 'desktop';
      const tab = (tabs[kind] ??= await (
        await browser.newContext({ viewport, ...(mobile && { isMobile: true, hasTouch: true, deviceScaleFactor: 2 }) })
      ).newPage());
      await tab.emulateMedia({ colorScheme });
      const size = tab.viewportSize();
      if (size?.width !== viewport.width || size.height !== viewport.height) await tab.setViewportSize(viewport);
      const target = url(pathname);
      // Only a hash apart would be a same-document navigation: load the page afresh instead.
      if (target.includes('#') && target.split('#')[0] === tab.url().split('#')[0]) await tab.goto('about:blank');
      const response = await tab.goto(target);
      if (!response?.ok()) throw new Error(`${pathname} did not load (${response?.status()})`);
      return tab;
    },
    async close() {
      // Disconnects this file (its contexts close with it); the shared browser stays for the next one.
      await browser.close();
    },
  };
}

/** Starts the site and browser before a test file's tests and stops them after; call at the top level. */
export function useE2E(): () => E2E {
  let e2e: E2E | undefined;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.close();
  });
  return () => {
    if (!e2e) throw new Error('the browser is not started yet (useE2E() must run at the top level of a test file)');
    return e2e;
  };
}

/** Opens the search dialog from the header control and waits for at least one result. Returns the count. */
export async function searchInDialog(page: Page, query: string): Promise<number> {
  await page.click('[data-search-open]');
  const dialog = page.locator('dialog[data-search-dialog]');
  await dialog.waitFor({ state: 'visible' });
  await dialog.locator('input[type="search"]').fill(query);
  await dialog.locator('.search-result a').first().waitFor({ state: 'visible', timeout: 15_000 });
  return dialog.locator('.search-result a').count();
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe-core (WCAG 2.0/2.1 A and AA) in the page; evaluate() is not subject to the page's CSP. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}

export function formatViolations(where: string, violations: AxeViolation[]): string {
  return violations.map((v) => `${where}: ${v.id} (${v.impact}) ${v.help}\n    ${v.targets.join('\n    ')}`).join('\n');
}
