/**
 * The embeddable views in an <iframe> on another origin (as on the school's website), with the host-page
 * snippet from the README: the frame grows to its content's height, and links to other pages open in the
 * host page.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../support/browser.ts';
import { serveSite, type StaticSite } from '../../support/server.ts';
import { requireBuiltSite } from '../../support/site.ts';

let site: StaticSite;
let host: StaticSite;
let hostDir: string;
let browser: Browser;

/** The host-page snippet, taken from the README so the documented code is the tested code. */
function snippet(): string {
  const readme = readFileSync('README.md', 'utf8');
  const code = /<!-- embed-snippet -->\s*```html\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!code) throw new Error('README.md has no embed snippet (```html after <!-- embed-snippet -->)');
  return code;
}

beforeAll(async () => {
  site = await serveSite(requireBuiltSite());
  hostDir = mkdtempSync(path.join(tmpdir(), 'erasmus-host-'));
  const html = (src: string) =>
    `<!doctype html><html lang="lv"><head><meta charset="utf-8"><title>Skolas lapa</title></head><body><h1>Skolas lapa</h1>${snippet()
      .replaceAll('https://www.example.lv/erasmus/', `${site.url}`)
      .replaceAll('https://www.example.lv', site.origin)
      .replace(/iegult\/buj\//, src)}<p id="after">Pēc</p></body></html>`;
  writeFileSync(path.join(hostDir, 'index.html'), html('iegult/buj/'));
  writeFileSync(path.join(hostDir, 'table.html'), html('en/embed/table-1-1/'));
  writeFileSync(path.join(hostDir, '404.html'), 'not found');
  host = await serveSite(hostDir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await host?.close();
  rmSync(hostDir, { recursive: true, force: true });
});

describe('embedded views', () => {
  // The FAQ shows its questions closed (about 2,000 px at 800 px wide); opening one grows the frame (below).
  for (const [file, minimum] of [
    ['', 1500],
    ['table.html', 600],
  ] as const) {
    it(`grows the iframe to its content (${file || 'FAQ'})`, async () => {
      const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
      await page.goto(`${host.url}${file}`);
      const frame = page.locator('iframe');
      await page.waitForFunction(() => (document.querySelector('iframe')?.getBoundingClientRect().height ?? 0) > 400);
      const frameHeight = await frame.evaluate((f) => f.getBoundingClientRect().height);
      const contentHeight = await (await frame.elementHandle())!
        .contentFrame()
        .then((f) => f!.evaluate(() => document.documentElement.scrollHeight));
      expect(frameHeight).toBeGreaterThan(minimum);
      expect(Math.abs(frameHeight - contentHeight)).toBeLessThanOrEqual(2);
      await page.close();
    });
  }

  it('opens a link to the full site in the host page, and keeps in-page links in the frame', async () => {
    const page = await browser.newPage();
    await page.goto(host.url);
    const frame = (await page.locator('iframe').elementHandle())!;
    const inner = (await frame.contentFrame())!;
    // The FAQ's answers open on their question: open one that cites a source, then follow the citation.
    const height = () => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
    const closed = await height();
    await inner.locator('details.question:has(a.citation) > summary').first().click();
    await page.waitForFunction((h) => document.querySelector('iframe')!.getBoundingClientRect().height > h, closed);
    await inner.locator('a.citation').first().click();
    expect(page.url()).toBe(host.url); // citation: stays in the frame
    await Promise.all([page.waitForURL(`${site.url}buj/`), inner.locator('.lead a').click()]);
    await page.close();
  });
});
