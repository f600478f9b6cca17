/**
 * The embeddable views in an <iframe> on another origin (as on the school's website), with the host-page
 * snippet from docs/publishing.md: the frame grows to its content's height, and links to other pages open in the
 * host page. The host page starts the frame lower than any plan's content (the snippet's 1200 px would already
 * hold a short plan), so that growing is seen whatever the content.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../../support/browser.ts';
import { serveSite, type StaticSite } from '../../../support/server.ts';
import { pathOf, requireBuiltSite } from '../../../support/site.ts';

/** The two embedded views the host pages frame, relative to the site's root ("iegult/buj/"). */
const FAQ_VIEW = pathOf('embedFaq', 'lv').slice(1);
const TABLE_VIEW = pathOf('embedTable', 'en').slice(1);

let site: StaticSite;
let host: StaticSite;
let hostDir: string;
let browser: Browser;
/** The frame's height before its content reports its own (the snippet's height:1200px, lowered). */
const INITIAL = 200;

/** The host-page snippet, taken from docs/publishing.md so the documented code is the tested code. */
function snippet(): string {
  const doc = readFileSync('docs/publishing.md', 'utf8');
  const code = /<!-- embed-snippet -->\s*```html\n([\s\S]*?)```/.exec(doc)?.[1];
  if (!code) throw new Error('docs/publishing.md has no embed snippet (```html after <!-- embed-snippet -->)');
  if (!/height:\d+px/.test(code)) throw new Error("docs/publishing.md's embed snippet sets no height:…px on the iframe");
  return code.replace(/height:\d+px/, `height:${INITIAL}px`);
}

beforeAll(async () => {
  site = await serveSite(requireBuiltSite());
  hostDir = mkdtempSync(path.join(tmpdir(), 'erasmus-host-'));
  const html = (src: string) =>
    `<!doctype html><html lang="lv"><head><meta charset="utf-8"><title>Skolas lapa</title></head><body><h1>Skolas lapa</h1>${snippet()
      .replaceAll('https://www.example.lv/erasmus/', `${site.url}`)
      .replaceAll('https://www.example.lv', site.origin)
      .replace(FAQ_VIEW, src)}<p id="after">Pēc</p></body></html>`;
  writeFileSync(path.join(hostDir, 'index.html'), html(FAQ_VIEW));
  writeFileSync(path.join(hostDir, 'table.html'), html(TABLE_VIEW));
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

/** The height of an embedded view's content at a width, measured on the view alone in a window lower than it. */
async function naturalHeight(pathname: string, width: number): Promise<number> {
  const page = await browser.newPage({ viewport: { width, height: 100 } });
  await page.goto(`${site.url}${pathname}`);
  await page.evaluate(() => document.fonts.ready);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.close();
  return height;
}

/** The frame's height on the host page. */
const frameHeight = (page: Page) => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);

describe('embedded views', () => {
  // The FAQ shows its questions closed; opening one grows the frame (below).
  for (const [file, view] of [
    ['', FAQ_VIEW],
    ['table.html', TABLE_VIEW],
  ] as const) {
    it(`grows the iframe to its content (${file || 'FAQ'})`, async () => {
      const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
      await page.goto(`${host.url}${file}`);
      const content = await naturalHeight(view, await page.locator('iframe').evaluate((f) => f.clientWidth));
      expect(content, 'the content is higher than the frame starts').toBeGreaterThan(INITIAL + 100);
      await expect.poll(async () => Math.abs((await frameHeight(page)) - content), { timeout: 10_000 }).toBeLessThanOrEqual(2);
      await page.close();
    });
  }

  it('opens a link to the full site in the host page, and keeps in-page links in the frame', async () => {
    const page = await browser.newPage();
    await page.goto(host.url);
    const frame = (await page.locator('iframe').elementHandle())!;
    const inner = (await frame.contentFrame())!;
    // The FAQ's answers open on their question: open one that cites a source, then follow the citation.
    const content = await naturalHeight(FAQ_VIEW, await page.locator('iframe').evaluate((f) => f.clientWidth));
    await expect.poll(async () => Math.abs((await frameHeight(page)) - content), { timeout: 10_000 }).toBeLessThanOrEqual(2);
    const closed = await frameHeight(page);
    await inner.locator('details.question:has(a.citation) > summary').first().click();
    await page.waitForFunction((h) => document.querySelector('iframe')!.getBoundingClientRect().height > h, closed);
    await inner.locator('a.citation').first().click();
    expect(page.url()).toBe(host.url); // citation: stays in the frame
    await Promise.all([page.waitForURL(`${site.url}${pathOf('faq', 'lv').slice(1)}`), inner.locator('.lead a').click()]);
    await page.close();
  });
});
