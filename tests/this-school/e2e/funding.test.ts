/**
 * The EU funding acknowledgement as readers see it: the emblem at least 1 cm high (37.8 CSS px) and
 * undistorted (3:2), with its text alternative, and the funding statement beside it, not over it — on a
 * desktop screen and on a 360 px phone, on full pages and in the embeds.
 */
import { describe, expect, test } from 'vitest';
import { useE2E } from '../../support/e2e.ts';
import { pathOf } from '../../../support/site.ts';
import { checkContent } from '../../../src/content/check.ts';
import { currentEdition } from '../../../src/lib/content/model.ts';
import { useTranslations } from '../../../src/lib/i18n.ts';
import type { PageKey } from '../../../src/lib/urls.ts';
import type { Locale } from '../../../src/lib/locales.ts';

const e2e = useE2E();
const ONE_CM = 96 / 2.54;
// The wording is the edition's (edition.json, funding) and the emblem's text alternative a UI string.
const funding = currentEdition(checkContent().model).meta.funding;
const PAGES = (
  [
    ['home', 'lv'],
    ['faq', 'en'],
    ['embedFaq', 'lv'],
    ['embedTable', 'en'],
  ] as const satisfies readonly (readonly [PageKey, Locale])[]
).map(([page, locale]) => ({ pathname: pathOf(page, locale), locale }));

describe.each([
  ['desktop', { width: 1280, height: 800 }],
  ['phone', { width: 360, height: 740 }],
])('on a %s screen', (_, viewport) => {
  test.each(PAGES)('$pathname shows the emblem with the statement beside it', async ({ pathname, locale }) => {
    const page = await e2e().newPage({ viewport });
    await page.goto(e2e().url(pathname));
    const notice = page.locator('.funding-notice').first();
    const emblem = await notice.locator('svg.eu-emblem').boundingBox();
    const text = await notice.locator('.funding-notice__statement span').boundingBox();
    expect(await notice.locator('svg.eu-emblem').getAttribute('aria-label')).toBe(useTranslations(locale)('funding.emblemAlt'));
    expect(await notice.locator('.funding-notice__statement').innerText()).toBe(funding.statement[locale]);
    expect((await notice.locator('.funding-notice__disclaimer').innerText()).startsWith(funding.disclaimer[locale])).toBe(true);
    await page.context().close();
    expect(emblem!.height).toBeGreaterThanOrEqual(ONE_CM - 0.01);
    expect(emblem!.width / emblem!.height).toBeCloseTo(1.5, 2);
    // Beside: the statement starts right of the emblem and shares its line; they never overlap.
    expect(text!.x).toBeGreaterThanOrEqual(emblem!.x + emblem!.width);
    expect(text!.y).toBeLessThan(emblem!.y + emblem!.height);
    expect(text!.y + text!.height).toBeGreaterThan(emblem!.y);
  });
});
