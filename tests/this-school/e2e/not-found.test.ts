/**
 * A mistyped address gets the 404 in the language of the address: the host serves one 404 page for every
 * unknown path, and at an English one (/en/…) English comes first, its heading the page's h1 and the tab's
 * title English; elsewhere Latvian first. Both languages stay on the page.
 */
import { expect, test } from 'vitest';
import { useE2E } from '../../support/e2e.ts';
import { requireBuiltSite } from '../../../support/site.ts';

requireBuiltSite();
const e2e = useE2E();

async function shown(pathname: string) {
  const page = await e2e().newPage();
  const response = await page.goto(e2e().url(pathname));
  expect(response?.status()).toBe(404);
  await page.waitForFunction(() => document.readyState === 'complete');
  // The script is a module loaded after the page: wait for what it does, or give it a moment where it does nothing.
  await page
    .waitForFunction(
      () => document.querySelector('main h1')?.closest('section')?.lang === (location.pathname.startsWith('/en/') ? 'en' : 'lv'),
      undefined,
      { timeout: 5000 },
    )
    .catch(() => {});
  const result = await page.evaluate(() => ({
    first: document.querySelector('[data-not-found] section')?.getAttribute('lang'),
    h1: [...document.querySelectorAll('main h1')].map((h) => h.textContent!.trim()),
    sections: [...document.querySelectorAll('[data-not-found] section')].length,
    title: document.title,
  }));
  await page.context().close();
  return result;
}

test('an English address that does not exist: English first', async () => {
  const page = await shown('/en/xyz/');
  expect(page).toMatchObject({ first: 'en', h1: ['Page not found'], sections: 2 });
  expect(page.title).toMatch(/^Page not found · /);
});

test('a Latvian address that does not exist: Latvian first', async () => {
  const page = await shown('/xyz/');
  expect(page).toMatchObject({ first: 'lv', h1: ['Lapa nav atrasta'], sections: 2 });
  expect(page.title).toMatch(/^Lapa nav atrasta · /);
});
