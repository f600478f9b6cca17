/**
 * On a 360×740 phone nothing scrolls sideways: the document is never wider than the viewport. Only the
 * table's own scroll area (.table-wrap) may be wider inside, and then it must scroll (overflow-x auto).
 */
import { expect, test } from 'vitest';
import { useE2E } from '../../support/e2e.ts';
import { requireBuiltSite, sitePages } from '../../../support/site.ts';

requireBuiltSite();
const pages = sitePages();
const WIDTH = 360;
const e2e = useE2E();

test.each(pages)(`%s fits ${WIDTH} px wide`, async (pathname) => {
  const page = await e2e().visit(pathname, { viewport: { width: WIDTH, height: 740 }, mobile: true });
  const result = await page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    // Elements poking out of the viewport, outside any table scroll area (for a useful message).
    const outside = [...document.body.querySelectorAll<HTMLElement>('*')]
      .filter((el) => !el.closest('.table-wrap') && el.checkVisibility() && el.getBoundingClientRect().right > vw + 0.5)
      .filter((el) => getComputedStyle(el).position !== 'absolute' || el.getBoundingClientRect().width > 1)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} right=${Math.round(el.getBoundingClientRect().right)}`);
    const wraps = [...document.querySelectorAll<HTMLElement>('.table-wrap')].map((w) => ({
      fits: w.getBoundingClientRect().right <= vw + 0.5,
      scrolls: w.scrollWidth <= w.clientWidth || ['auto', 'scroll'].includes(getComputedStyle(w).overflowX),
    }));
    return { scrollWidth: document.documentElement.scrollWidth, bodyScrollWidth: document.body.scrollWidth, outside, wraps };
  });
  expect(result.scrollWidth, `${pathname} scrolls sideways: ${result.outside.join('; ')}`).toBeLessThanOrEqual(WIDTH);
  expect(result.bodyScrollWidth).toBeLessThanOrEqual(WIDTH);
  for (const wrap of result.wraps) expect(wrap).toEqual({ fits: true, scrolls: true });
});

test('the check sees sideways scrolling (it can fail)', async () => {
  const page = await e2e().newPage({ viewport: { width: WIDTH, height: 740 } });
  await page.goto(e2e().url('/'));
  await page.evaluate(() => {
    const wide = document.createElement('div');
    wide.style.width = '500px';
    wide.style.height = '1px';
    document.querySelector('main')!.append(wide);
  });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeGreaterThan(WIDTH);
  await page.context().close();
});
