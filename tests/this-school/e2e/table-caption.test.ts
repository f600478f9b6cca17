/**
 * Table 1.1 on a 360 px phone: no column is cut. The table stacks row by row inside its area (nothing to
 * scroll sideways), each figure shown with its column's name, the caption read in full; and it is still a
 * table to assistive technology (rows, row headers and cells).
 */
import { expect, test } from 'vitest';
import { useE2E } from '../../support/e2e.ts';
import { requireBuiltSite, pathOf } from '../../../support/site.ts';
import { LOCALES } from '../../../src/lib/locales.ts';

requireBuiltSite();
const e2e = useE2E();

test.each(LOCALES.map((locale) => pathOf('table', locale)))(
  '%s at 360 px: every column in view, each figure with its column',
  async (pathname) => {
    const page = await e2e().newPage({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await page.goto(e2e().url(pathname));
    const measure = await page.evaluate(() => {
      const wrap = document.querySelector('.table-wrap')!;
      const area = wrap.getBoundingClientRect();
      const cells = [...document.querySelectorAll<HTMLElement>('.participants td, .participants tbody th, .participants caption')];
      const headers = [...document.querySelectorAll('.participants thead th')].map((th) => th.textContent!.trim());
      return {
        scrolls: wrap.scrollWidth > wrap.clientWidth,
        outside: cells.filter((c) => c.getBoundingClientRect().right > area.right + 0.5 || c.getBoundingClientRect().left < area.left - 0.5)
          .length,
        // What each figure's line shows before it: its column's header.
        shown: [...document.querySelectorAll<HTMLElement>('.participants td')].map((td) => getComputedStyle(td, '::before').content),
        headers,
      };
    });
    expect(measure.scrolls).toBe(false);
    expect(measure.outside).toBe(0);
    const columns = measure.headers.slice(1);
    expect(measure.shown.length).toBeGreaterThan(0);
    for (const [i, content] of measure.shown.entries()) expect(content).toContain(columns[i % columns.length]);
    const tree = await page.locator('.participants').ariaSnapshot();
    expect(tree).toMatch(/^- table/);
    expect(tree).toMatch(/- rowheader/);
    expect(tree).toMatch(/- cell/);
    await page.context().close();
  },
);

test('the check sees a table cut at 360 px (it can fail)', async () => {
  const page = await e2e().newPage({ viewport: { width: 360, height: 740 }, isMobile: true });
  await page.goto(e2e().url(pathOf('table', 'lv')));
  const cut = await page.evaluate(() => {
    // The table as it was: a wide table with all its columns side by side.
    const table = document.querySelector<HTMLElement>('.participants')!;
    table.style.setProperty('display', 'table', 'important');
    table.style.setProperty('min-width', '40rem', 'important');
    for (const el of table.querySelectorAll<HTMLElement>('tbody, tfoot')) el.style.setProperty('display', 'table-row-group', 'important');
    for (const el of table.querySelectorAll<HTMLElement>('tr')) el.style.setProperty('display', 'table-row', 'important');
    for (const el of table.querySelectorAll<HTMLElement>('th, td')) el.style.setProperty('display', 'table-cell', 'important');
    const wrap = document.querySelector('.table-wrap')!;
    return wrap.scrollWidth > wrap.clientWidth;
  });
  expect(cut).toBe(true);
  await page.context().close();
});
