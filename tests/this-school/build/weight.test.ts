/**
 * Weight budget (deterministic): for every built page, the gzip bytes of what it needs before any
 * interaction: its HTML, the stylesheets it links, and the JavaScript it loads up front (module scripts
 * and modulepreloads in the HTML, plus their static imports; dynamic import() — search — is not counted,
 * it loads only when search is used). Prints a table.
 *
 * Budgets, set from what the pages need (measured when written; gzip level 9):
 *  - JS before interaction: only the one small site script (~1.2 kB gzip) on every page, and no
 *    render-blocking (classic, non-deferred) script anywhere. Budget 2 kB. Embed views instead carry
 *    one inline height-reporting script (~200 B gzip, inside their HTML bytes); budget 512 B.
 *  - CSS: global.css (tokens, defaults, shared rules; ~3.1 kB gzip) and the components' scoped styles (~2.3 kB),
 *    two files, ~5.3 kB together. Budget 6 kB.
 *  - HTML: other pages 2.2–4.1 kB gzip; the FAQ (15.2 kB LV / 13.9 kB EN, about half of it the FAQPage
 *    JSON-LD) and the plan (12.5 / 11.7 kB, the whole plan text) are the largest.
 *    Budget 22 kB for the FAQ/plan in either language, 8 kB for every other page (~45 % headroom).
 *  - Total per page: 27 kB for FAQ/plan, 13 kB for the others: under 2 s on a weak 3G phone connection.
 */
import { expect, test } from 'vitest';
import { pathOf, requireBuiltSite, sitePages, SITE_DIR } from '../../../support/site.ts';
import { LOCALES } from '../../../src/lib/locales.ts';
import { staticImports, weigh } from '../../../support/weight.ts';
import { checkContent } from '../../../src/content/check.ts';
import { siteAddress } from '../../../src/integrations/site/address.ts';

requireBuiltSite();
const pages = sitePages();
const base = siteAddress(checkContent().model.site).base;

// The FAQ (also its embeddable view) and the plan carry the whole plan text.
const BIG_PAGES = new Set((['faq', 'plan', 'embedFaq'] as const).flatMap((page) => LOCALES.map((locale) => pathOf(page, locale))));
const KB = 1024;
const budget = (p: string) => ({
  html: BIG_PAGES.has(p) ? 22 * KB : 8 * KB,
  css: 6 * KB,
  js: 2 * KB,
  total: BIG_PAGES.has(p) ? 27 * KB : 13 * KB,
});

const weights = pages.map((p) => weigh(SITE_DIR, p, base));

test('weight table', () => {
  const kb = (n: number) => (n / KB).toFixed(1).padStart(6);
  const rows = weights.map(
    (w) => `${w.page.padEnd(24)}${kb(w.html)}${kb(w.css)}${kb(w.js)}${kb(w.html + w.css + w.js)}   ${w.jsFiles.join(', ')}`,
  );
  console.log(`page (gzip kB)            html   css    js  total   scripts before interaction\n${rows.join('\n')}`);
  expect(weights.length).toBe(pages.length);
});

test.each(weights.map((w) => [w.page, w] as const))('%s is within its weight budget', (pathname, w) => {
  const b = budget(pathname);
  expect(w.blocking, 'render-blocking scripts').toBe(0);
  expect(w.jsFiles.length, `scripts before interaction: ${w.jsFiles.join(', ')}`).toBeLessThanOrEqual(1);
  expect(w.inlineJs, 'inline script bytes (gzip)').toBeLessThanOrEqual(512);
  expect(w.js).toBeLessThanOrEqual(b.js);
  expect(w.css).toBeLessThanOrEqual(b.css);
  expect(w.html).toBeLessThanOrEqual(b.html);
  expect(w.html + w.css + w.js).toBeLessThanOrEqual(b.total);
});

test('search code is not loaded before interaction', () => {
  for (const w of weights)
    expect(
      w.jsFiles.filter((f) => /search-ui|pagefind/.test(f)),
      w.page,
    ).toEqual([]);
});

test('static imports are followed, dynamic import() is not (it can fail)', () => {
  expect(staticImports(`import{a as b}from"./chunk.js";import "./side.js";export{x}from'./re.js';const l=()=>import("./lazy.js")`)).toEqual(
    ['./chunk.js', './side.js', './re.js'],
  );
});
