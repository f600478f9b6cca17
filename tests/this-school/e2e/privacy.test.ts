/**
 * Privacy and security: every request any page makes (also while searching) goes to the site's own
 * origin; no console errors, page errors or CSP violations; every page carries a Content-Security-Policy
 * whose script-src allows no inline script it does not hash; and the site still works under it.
 */
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { searchInDialog, useE2E } from '../../support/e2e.ts';
import { noSearchUiCheck, searchUiChecks } from '../../support/content-checks.ts';
import { readPage, requireBuiltSite, sitePages, pathOf } from '../../../support/site.ts';

requireBuiltSite();
const pages = sitePages();
const e2e = useE2E();
/** Per language, a query that has results in the content (content/checks/search-ui.json). */
const probe = searchUiChecks().probe;

interface Watch {
  foreign: string[];
  errors: string[];
  requests: string[];
}

/** Records foreign requests, console errors (and CSP/worker warnings), page errors and CSP violations. */
async function watch(page: Page): Promise<Watch> {
  const w: Watch = { foreign: [], errors: [], requests: [] };
  const origin = new URL(e2e().site.url).origin;
  page.on('request', (req) => {
    const url = req.url();
    w.requests.push(url);
    if (new URL(url).origin !== origin && !url.startsWith('data:')) w.foreign.push(url);
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error' || /content security policy|web worker/i.test(msg.text()))
      w.errors.push(`console.${msg.type()}: ${msg.text()}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400 && res.request().resourceType() !== 'document') w.errors.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  page.on('pageerror', (err) => w.errors.push(`pageerror: ${err.message}`));
  page.on('requestfailed', (req) => w.errors.push(`request failed: ${req.url()} ${req.failure()?.errorText}`));
  await page.exposeFunction('__cspViolation', (v: string) => w.errors.push(`CSP violation: ${v}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __cspViolation(v: string): void }).__cspViolation(`${e.violatedDirective} blocked ${e.blockedURI}`);
    });
  });
  return w;
}

function cspOf(html: string): string | undefined {
  const meta = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
  return meta?.[1];
}

function directive(csp: string, name: string): string[] | undefined {
  const found = csp
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([n]) => n === name);
  return found?.slice(1);
}

describe('Content-Security-Policy', () => {
  test.each(pages)('%s has a CSP without unsafe-inline scripts, hashing any inline script', (pathname) => {
    const html = readPage(pathname);
    const csp = cspOf(html);
    expect(csp, 'meta http-equiv="content-security-policy"').toBeTruthy();
    const scriptSrc = directive(csp!, 'script-src') ?? directive(csp!, 'default-src');
    expect(scriptSrc).toBeDefined();
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    expect(
      scriptSrc!.every((s) => !/^(https?:|\*|data:|blob:)/.test(s)),
      `script-src ${scriptSrc!.join(' ')} allows only the site itself`,
    ).toBe(true);
    expect(directive(csp!, 'default-src')).toEqual(["'self'"]);
    expect(directive(csp!, 'object-src')).toEqual(["'none'"]);
    // Any inline executable script must be allowed by its hash, not by a loophole.
    for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (/\bsrc=/.test(attrs!) || /type="application\/(ld\+)?json"/.test(attrs!)) continue;
      const hash = `'sha256-${createHash('sha256').update(body!).digest('base64')}'`;
      expect(scriptSrc, `inline script ${body!.slice(0, 60)}`).toContain(hash);
    }
  });
});

describe('requests and errors', () => {
  // Each page is loaded in one of a few watched tabs (a context per page costs about 0.3 s), several pages at
  // a time: a load ends only when the network has been quiet for 0.5 s, and those waits overlap. What a tab
  // records is emptied before each load.
  const TABS = 4;
  const free: { page: Page; w: Watch }[] = [];
  const queue: ((tab: { page: Page; w: Watch }) => void)[] = [];
  let opened = 0;
  async function takeTab(): Promise<{ page: Page; w: Watch }> {
    const tab = free.pop();
    if (tab) return tab;
    if (opened < TABS) {
      opened++;
      const page = await e2e().newPage();
      return { page, w: await watch(page) };
    }
    return new Promise((resolve) => queue.push(resolve));
  }
  const giveBack = (tab: { page: Page; w: Watch }) => {
    const next = queue.shift();
    if (next) next(tab);
    else free.push(tab);
  };
  test.concurrent.for(pages)('%s: only own-origin requests, no errors', async (pathname, { expect }) => {
    const tab = await takeTab();
    try {
      const { page, w } = tab;
      for (const list of Object.values(w)) list.length = 0;
      await page.goto(e2e().url(pathname), { waitUntil: 'networkidle' });
      expect(w.foreign, 'requests to other origins').toEqual([]);
      expect(w.errors).toEqual([]);
      expect(w.requests.length).toBeGreaterThan(0);
    } finally {
      giveBack(tab);
    }
  });

  test.for([
    ['/', 'lv'],
    [pathOf('plan', 'en'), 'en'],
  ] as const)('searching on %s works under the CSP and stays on the own origin', async ([pathname, locale], { skip }) => {
    if (!probe) return skip(noSearchUiCheck('probe'));
    const query = probe[locale].query;
    const page = await e2e().newPage();
    const w = await watch(page);
    await page.goto(e2e().url(pathname), { waitUntil: 'networkidle' });
    const before = w.requests.length;
    expect(
      w.requests.some((u) => u.includes('/pagefind/')),
      'nothing of search loads before it is used',
    ).toBe(false);
    expect(await searchInDialog(page, query)).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    await page.context().close();
    const searchRequests = w.requests.slice(before);
    expect(searchRequests.some((u) => u.endsWith('/pagefind/pagefind.js'))).toBe(true);
    expect(
      searchRequests.some((u) => /\/pagefind\/wasm\.\w+\.pagefind$/.test(u)),
      'Pagefind WebAssembly loaded',
    ).toBe(true);
    expect(w.foreign).toEqual([]);
    expect(w.errors).toEqual([]);
  });

  test('the search page with ?q= finds results under the CSP', async ({ skip }) => {
    if (!probe) return skip(noSearchUiCheck('probe'));
    const page = await e2e().newPage();
    const w = await watch(page);
    await page.goto(e2e().url(`${pathOf('search', 'lv')}?q=${encodeURIComponent(probe.lv.query)}`));
    await page.locator('main .search-result a').first().waitFor({ timeout: 15_000 });
    await page.context().close();
    expect(w.foreign).toEqual([]);
    expect(w.errors).toEqual([]);
  });

  test('the watch catches a CSP violation and a foreign request (it can fail)', async () => {
    const page = await e2e().newPage();
    const w = await watch(page);
    await page.goto(e2e().url('/'), { waitUntil: 'networkidle' });
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inline = 1';
      document.head.append(s);
      const img = document.createElement('img');
      img.src = 'http://192.0.2.1/pixel.gif';
      document.body.append(img);
    });
    await page.waitForTimeout(300);
    const ran = await page.evaluate(() => 'inline' in window || '__inline' in window);
    await page.context().close();
    expect(ran, 'an unhashed inline script must not run').toBe(false);
    expect(w.errors.some((e) => e.startsWith('CSP violation: script-src'))).toBe(true);
    expect(w.errors.some((e) => e.includes('img-src'))).toBe(true);
  });
});
