/**
 * Keyboard use beyond the Tab walk (which tests/this-school/e2e/focus.test.ts does on every page): the skip link moves
 * focus into <main>; Ctrl/Cmd+K opens search, focus stays in the dialog and goes back to the opener on
 * Escape; no single-character key does anything (WCAG 2.1.1, 2.1.4, 2.4.1).
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useE2E } from '../../support/e2e.ts';
import { SEARCH_QUERY } from '../../support/content-checks.ts';
import { requireBuiltSite, pathOf } from '../../../support/site.ts';

requireBuiltSite();
const e2e = useE2E();

test.each([pathOf('home', 'lv'), pathOf('faq', 'en')])('%s: the skip link moves focus to main', async (pathname) => {
  const page = await e2e().newPage();
  await page.goto(e2e().url(pathname));
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  // The next Tab continues inside main, not back in the header.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
  await page.context().close();
});

describe('search dialog', () => {
  const dialogOpen = (page: Page) => page.evaluate(() => document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]')!.open);

  test.each([
    [pathOf('home', 'lv'), 'Control+k', SEARCH_QUERY.lv],
    [pathOf('faq', 'en'), 'Meta+k', SEARCH_QUERY.en],
  ])('%s: %s opens it, Tab stays inside, Escape closes and returns focus', async (pathname, shortcut, query) => {
    const page = await e2e().newPage();
    await page.goto(e2e().url(pathname));
    // Put focus on some control first: it must get focus back.
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    await page.evaluate(() => document.activeElement!.setAttribute('data-opener', ''));
    expect(await dialogOpen(page)).toBe(false);

    await page.keyboard.press(shortcut);
    expect(await dialogOpen(page)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.matches('dialog input[type="search"]'))).toBe(true);
    await page.keyboard.type(query);
    await page.locator('dialog .search-result a').first().waitFor({ timeout: 15_000 });

    // A modal <dialog> makes the page inert: Tab cycles through the dialog and, between rounds, the
    // browser's own controls (document loses focus), never to the page behind it.
    const inDialog = new Set<string>();
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => {
        const el = document.activeElement!;
        if (!document.hasFocus()) return 'browser';
        return el.closest('dialog[data-search-dialog]')
          ? `dialog:${el.tagName}:${el.textContent?.slice(0, 20)}`
          : `OUTSIDE:${el.outerHTML.slice(0, 80)}`;
      });
      expect(where).not.toMatch(/^OUTSIDE/);
      if (where !== 'browser') inDialog.add(where);
    }
    expect(inDialog.size, 'Tab visits the close button, input, submit and results').toBeGreaterThanOrEqual(4);

    // Escape from a result link closes at once (in the filled search field the browser's first Escape
    // clears the field, the second closes; checked below).
    for (let i = 0; i < 20 && !(await page.evaluate(() => document.activeElement?.matches('.search-result a'))); i++)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    expect(await dialogOpen(page)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-opener'))).toBe(true);
    await page.context().close();
  });

  test('Escape in the filled search field clears it, then closes the dialog', async () => {
    const page = await e2e().newPage();
    await page.goto(e2e().url(pathOf('home', 'lv')));
    await page.keyboard.press('Control+k');
    await page.keyboard.type(SEARCH_QUERY.lv);
    await page.keyboard.press('Escape');
    if (await dialogOpen(page)) {
      expect(await page.inputValue('dialog input[type="search"]')).toBe('');
      await page.keyboard.press('Escape');
    }
    expect(await dialogOpen(page)).toBe(false);
    await page.context().close();
  });

  test('the header search control opens it by keyboard and the close button returns focus to it', async () => {
    const page = await e2e().newPage();
    await page.goto(e2e().url(pathOf('plan', 'lv')));
    await page.focus('[data-search-open]');
    await page.keyboard.press('Enter');
    expect(await dialogOpen(page)).toBe(true);
    await page.keyboard.press('Shift+Tab'); // from the input back to the close button
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-close'))).toBe(true);
    await page.keyboard.press('Enter');
    expect(await dialogOpen(page)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-open'))).toBe(true);
    await page.context().close();
  });

  test.each([pathOf('home', 'lv'), pathOf('home', 'en'), pathOf('faq', 'lv')])(
    '%s: no single-character key opens search or moves focus',
    async (pathname) => {
      const page = await e2e().newPage();
      await page.goto(e2e().url(pathname));
      const url = page.url();
      for (const key of ['k', 'K', '/', 's', '?', 'Shift+K', 'Alt+k']) {
        await page.keyboard.press(key);
        expect(await dialogOpen(page), `key ${key}`).toBe(false);
        expect(await page.evaluate(() => document.activeElement === document.body), `key ${key}`).toBe(true);
      }
      expect(page.url()).toBe(url);
      await page.context().close();
    },
  );
});
