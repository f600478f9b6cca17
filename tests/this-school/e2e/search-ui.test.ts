/**
 * What the reader sees of search, in headless Chromium on the built site: Pagefind loads as soon as search
 * is opened; the status says which words were not found and what was searched instead (with a keyboard
 * link to search exactly what was typed); the answer a result opens marks the searched words, without
 * moving anything and without turning what was typed into markup.
 * The queries are the content's own (content/checks/search-ui.json): where the content has none for a test,
 * that test is skipped and says which field it needs.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { formatViolations, PHONE, runAxe, useE2E } from '../../support/e2e.ts';
import { noSearchUiCheck, searchUiChecks } from '../../support/content-checks.ts';
import { requireBuiltSite } from '../../../support/site.ts';
import { checkContent } from '../../../src/content/check.ts';
import { useTranslations } from '../../../src/lib/i18n.ts';
import { LOCALES, otherLocale, type Locale } from '../../../src/lib/locales.ts';
import { localizedUrl } from '../../../src/lib/urls.ts';

requireBuiltSite();
const e2e = useE2E();
const lv = useTranslations('lv');
const en = useTranslations('en');
const T = { lv, en };
const checks = searchUiChecks();
const { school } = checkContent().model;
/** The home page of a language. */
const home = (locale: Locale) => localizedUrl('home', locale, { base: '/' });

const status = (page: Page) => page.locator('dialog [data-search-status]').innerText();

/** Opens the dialog with Ctrl+K, types the query and waits for the status to report results. */
async function search(page: Page, query: string): Promise<void> {
  await page.keyboard.press('Control+k');
  await page.locator('dialog input[type="search"]').fill(query);
  await page.locator('dialog .search-result a').first().waitFor({ state: 'visible', timeout: 15_000 });
}

