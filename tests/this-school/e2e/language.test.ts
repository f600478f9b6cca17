/**
 * The language switch keeps the page and the question: the FAQ's /buj/#<id> ⇄ /en/faq/#<id>,
 * through the header switcher (with JavaScript) and through each question's own link (also without).
 */
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useE2E } from '../../support/e2e.ts';
import { requireBuiltSite, pathOf } from '../../../support/site.ts';
import { checkContent } from '../../../src/content/check.ts';
import { currentEdition } from '../../../src/lib/content/model.ts';

requireBuiltSite();
const e2e = useE2E();
// Questions of the content the site was built from: the last one (far down the page) and the first.
const questions = currentEdition(checkContent().model).questions.lv;
const deep = questions.at(-1)!.id;
const first = questions[0]!.id;

const FAQ = { lv: pathOf('faq', 'lv'), en: pathOf('faq', 'en') };
const PLAN = { lv: pathOf('plan', 'lv'), en: pathOf('plan', 'en') };

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

test('the header switcher on the FAQ at a question leads to the English FAQ at that question and back', async () => {
  const page = await e2e().newPage();
  await page.goto(e2e().url(`${FAQ.lv}#${deep}`));
  await Promise.all([page.waitForURL((u) => u.pathname === FAQ.en), page.click('[data-lang-switch]')]);
  expect(where(page)).toBe(`${FAQ.en}#${deep}`);
  await expectQuestionInView(page, deep, 'en');

  await Promise.all([page.waitForURL((u) => u.pathname === FAQ.lv), page.click('[data-lang-switch]')]);
  expect(where(page)).toBe(`${FAQ.lv}#${deep}`);
  await expectQuestionInView(page, deep, 'lv');
  await page.context().close();
});

test('the switcher keeps a question reached by an in-page link (hash changed after load)', async () => {
  const page = await e2e().newPage();
  await page.goto(e2e().url(FAQ.en));
  await page.evaluate((id) => (location.hash = `#${id}`), first);
  await Promise.all([page.waitForURL((u) => u.pathname === FAQ.lv), page.click('[data-lang-switch]')]);
  expect(where(page)).toBe(`${FAQ.lv}#${first}`);
  await page.context().close();
});

test('the switcher on a page without a question leads to the twin page', async () => {
  const page = await e2e().newPage();
  await page.goto(e2e().url(PLAN.lv));
  await Promise.all([page.waitForURL((u) => u.pathname === PLAN.en), page.click('[data-lang-switch]')]);
  expect(where(page)).toBe(PLAN.en);
  await page.context().close();
});

test('without JavaScript, each question links to the same question in the other language', async () => {
  const page = await e2e().newPage({ javaScriptEnabled: false });
  await page.goto(e2e().url(`${FAQ.lv}#${deep}`));
  const toEnglish = page.locator(`#${deep}`).locator('xpath=ancestor::details').locator('a[hreflang="en"]');
  await Promise.all([page.waitForURL((u) => u.pathname === FAQ.en), toEnglish.click()]);
  expect(where(page)).toBe(`${FAQ.en}#${deep}`);
  await expectQuestionInView(page, deep, 'en');

  const toLatvian = page.locator(`#${deep}`).locator('xpath=ancestor::details').locator('a[hreflang="lv"]');
  await Promise.all([page.waitForURL((u) => u.pathname === FAQ.lv), toLatvian.click()]);
  expect(where(page)).toBe(`${FAQ.lv}#${deep}`);
  // And the header switcher still leads to the twin page, just without the question.
  await Promise.all([page.waitForURL((u) => u.pathname === FAQ.en && !u.hash), page.click('[data-lang-switch]')]);
  expect(new URL(page.url()).pathname).toBe(FAQ.en);
  await page.context().close();
});
