/**
 * Table 1.1's caption on a 360 px phone: the table is wider than the screen and scrolls in its own area;
 * its caption must still be read in full, from the start and when the table is scrolled to its end.
 */
import { expect, test } from 'vitest';
import { useE2E } from '../support/e2e.ts';
import { requireBuiltSite, pathOf } from '../../support/site.ts';
import { LOCALES } from '../../src/lib/locales.ts';

requireBuiltSite();
const e2e = useE2E();

test.each(LOCALES.map((locale) => pathOf('table', locale)))(
  "the caption of %s fits in the table's scroll area at 360 px",
  async (pathname) => {
    const page = await e2e().newPage({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await page.goto(e2e().url(pathname));
    const measure = () =>
      page.evaluate(() => {
        const wrap = document.querySelector('.table-wrap')!;
        const area = wrap.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(document.querySelector('.participants caption')!);
        const lines = [...range.getClientRects()].filter((r) => r.width > 0);
        return {
          wider: wrap.scrollWidth > wrap.clientWidth,
          left: Math.min(...lines.map((r) => r.left)) - area.left,
          right: area.right - Math.max(...lines.map((r) => r.right)),
        };
      });
    const start = await measure();
    expect(start.wider, 'the table should be wider than a phone (else this test checks nothing)').toBe(true);
    expect(start.left).toBeGreaterThanOrEqual(0);
    expect(start.right).toBeGreaterThanOrEqual(0);
    await page.evaluate(() => document.querySelector('.table-wrap')!.scrollTo({ left: 10_000 }));
    const end = await measure();
    expect(end.left).toBeGreaterThanOrEqual(0);
    expect(end.right).toBeGreaterThanOrEqual(0);
    await page.context().close();
  },
);
