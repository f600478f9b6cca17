/**
 * axe-core with the WCAG 2.0/2.1 A and AA rules on every built page, in the light and the dark theme,
 * and on the search dialog open with results in both languages: zero violations.
 */
import { describe, expect, test } from 'vitest';
import { formatViolations, runAxe, searchInDialog, SEARCH_QUERY, useE2E } from '../support/e2e.ts';
import { requireBuiltSite, sitePages } from '../../support/site.ts';

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

for (const colorScheme of ['light', 'dark'] as const) {
  describe(`axe, ${colorScheme} theme`, () => {
    test.each(pages)('%s has no WCAG A/AA violations', async (pathname) => {
      const page = await e2e().newPage({ colorScheme });
      const response = await page.goto(e2e().url(pathname));
      expect(response?.ok(), `${pathname} did not load`).toBe(true);
      const violations = await runAxe(page);
      await page.context().close();
      expect(violations, formatViolations(`${pathname} (${colorScheme})`, violations)).toEqual([]);
    });

    test.each([
      ['/', SEARCH_QUERY.lv],
      ['/en/', SEARCH_QUERY.en],
    ])('search dialog open with results on %s has no violations', async (pathname, query) => {
      const page = await e2e().newPage({ colorScheme });
      await page.goto(e2e().url(pathname));
      expect(await searchInDialog(page, query)).toBeGreaterThan(0);
      const violations = await runAxe(page);
      await page.context().close();
      expect(violations, formatViolations(`${pathname} search dialog (${colorScheme})`, violations)).toEqual([]);
    });
  });
}
