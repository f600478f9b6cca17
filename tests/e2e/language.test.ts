/**
 * The language switch keeps the page and the question: /buj/#school-goals ⇄ /en/faq/#school-goals,
 * through the header switcher (with JavaScript) and through each question's own link (also without).
 */
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useE2E } from '../support/e2e.ts';
import { requireBuiltSite } from '../../support/site.ts';

requireBuiltSite();
const e2e = useE2E();

const where = (page: Page) => {
  const url = new URL(page.url());
  return url.pathname + url.hash;
};

/**
 * The question is really there, its answer open (the FAQ's questions are <details> the browser opens for a
 * link into them) and the browser scrolled the question itself (the <summary>) into view.
 */
async function expectQuestionInView(page: Page, id: string, lang: string) {
  const state = await page.evaluate((qid) => {
    const el = document.getElementById(qid);
    const details = el?.closest('details');
    const question = details?.querySelector('summary') ?? el;
    const rect = question?.getBoundingClientRect();
    return {
      exists: !!el,
      lang: document.documentElement.lang,
      open: details ? details.open : true,
      inView: !!rect && rect.height > 0 && rect.top >= -1 && rect.bottom <= innerHeight,
    };
  }, id);
  expect(state).toEqual({ exists: true, lang, open: true, inView: true });
}

test('the header switcher on /buj/#school-goals leads to /en/faq/#school-goals and back', async () => {
  const page = await e2e().newPage();
  await page.goto(e2e().url('/buj/#school-goals'));
  await Promise.all([page.waitForURL('**/en/faq/**'), page.click('[data-lang-switch]')]);
  expect(where(page)).toBe('/en/faq/#school-goals');
  await expectQuestionInView(page, 'school-goals', 'en');

  await Promise.all([page.waitForURL((u) => u.pathname === '/buj/'), page.click('[data-lang-switch]')]);
  expect(where(page)).toBe('/buj/#school-goals');
  await expectQuestionInView(page, 'school-goals', 'lv');
  await page.context().close();
});

test('the switcher keeps a question reached by an in-page link (hash changed after load)', async () => {
  const page = await e2e().newPage();
  await page.goto(e2e().url('/en/faq/'));
  await page.evaluate(() => (location.hash = '#programme-objectives'));
  await Promise.all([page.waitForURL((u) => u.pathname === '/buj/'), page.click('[data-lang-switch]')]);
  expect(where(page)).toBe('/buj/#programme-objectives');
  await page.context().close();
});

test('the switcher on a page without a question leads to the twin page', async () => {
  const page = await e2e().newPage();
  await page.goto(e2e().url('/plans/'));
  await Promise.all([page.waitForURL('**/en/plan/'), page.click('[data-lang-switch]')]);
  expect(where(page)).toBe('/en/plan/');
  await page.context().close();
});

test('without JavaScript, each question links to the same question in the other language', async () => {
  const page = await e2e().newPage({ javaScriptEnabled: false });
  await page.goto(e2e().url('/buj/#school-goals'));
  const toEnglish = page.locator('#school-goals').locator('xpath=ancestor::details').locator('a[hreflang="en"]');
  await Promise.all([page.waitForURL('**/en/faq/**'), toEnglish.click()]);
  expect(where(page)).toBe('/en/faq/#school-goals');
  await expectQuestionInView(page, 'school-goals', 'en');

  const toLatvian = page.locator('#school-goals').locator('xpath=ancestor::details').locator('a[hreflang="lv"]');
  await Promise.all([page.waitForURL((u) => u.pathname === '/buj/'), toLatvian.click()]);
  expect(where(page)).toBe('/buj/#school-goals');
  // And the header switcher still leads to the twin page, just without the question.
  await Promise.all([page.waitForURL('**/en/faq/'), page.click('[data-lang-switch]')]);
  expect(new URL(page.url()).pathname).toBe('/en/faq/');
  await page.context().close();
});