describe('loading', () => {
  test('Pagefind starts loading when the dialog opens, before anything is typed', async () => {
    // A page of its own: nothing of Pagefind may come from an earlier test's cache.
    const page = await e2e().newPage();
    await page.goto(e2e().url('/'));
    const wasm = page.waitForRequest(/\/pagefind\/wasm\.\w+\.pagefind$/, { timeout: 10_000 });
    await page.keyboard.press('Control+k');
    await wasm;
    expect(await page.inputValue('dialog input[type="search"]')).toBe('');
    await page.context().close();
  });

  test('without an index to load (as under npm run dev) the status says so instead of failing silently', async ({ skip }) => {
    const query = checks.probe?.lv.query;
    if (!query) return skip(noSearchUiCheck('probe.lv'));
    // The dev server's pages say how to get an index (search.devNeedsBuild); a built page says search failed.
    const page = await e2e().newPage();
    await page.route('**/pagefind/pagefind.js', (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto(e2e().url('/'));
    await page.keyboard.press('Control+k');
    await page.locator('dialog input[type="search"]').fill(query);
    await expect.poll(() => status(page), { timeout: 15_000 }).toBe(lv('search.error'));
    await page.context().close();
  });

  test('a query loads the data of a few results (a request each); "more results" the rest, and focus moves to them', async ({ skip }) => {
    const query = checks.probe?.lv.query;
    if (!query) return skip(noSearchUiCheck('probe.lv'));
    const page = await e2e().newPage();
    const fragments: string[] = [];
    page.on('request', (request) => void (request.url().endsWith('.pf_fragment') && fragments.push(request.url())));
    await page.goto(e2e().url('/'));
    await search(page, query);
    await page.waitForLoadState('networkidle');
    const results = page.locator('dialog .search-result');
    const first = await results.count();
    expect(first).toBeLessThanOrEqual(5);
    expect(fragments.length).toBeLessThanOrEqual(5);
    const more = page.locator('dialog [data-search-more]');
    if (!(await more.isVisible())) return skip(`"${query}" has no more than ${first} results here`);
    expect(await more.innerText()).toBe(lv('search.more'));
    // The count does not pass for all there is.
    const status = page.locator('dialog [role="status"]').first();
    expect(await status.innerText()).toContain(lv('search.firstResults', { shown: first }));
    await more.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => results.count(), { timeout: 15_000 }).toBeGreaterThan(first);
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.search-result') !== null)).toBe(true);
    expect(await more.isHidden()).toBe(true);
    expect(await status.innerText()).not.toContain(lv('search.firstResults', { shown: first }));
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
  test.for(LOCALES)(
    '%s: a query with a word the plan lacks shows the best partial results and says which word was not found',
    async (locale, { skip }) => {
      const partial = checks.partial?.[locale];
      if (!partial) return skip(noSearchUiCheck(`partial.${locale}`));
      // "Not found" in the status when no shown result has the word; "Missing" on each result that lacks it.
      const said = [
        ...(partial.notFound ? [T[locale]('search.notFound', { words: partial.notFound.join(', ') })] : []),
        ...(partial.missing ? [T[locale]('search.missing', { words: partial.missing.join(', ') })] : []),
      ];
      expect(said.length, `partial.${locale} says what the reader is told (notFound, missing)`).toBeGreaterThan(0);
      const page = await e2e().visit(home(locale));
      await search(page, partial.q);
      for (const words of said)
        await expect
          .poll(async () => `${await status(page)} ${await page.locator('dialog .search-result').first().innerText()}`, { timeout: 15_000 })
          .toContain(words);
    },
  );

  test('a query with no word found anywhere says nothing was found', async () => {
    const page = await e2e().visit('/');
    await page.keyboard.press('Control+k');
    await page.locator('dialog input[type="search"]').fill('qwxzvy');
    await expect.poll(() => status(page), { timeout: 15_000 }).toContain(lv('search.noResults', { query: 'qwxzvy' }));
    expect(await page.locator('dialog .search-result').count()).toBe(0);
  });

  test.for(LOCALES)(
    '%s: a typing mistake is searched as the word it stands for, and the reader can search exactly what was typed by keyboard',
    async (locale, { skip }) => {
      const correction = checks.corrected?.[locale];
      if (!correction) return skip(noSearchUiCheck(`corrected.${locale}`));
      const { typed, searched: corrected } = correction;
      const t = T[locale];
      const page = await e2e().visit(home(locale));
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
    },
  );

  test('the "search exactly" link works as a plain link to the search page', async ({ skip }) => {
    const typed = checks.corrected?.lv?.typed;
    if (!typed) return skip(noSearchUiCheck('corrected.lv'));
    const page = await e2e().visit(`${localizedUrl('search', 'lv', { base: '/' })}?q=${encodeURIComponent(typed)}&exact=1`);
    const pageStatus = page.locator('main [data-search-status]');
    await expect.poll(() => pageStatus.innerText(), { timeout: 15_000 }).toContain(lv('search.noResults', { query: typed }));
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the status with its link has no axe violations (${colorScheme})`, async ({ skip }) => {
      const query = checks.correctedPartial?.lv;
      if (!query) return skip(noSearchUiCheck('correctedPartial.lv'));
      const page = await e2e().visit('/', { colorScheme });
      await search(page, query);
      expect(await page.locator('dialog [data-search-status] a').count()).toBe(1);
      const violations = await runAxe(page);
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

  test('following a result marks the searched words in the answer it opens, and nothing moves', async ({ skip }) => {
    const highlight = checks.highlight?.lv;
    if (!highlight) return skip(noSearchUiCheck('highlight.lv'));
    const page = await e2e().visit('/');
    await search(page, highlight.q);
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
    const begins = (text: string, start: string) => text.toLocaleLowerCase('lv').startsWith(start.toLocaleLowerCase('lv'));
    expect(
      marks.filter((m) => !highlight.marks.some((start) => begins(m.text, start))).map((m) => m.text),
      `every mark begins with one of ${highlight.marks.join(', ')}`,
    ).toEqual([]);
    for (const start of highlight.marked)
      expect(
        marks.some((m) => begins(m.text, start)),
        `a mark begins with "${start}"`,
      ).toBe(true);
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
  });

  const faq = localizedUrl('faq', 'lv', { base: '/' });
  const answer = checks.markedAnswer?.lv;
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`an answer with the words marked has no axe violations (${colorScheme})`, async ({ skip }) => {
      if (!answer) return skip(noSearchUiCheck('markedAnswer.lv'));
      const page = await e2e().visit(`${faq}?h=${encodeURIComponent(answer.h)}#${answer.id}`, { colorScheme });
      await page.locator('mark.search-highlight').first().waitFor({ timeout: 10_000 });
      const violations = await runAxe(page);
      expect(violations, formatViolations(`marked answer (${colorScheme})`, violations)).toEqual([]);
    });
  }

  test('what was typed never becomes markup on the page', async ({ skip }) => {
    if (!answer) return skip(noSearchUiCheck('markedAnswer.lv'));
    const page = await e2e().newPage();
    const typed = `<img src=x onerror="document.title=1"> <b>${answer.mark}</b>`;
    await page.goto(e2e().url(`${faq}?h=${encodeURIComponent(typed)}#${answer.id}`));
    await page.locator('mark.search-highlight').first().waitFor({ timeout: 10_000 });
    expect(await page.locator(`[id="${answer.id}"]`).locator('xpath=ancestor::article').locator('img, b').count()).toBe(0);
    expect(await page.locator('mark.search-highlight').allInnerTexts()).toContain(answer.mark);
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
    test(`the link that undoes a correction reaches 4.5:1 in the dialog (${colorScheme})`, async ({ skip }) => {
      const typed = checks.corrected?.lv?.typed;
      if (!typed) return skip(noSearchUiCheck('corrected.lv'));
      const page = await e2e().visit('/', { colorScheme });
      await search(page, typed);
      const link = page.locator('dialog [data-search-status] a');
      await link.waitFor();
      const colours = await link.evaluate((a) => ({
        fg: getComputedStyle(a).color,
        bg: getComputedStyle(a.closest('dialog')!).backgroundColor,
      }));
      expect(contrast(colours.fg, colours.bg)).toBeGreaterThanOrEqual(4.5);
    });
  }

  test.for(LOCALES)('%s: a query the plan does not answer says so and whom to ask, with nothing corrected', async (locale, { skip }) => {
    const query = checks.unanswered?.[locale];
    if (!query) return skip(noSearchUiCheck(`unanswered.${locale}`));
    const t = T[locale];
    const page = await e2e().visit(home(locale));
    await page.keyboard.press('Control+k');
    await page.locator('dialog input[type="search"]').fill(query);
    const noAnswer = page.locator('dialog [data-search-no-answer]');
    await noAnswer.waitFor({ state: 'visible', timeout: 15_000 });
    const text = await noAnswer.innerText();
    expect(text).toContain(t('search.noAnswer'));
    expect(text).toContain(school.name[locale]);
    expect(await status(page)).not.toContain(t('search.corrected', { query: '', typed: '' }).slice(0, 12));
  });

  test('a question the plan answers shows no such message', async ({ skip }) => {
    const query = checks.answered?.lv;
    if (!query) return skip(noSearchUiCheck('answered.lv'));
    const page = await e2e().visit('/');
    await search(page, query);
    expect(await page.locator('dialog [data-search-no-answer]').isHidden()).toBe(true);
  });

  test.for(LOCALES)('%s: a result that lacks a word of the query says which', async (locale, { skip }) => {
    const partial = checks.partial?.[locale];
    if (!partial?.missing) return skip(noSearchUiCheck(`partial.${locale}.missing`));
    const page = await e2e().visit(home(locale));
    await search(page, partial.q);
    await expect
      .poll(() => page.locator('dialog .search-result__missing').first().innerText(), { timeout: 15_000 })
      .toBe(T[locale]('search.missing', { words: partial.missing.join(', ') }));
  });
});

describe('keyboard and layout', () => {
  test('Enter in the field opens the first result; focus never falls to the page body', async ({ skip }) => {
    const query = checks.opensFirst?.lv;
    if (!query) return skip(noSearchUiCheck('opensFirst.lv'));
    const page = await e2e().visit('/');
    await page.keyboard.press('Control+k');
    await page.locator('dialog input[type="search"]').fill(query);
    await page.keyboard.press('Enter');
    await page.waitForURL(/[?&]h=/, { timeout: 15_000 });
    expect(await page.evaluate(() => document.activeElement === document.body && !!document.querySelector('dialog[open]'))).toBe(false);
    expect(new URL(page.url()).hash).not.toBe('');
  });

  test('one Escape closes the dialog, also with text in the field', async ({ skip }) => {
    const query = checks.probe?.lv.query;
    if (!query) return skip(noSearchUiCheck('probe.lv'));
    const page = await e2e().visit('/');
    await page.locator('[data-search-open]').first().click();
    await page.locator('dialog input[type="search"]').fill(query);
    await page.locator('dialog .search-result a').first().waitFor({ state: 'visible', timeout: 15_000 });
    await page.keyboard.press('Escape');
    expect(await page.locator('dialog[data-search-dialog]').evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.matches('[data-search-open]'))).toBe(true);
  });

  test('the field stays where it is while the results change (within 4 px)', async ({ skip }) => {
    const queries = checks.fieldStays?.lv;
    if (!queries) return skip(noSearchUiCheck('fieldStays.lv'));
    const page = await e2e().visit('/');
    await page.keyboard.press('Control+k');
    const input = page.locator('dialog input[type="search"]');
    const top = async () => (await input.boundingBox())!.y;
    const before = await top();
    const tops: number[] = [];
    for (const q of queries) {
      await input.fill(q);
      // Until the results of q are shown (an empty field: none and no status), and the next frame is drawn.
      await page.waitForFunction((q) => {
        const list = document.querySelector<HTMLElement>('dialog [data-search-results]')!;
        const status = document.querySelector('dialog [data-search-status]')!;
        return q ? list.dataset.query === q : list.childElementCount === 0 && !status.textContent;
      }, q.trim());
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      tops.push(await top());
    }
    for (const y of tops) expect(Math.abs(y - before)).toBeLessThanOrEqual(4);
  });

  test('touch screens get no arrow-key hint', async () => {
    const page = await e2e().visit('/', { viewport: PHONE, mobile: true });
    await page.locator('[data-search-open]').first().click();
    await page.locator('dialog input[type="search"]').waitFor();
    expect(await page.locator('dialog .search-form__hint').isVisible()).toBe(false);
  });
});

describe('the other language as a fallback', () => {
  test.for(LOCALES)(
    "%s: a query that finds nothing in the page's language shows the other language's results, labelled with their language",
    async (locale, { skip }) => {
      const query = checks.otherLanguage?.[locale];
      if (!query) return skip(noSearchUiCheck(`otherLanguage.${locale}`));
      const t = T[locale];
      const lang = otherLocale(locale);
      const page = await e2e().visit(home(locale));
      await search(page, query);
      expect(await status(page)).toBe(t('search.otherLanguage'));
      const link = page.locator('dialog .search-result a').first();
      expect(await link.getAttribute('lang')).toBe(lang);
      expect(await link.getAttribute('hreflang')).toBe(lang);
      const href = (await link.getAttribute('href'))!;
      expect(href.startsWith('/en/')).toBe(lang === 'en');
    },
  );
});
