/**
 * npm run shots: screenshots of the built site to look at before a change is called done. Every HTML page
 * in dist/ at 360 and 1280 px, light and dark (prefers-color-scheme), each language's home page with the
 * search dialog open, and the printed plan page by page (Chromium's PDF, drawn by poppler's pdftoppm).
 * Builds nothing: run `npm run build` first. Writes to shots/ (SHOTS_DIR overrides), replacing what was
 * there. Chromium is Debian's /usr/bin/chromium unless CHROMIUM_PATH says otherwise.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { serveSite } from '../support/server.ts';
import { SITE_DIR, sitePages } from '../support/site.ts';

const started = performance.now();
if (!existsSync(path.join(SITE_DIR, 'index.html'))) {
  console.error(`npm run shots: no built site in ${SITE_DIR}. It builds nothing itself: run "npm run build" first.`);
  process.exit(1);
}
const out = path.resolve(process.env.SHOTS_DIR ?? 'shots');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const WIDTHS = [360, 1280] as const;
const THEMES = ['light', 'dark'] as const;
const SEARCH = [
  ['/', 'mobilitāte'],
  ['/en/', 'mobility'],
] as const;
const PRINT = [
  ['lv', '/plans/'],
  ['en', '/en/plan/'],
] as const;

/** "/en/faq/" → "en-faq", "/" → "index", "/404.html" → "404". */
const slug = (pathname: string) =>
  pathname
    .replace(/\.html$/, '')
    .replace(/^\/|\/$/g, '')
    .replace(/\//g, '-') || 'index';

const site = await serveSite(SITE_DIR, '/');
const browser = await launchBrowser();
const files: string[] = [];
const problems: string[] = [];

/** One browser page per width and theme, reused from page to page (a new context per shot costs more than the shot). */
async function shootAll(b: Browser, width: number, colorScheme: 'light' | 'dark', pathnames: string[]): Promise<void> {
  const context = await b.newContext({ viewport: { width, height: width < 600 ? 740 : 800 }, colorScheme, deviceScaleFactor: 1 });
  const page = await context.newPage();
  for (const pathname of pathnames) {
    try {
      await page.goto(new URL(pathname.slice(1), site.url).href);
      const file = path.join(out, `${slug(pathname)}--${width}-${colorScheme}.png`);
      await page.screenshot({ path: file, fullPage: true });
      files.push(file);
    } catch (error) {
      problems.push(`${pathname} at ${width} px, ${colorScheme}: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  for (const [pathname, query] of SEARCH) {
    await page.goto(new URL(pathname.slice(1), site.url).href);
    await page.click('[data-search-open]');
    const dialog = page.locator('dialog[data-search-dialog]');
    await dialog.locator('input[type="search"]').fill(query);
    await dialog
      .locator('.search-result a')
      .first()
      .waitFor({ timeout: 10_000 })
      .catch(() => problems.push(`${pathname}: no search results shown for "${query}" within 10 s`));
    const file = path.join(out, `${slug(pathname)}--${width}-${colorScheme}--search.png`);
    // The open dialog is what matters here: the screen as the reader sees it.
    await page.screenshot({ path: file });
    files.push(file);
  }
  await context.close();
}

async function printed(b: Browser, locale: string, pathname: string): Promise<void> {
  const page = await b.newPage();
  await page.goto(new URL(pathname.slice(1), site.url).href);
  const pdf = path.join(out, `print-${locale}.pdf`);
  // As a reader's browser prints it: the page size and margins come from the site's @page rule.
  writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: false }));
  await page.close();
  const prefix = path.join(out, `print-${locale}`);
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, prefix]);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
  for (let i = 1; i <= pages; i++) files.push(`${prefix}-${String(i).padStart(String(pages).length, '0')}.png`);
}

const pages = sitePages();
const jobs: (() => Promise<void>)[] = [
  ...PRINT.map(
    ([l, p]) =>
      () =>
        printed(browser, l, p),
  ),
  ...WIDTHS.flatMap((w) => THEMES.map((t) => () => shootAll(browser, w, t, pages))),
];
// Each job in its own browser page, all at once: Chromium renders them side by side.
await Promise.all(jobs.map((job) => job().catch((error: Error) => problems.push(error.message.split('\n')[0]!))));
await browser.close();
await site.close();

for (const problem of problems) console.warn(`warning: ${problem}`);
console.log(
  `${files.length} screenshots in ${out} (${((performance.now() - started) / 1000).toFixed(1)} s). Look at them before calling a change done.`,
);
process.exit(problems.length > 0 ? 1 : 0);
