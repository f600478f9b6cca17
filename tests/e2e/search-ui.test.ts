/**
 * What the reader sees of search, in headless Chromium on the built site: Pagefind loads as soon as search
 * is opened; the status says which words were not found and what was searched instead (with a keyboard
 * link to search exactly what was typed); the answer a result opens marks the searched words, without
 * moving anything and without turning what was typed into markup.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { formatViolations, runAxe, useE2E } from '../support/e2e.ts';
import { requireBuiltSite } from '../../support/site.ts';
import { useTranslations } from '../../src/lib/i18n.ts';
import { localizedUrl } from '../../src/lib/urls.ts';

requireBuiltSite();
const e2e = useE2E();
const lv = useTranslations('lv');
const en = useTranslations('en');

const status = (page: Page) => page.locator('dialog [data-search-status]').innerText();

/** Opens the dialog with Ctrl+K, types the query and waits for the status to report results. */
async function search(page: Page, query: string): Promise<void> {
  await page.keyboard.press('Control+k');
  await page.locator('dialog input[type="search"]').fill(query);
  await page.locator('dialog .search-result a').first().waitFor({ state: 'visible', timeout: 15_000 });
}

describe('loading', () => {
  test('Pagefind starts loading when the dialog opens, before anything is typed', async () => {
    const page = await e2e().newPage();
    await page.goto(e2e().url('/'));
    const wasm = page.waitForRequest(/\/pagefind\/wasm\.\w+\.pagefind$/, { timeout: 10_000 });
    await page.keyboard.press('Control+k');
    await wasm;
    expect(await page.inputValue('dialog input[type="search"]')).toBe('');
    await page.context().close();
  });

  test('without an index to load (as under npm run dev) the status says so instead of failing silently', async () => {
    // The dev server's pages say how to get an index (search.devNeedsBuild); a built page says search failed.
    const page = await e2e().newPage();
    await page.route('**/pagefind/pagefind.js', (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto(e2e().url('/'));
    await page.keyboard.press('Control+k');
    await page.locator('dialog input[type="search"]').fill('mobilitāte');
    await expect.poll(() => status(page), { timeout: 15_000 }).toBe(lv('search.error'));
    await page.context().close();
  });

  test('the search page starts loading it when its field gets focus', async () => {
    const page = await e2e().newPage();
    await page.goto(e2e().url(localizedUrl('search', 'en', { base: '/' })));
    const loader = page.waitForRequest(/\/pagefind\/pagefind\.js$/, { timeout: 10_000 });
    await page.focus('main input[type="search"]');
    await loader;
    await page.context().close();
  });
});

describe('words not found and typing mistakes', () => {
  test.each([
    ['/', 'skolotāju apmaiņas programma', lv('search.missing', { words: 'programma' })],
    ['/en/', 'youth exchange summer', en('search.notFound', { words: 'summer' })],
  ])('%s: "%s" shows the best partial results and says which word was not found', async (pathname, query, said) => {
    // "Not found" in the status when no shown result has the word; "Missing" on each result that lacks it.
    const page = await e2e().newPage();
    await page.goto(e2e().url(pathname));
    await search(page, query);
    await expect
      .poll(async () => `${await status(page)} ${await page.locator('dialog .search-result').first().innerText()}`, { timeout: 15_000 })
      .toContain(said);
    await page.context().close();
  });

  test('a query with no word found anywhere says nothing was found', async () => {
    const page = await e2e().newPage();
    await page.goto(e2e().url('/'));
    await page.keyboard.press('Control+k');
    await page.locator('dialog input[type="search"]').fill('qwxzvy');
    await expect.poll(() => status(page), { timeout: 15_000 }).toContain(lv('search.noResults', { query: 'qwxzvy' }));
    expect(await page.locator('dialog .search-result').count()).toBe(0);
    await page.context().close();
  });

  test.each([
    ['/', 'mobilitāre', 'mobilitāte', lv],
    ['/en/', 'erasmsu', 'erasmus', en],
  ] as const)(
    '%s: "%s" is searched as "%s", and the reader can search exactly what was typed by keyboard',
    async (pathname, typed, corrected, t) => {
      const page = await e2e().newPage();
      await page.goto(e2e().url(pathname));
      await search(page, typed);
      expect(await status(page)).toContain(t('search.corrected', { query: corrected, typed }));
      expect(await page.locator('dialog .search-result a').first().getAttribute('href')).toContain(`h=${encodeURIComponent(corrected)}`);

      // Tab from the field reaches the link, which shows its focus.
      const link = page.locator('dialog [data-search-status] a');
      expect(await link.innerText()).toBe(t('search.searchExactly', { query: typed }));
      for (let i = 0; i < 5 && !(await page.evaluate(() => document.activeElement?.matches('[data-search-status] a'))); i++)
        await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.matches('[data-search-status] a'))).toBe(true);
      const outline = await link.evaluate((a) => getComputedStyle(a).outlineStyle);
      expect(outline).not.toBe('none');

      await page.keyboard.press('Enter');
      await expect.poll(() => status(page), { timeout: 15_000 }).not.toContain(t('search.corrected', { query: corrected, typed }));
      expect(await page.evaluate(() => document.activeElement?.matches('dialog input[type="search"]'))).toBe(true);
      expect(await page.inputValue('dialog input[type="search"]')).toBe(typed);
      await page.context().close();
    },
  );

  test('the "search exactly" link works as a plain link to the search page', async () => {
    const page = await e2e().newPage();
    await page.goto(e2e().url(`${localizedUrl('search', 'lv', { base: '/' })}?q=mobilit%C4%81re&exact=1`));
    const pageStatus = page.locator('main [data-search-status]');
    await expect.poll(() => pageStatus.innerText(), { timeout: 15_000 }).toContain(lv('search.noResults', { query: 'mobilitāre' }));
    await page.context().close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the status with its link has no axe violations (${colorScheme})`, async () => {
      const page = await e2e().newPage({ colorScheme });
      await page.goto(e2e().url('/'));
      await search(page, 'skolotju apmaiņas programma');
      expect(await page.locator('dialog [data-search-status] a').count()).toBe(1);
      const violations = await runAxe(page);
      await page.context().close();
      expect(violations, formatViolations(`search status (${colorScheme})`, violations)).toEqual([]);
    });
  }
});

describe('landing on the words', () => {
  /**
   * Layout shifts so far (Chromium's layout-shift entries, as CLS counts them) of what is inside the answer
   * (a source node in its <article>): where marks could move text. The browser opening the FAQ's <details>
   * for the #id moves what follows the answer, at a moment that differs from load to load; the answer's own
   * box is compared with and without marks below.
   */
  const shifts = (page: Page, id: string) =>
    page.evaluate(
      (id) =>
        new Promise<number>((resolve) => {
          const answer = document.getElementById(id)!.closest('article, .activity');
          let sum = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources?: { node?: Node | null }[] })[]) {
              if ((entry.sources ?? []).some((source) => source.node && answer?.contains(source.node))) sum += entry.value;
            }
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(sum), 300);
        }),
      id,
    );

  test('following a result marks the searched words in the answer it opens, and nothing moves', async () => {
    const page = await e2e().newPage();
    await page.goto(e2e().url('/'));
    await search(page, 'iniciatīvas gars');
    const href = (await page.locator('dialog .search-result a').first().getAttribute('href'))!;
    const id = decodeURIComponent(href.split('#')[1]!);
    await page.locator('dialog .search-result a').first().click();
    await page.waitForURL(/[?&]h=/);
    await page.locator('mark.search-highlight').first().waitFor({ timeout: 10_000 });
    const marks = await page.evaluate((id) => {
      const region = document.getElementById(id)!.closest('article, .activity, .glossary__entry');
      return [...document.querySelectorAll('mark.search-highlight')].map((m) => ({
        text: m.textContent ?? '',
        inside: !!region?.contains(m),
      }));
    }, id);
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => m.inside)).toBe(true);
    expect(marks.every((m) => /^(iniciatīv|gar)/i.test(m.text))).toBe(true);
    expect(marks.some((m) => /^gar/i.test(m.text))).toBe(true);
    const markedShift = await shifts(page, id);
    expect(new URL(page.url()).hash).toBe(`#${encodeURIComponent(id)}`);

    // The marked answer is laid out exactly as without marks, and the marks move nothing: what is inside the
    // answer shifts no more than in the same answer opened without them.
    const box = (p: Page) =>
      p.evaluate((id) => JSON.stringify(document.getElementById(id)!.closest('article, .activity')!.getBoundingClientRect()), id);
    const marked = await box(page);
    const plain = await e2e().newPage();
    await plain.goto(e2e().url(`${new URL(href, 'http://x').pathname}#${id}`));
    expect(markedShift).toBeLessThanOrEqual((await shifts(plain, id)) + 0.001);
    expect(await box(plain)).toBe(marked);
    await plain.context().close();
    await page.context().close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`an answer with the words marked has no axe violations (${colorScheme})`, async () => {
      const page = await e2e().newPage({ colorScheme });
      await page.goto(e2e().url('/buj/?h=m%C4%81c%C4%ABbu%20mobilit%C4%81te#what-is-learning-mobility'));
      await page.locator('mark.search-highlight').first().waitFor({ timeout: 10_000 });
      const violations = await runAxe(page);
      await page.context().close();
      expect(violations, formatViolations(`marked answer (${colorScheme})`, violations)).toEqual([]);
    });
  }

  test('what was typed never becomes markup on the page', async () => {
    const page = await e2e().newPage();
    const typed = '<img src=x onerror="document.title=1"> <b>mobilitāte</b>';
    await page.goto(e2e().url(`/buj/?h=${encodeURIComponent(typed)}#what-is-learning-mobility`));
    await page.locator('mark.search-highlight').first().waitFor({ timeout: 10_000 });
    expect(await page.locator('#what-is-learning-mobility').locator('xpath=ancestor::article').locator('img, b').count()).toBe(0);
    expect(await page.locator('mark.search-highlight').allInnerTexts()).toContain('mobilitāte');
    await page.context().close();
  });
});

