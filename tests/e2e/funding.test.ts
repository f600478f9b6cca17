/**
 * The EU funding acknowledgement as readers see it: the emblem at least 1 cm high (37.8 CSS px) and
 * undistorted (3:2), with its text alternative, and the funding statement beside it, not over it — on a
 * desktop screen and on a 360 px phone, on full pages and in the embeds.
 */
import { describe, expect, test } from 'vitest';
import { useE2E } from '../support/e2e.ts';

const e2e = useE2E();
const ONE_CM = 96 / 2.54;
const PAGES = [
  ['/', 'Līdzfinansē Eiropas Savienība', 'Eiropas Savienības karogs'],
  ['/en/faq/', 'Co-funded by the European Union', 'Flag of the European Union'],
  ['/iegult/buj/', 'Līdzfinansē Eiropas Savienība', 'Eiropas Savienības karogs'],
  ['/en/embed/table-1-1/', 'Co-funded by the European Union', 'Flag of the European Union'],
] as const;

describe.each([
  ['desktop', { width: 1280, height: 800 }],
  ['phone', { width: 360, height: 740 }],
])('on a %s screen', (_, viewport) => {
  test.each(PAGES)('%s shows the emblem with the statement beside it', async (pathname, statement, alt) => {
    const page = await e2e().newPage({ viewport });
    await page.goto(e2e().url(pathname));
    const notice = page.locator('.funding-notice').first();
    const emblem = await notice.locator('svg.eu-emblem').boundingBox();
    const text = await notice.locator('.funding-notice__statement span').boundingBox();
    expect(await notice.locator('svg.eu-emblem').getAttribute('aria-label')).toBe(alt);
    expect(await notice.locator('.funding-notice__statement').innerText()).toBe(statement);
    expect(await notice.locator('.funding-notice__disclaimer').innerText()).toMatch(
      /^(Līdzfinansē Eiropas Savienība|Co-funded by the European Union)\. /,
    );
    await page.context().close();
    expect(emblem!.height).toBeGreaterThanOrEqual(ONE_CM - 0.01);
    expect(emblem!.width / emblem!.height).toBeCloseTo(1.5, 2);
    // Beside: the statement starts right of the emblem and shares its line; they never overlap.
    expect(text!.x).toBeGreaterThanOrEqual(emblem!.x + emblem!.width);
    expect(text!.y).toBeLessThan(emblem!.y + emblem!.height);
    expect(text!.y + text!.height).toBeGreaterThan(emblem!.y);
  });
});
