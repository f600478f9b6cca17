/**
 * Leaving search and coming back, in headless Chromium on the built site: a click outside the dialog closes
 * it; Back from a result opened in the dialog brings the dialog again with the query, and Back from a result
 * of the search page the page with its ?q=; an answer found through an everyday word opens with the plan's
 * own word marked. The queries are the content's own (content/checks/search-ui.json).
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useE2E } from '../../support/e2e.ts';
import { noSearchUiCheck, searchUiChecks } from '../../support/content-checks.ts';
import { requireBuiltSite } from '../../../support/site.ts';
import { localizedUrl } from '../../../src/lib/urls.ts';

requireBuiltSite();
const e2e = useE2E();
const checks = searchUiChecks();
const field = 'dialog input[type="search"]';

async function search(page: Page, query: string): Promise<void> {
  await page.keyboard.press('Control+k');
  await page.locator(field).fill(query);
  await page.locator('dialog .search-result a').first().waitFor({ state: 'visible', timeout: 15_000 });
}

describe('leaving search and coming back', () => {
  test('a click outside the dialog closes it; a click inside does not', async () => {
    const page = await e2e().visit('/');
    await page.keyboard.press('Control+k');
    await page.locator(field).waitFor({ state: 'visible' });
    await page.locator(field).click();
    expect(await page.locator('dialog[data-search-dialog]').evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    await page.mouse.click(5, 795);
    await expect.poll(() => page.locator('dialog[data-search-dialog]').evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
  });

  test('Back from a result opened in the dialog opens the dialog again with the query and its results', async ({ skip }) => {
    const query = checks.answered?.lv;
    if (!query) return skip(noSearchUiCheck('answered.lv'));
    const page = await e2e().visit('/');
    await search(page, query);
    await page.locator('dialog .search-result a').first().click();
    await page.waitForURL(/[?&]h=/);
    await page.goBack();
    await page.locator('dialog[data-search-dialog] .search-result a').first().waitFor({ state: 'visible', timeout: 15_000 });
    expect(await page.inputValue(field)).toBe(query);
  });

  test('Back from a result of the search page finds the page with its query', async ({ skip }) => {
    const query = checks.answered?.lv;
    if (!query) return skip(noSearchUiCheck('answered.lv'));
    const page = await e2e().visit(localizedUrl('search', 'lv', { base: '/' }));
    await page.locator('main input[type="search"]').fill(query);
    await page.locator('main .search-result a').first().waitFor({ state: 'visible', timeout: 15_000 });
    await page.locator('main .search-result a').first().click();
    await page.waitForURL(/[?&]h=/);
    await page.goBack();
    expect(new URL(page.url()).searchParams.get('q')).toBe(query);
    await page.locator('main .search-result a').first().waitFor({ state: 'visible', timeout: 15_000 });
    expect(await page.inputValue('main input[type="search"]')).toBe(query);
  });

  test.for(['lv', 'en'] as const)(
    "%s: an answer found through an everyday word opens with the plan's word marked",
    async (locale, { skip }) => {
      const synonym = checks.synonymMarked?.[locale];
      if (!synonym) return skip(noSearchUiCheck(`synonymMarked.${locale}`));
      const page = await e2e().visit(localizedUrl('home', locale, { base: '/' }));
      await search(page, synonym.q);
      await page.locator('dialog .search-result a').first().click();
      await page.waitForURL(/[?&]h=/);
      await page.locator('mark.search-highlight').first().waitFor({ timeout: 10_000 });
      const marks = await page.locator('mark.search-highlight').allInnerTexts();
      expect(
        marks.some((m) => m.toLocaleLowerCase(locale).startsWith(synonym.mark)),
        marks.join(', '),
      ).toBe(true);
    },
  );
});