/** WCAG contrast ratio of two CSS rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('messages that say what happened', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the link that undoes a correction reaches 4.5:1 in the dialog (${colorScheme})`, async () => {
      const page = await e2e().newPage({ colorScheme });
      await page.goto(e2e().url('/'));
      await search(page, 'mobilitāre');
      const link = page.locator('dialog [data-search-status] a');
      await link.waitFor();
      const colours = await link.evaluate((a) => ({
        fg: getComputedStyle(a).color,
        bg: getComputedStyle(a.closest('dialog')!).backgroundColor,
      }));
      expect(contrast(colours.fg, colours.bg)).toBeGreaterThanOrEqual(4.5);
      await page.context().close();
    });
  }

  test.each([
    ['/', 'cik maksā', lv],
    ['/en/', 'how much does it cost', en],
  ] as const)('%s: "%s" says the plan does not cover it and whom to ask, with nothing corrected', async (pathname, query, t) => {
    const page = await e2e().newPage();
    await page.goto(e2e().url(pathname));
    await page.keyboard.press('Control+k');
    await page.locator('dialog input[type="search"]').fill(query);
    const noAnswer = page.locator('dialog [data-search-no-answer]');
    await noAnswer.waitFor({ state: 'visible', timeout: 15_000 });
    const text = await noAnswer.innerText();
    expect(text).toContain(t('search.noAnswer'));
    expect(text).toContain(t === lv ? 'Vidzemes Tehnoloģiju un dizaina tehnikums' : 'Vidzeme Technology and Design Technical School');
    expect(await status(page)).not.toContain(t('search.corrected', { query: '', typed: '' }).slice(0, 12));
    await page.context().close();
  });

  test('a question the plan answers shows no such message', async () => {
    const page = await e2e().newPage();
    await page.goto(e2e().url('/'));
    await search(page, 'prakse ārzemēs');
    expect(await page.locator('dialog [data-search-no-answer]').isHidden()).toBe(true);
    await page.context().close();
  });

  test('a result that lacks a word of the query says which', async () => {
    const page = await e2e().newPage();
    await page.goto(e2e().url('/en/'));
    await search(page, 'youth exchange summer');
    await expect
      .poll(() => page.locator('dialog .search-result__missing').first().innerText(), { timeout: 15_000 })
      .toBe(en('search.missing', { words: 'summer' }));
    await page.context().close();
  });
});

describe('keyboard and layout', () => {
  test('Enter in the field opens the first result; focus never falls to the page body', async () => {
    const page = await e2e().newPage();
    await page.goto(e2e().url('/'));
    await page.keyboard.press('Control+k');
    await page.locator('dialog input[type="search"]').fill('darba vērošana');
    await page.keyboard.press('Enter');
    await page.waitForURL(/[?&]h=/, { timeout: 15_000 });
    expect(await page.evaluate(() => document.activeElement === document.body && !!document.querySelector('dialog[open]'))).toBe(false);
    expect(new URL(page.url()).hash).not.toBe('');
    await page.context().close();
  });

  test('one Escape closes the dialog, also with text in the field', async () => {
    const page = await e2e().newPage();
    await page.goto(e2e().url('/'));
    await page.locator('[data-search-open]').first().click();
    await page.locator('dialog input[type="search"]').fill('mobilitāte');
    await page.locator('dialog .search-result a').first().waitFor({ state: 'visible', timeout: 15_000 });
    await page.keyboard.press('Escape');
    expect(await page.locator('dialog[data-search-dialog]').evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.matches('[data-search-open]'))).toBe(true);
    await page.context().close();
  });

  test('the field stays where it is while the results change (within 4 px)', async () => {
    const page = await e2e().newPage();
    await page.goto(e2e().url('/'));
    await page.keyboard.press('Control+k');
    const input = page.locator('dialog input[type="search"]');
    const top = async () => (await input.boundingBox())!.y;
    const before = await top();
    const tops: number[] = [];
    for (const q of ['mobilitāte', 'qwxzvy', 'ECVET', 'prakse ārzemēs', '']) {
      await input.fill(q);
      await page.waitForTimeout(q ? 1500 : 300);
      tops.push(await top());
    }
    for (const y of tops) expect(Math.abs(y - before)).toBeLessThanOrEqual(4);
    await page.context().close();
  });

  test('touch screens get no arrow-key hint', async () => {
    const page = await e2e().newPage({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });
    await page.goto(e2e().url('/'));
    await page.locator('[data-search-open]').first().click();
    await page.locator('dialog input[type="search"]').waitFor();
    expect(await page.locator('dialog .search-form__hint').isVisible()).toBe(false);
    await page.context().close();
  });
});

describe('the other language as a fallback', () => {
  test.each([
    ['/', 'job shadowing', 'en', lv],
    ['/en/', 'darba vērošana', 'lv', en],
  ] as const)(
    '%s: "%s" finds nothing in the page\'s language and shows the %s results, labelled with their language',
    async (pathname, query, lang, t) => {
      const page = await e2e().newPage();
      await page.goto(e2e().url(pathname));
      await search(page, query);
      expect(await status(page)).toBe(t('search.otherLanguage'));
      const link = page.locator('dialog .search-result a').first();
      expect(await link.getAttribute('lang')).toBe(lang);
      expect(await link.getAttribute('hreflang')).toBe(lang);
      const href = (await link.getAttribute('href'))!;
      expect(href.startsWith('/en/')).toBe(lang === 'en');
      await page.context().close();
    },
  );
});
