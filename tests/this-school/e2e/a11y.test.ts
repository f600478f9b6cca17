/**
 * axe-core with the WCAG 2.0/2.1 A and AA rules on every built page, in the light and the dark theme,
 * and on the search dialog open with results in both languages: zero violations.
 */
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { formatViolations, runAxe, searchInDialog, useE2E } from '../../support/e2e.ts';
import { SEARCH_QUERY } from '../../support/content-checks.ts';
import { requireBuiltSite, sitePages } from '../../../support/site.ts';

requireBuiltSite();
const pages = sitePages();
const e2e = useE2E();

test('the site has pages in both languages to check', () => {
  expect(pages.length).toBeGreaterThanOrEqual(16);
  expect(pages.some((p) => p.startsWith('/en/'))).toBe(true);
});

test('the check itself finds a planted violation (it can fail)', async () => {
  const page = await e2e().newPage();
  await page.goto(e2e().url('/'));
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    document.querySelector('main')!.append(img);
    const faint = document.createElement('p');
    faint.textContent = 'faint text';
    faint.style.color = '#ddd';
    document.querySelector('main')!.append(faint);
  });
  const ids = (await runAxe(page)).map((v) => v.id);
  await page.context().close();
  expect(ids).toEqual(expect.arrayContaining(['image-alt', 'color-contrast']));
});

const THEMES = ['light', 'dark'] as const;

/** Runs axe in each theme on the page as it is (one load: the colour scheme is switched in place). */
async function axeInBothThemes(page: Page, where: string): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of THEMES) {
    await page.emulateMedia({ colorScheme });
    const violations = await runAxe(page);
    if (violations.length > 0) found.push(formatViolations(`${where} (${colorScheme})`, violations));
  }
  return found;
}

test.each(pages)('%s has no WCAG A/AA violations in the light and the dark theme', async (pathname) => {
  const page = await e2e().visit(pathname);
  expect(await axeInBothThemes(page, pathname)).toEqual([]);
});

test.each([
  ['/', SEARCH_QUERY.lv],
  ['/en/', SEARCH_QUERY.en],
])('search dialog open with results on %s has no violations in either theme', async (pathname, query) => {
  const page = await e2e().visit(pathname);
  expect(await searchInDialog(page, query)).toBeGreaterThan(0);
  expect(await axeInBothThemes(page, `${pathname} search dialog`)).toEqual([]);
});
