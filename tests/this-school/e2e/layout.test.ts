/**
 * One layout grid and a phone header that leaves room for the text: the header's content, the page's
 * content and the footer's content start at the same left edge (within 1 px) at 360, 768 and 1280 px, and
 * on a 360×740 phone the header takes at most 15 % of the screen's height (111 px), in both languages.
 * Also how the plan and the FAQ are laid out: the plan's contents beside the text (and staying in view)
 * on a wide screen and at the top on a phone; the terms under an FAQ answer as a list on one line.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, useE2E } from '../../support/e2e.ts';
import { useTranslations } from '../../../src/lib/i18n.ts';
import { LOCALES } from '../../../src/lib/locales.ts';
import { readPage, requireBuiltSite, sitePages, pathOf } from '../../../support/site.ts';

requireBuiltSite();
const e2e = useE2E();
// The embeds have no header or footer: they live in the school's own page.
const pages = sitePages().filter((p) => readPage(p).includes('class="site-header'));
const WIDTHS = [360, 768, 1280] as const;
const MAX_HEADER = Math.floor(PHONE.height * 0.15);

/** Left edges (CSS px) of the first thing in the header, in main and in the footer. */
const leftEdges = (page: Page) =>
  page.evaluate(() => {
    const left = (selector: string) => {
      const el = document.querySelector(selector);
      return el ? Math.round(el.getBoundingClientRect().left * 10) / 10 : null;
    };
    return { header: left('.site-header .site-title'), main: left('main h1'), footer: left('.site-footer .eu-emblem') };
  });

test.each(pages)(`%s: header, content and footer share one left edge at ${WIDTHS.join(', ')} px`, async (pathname) => {
  const page = await e2e().visit(pathname, { viewport: { width: WIDTHS[0], height: 800 } });
  for (const width of WIDTHS) {
    // Resized in place: the layout is the one a page loaded at that width gets (CSS only, no script measures the width).
    await page.setViewportSize({ width, height: 800 });
    const edges = await leftEdges(page);
    const where = `${width} px: ${JSON.stringify(edges)}`;
    expect(
      Object.values(edges).every((v) => v !== null),
      where,
    ).toBe(true);
    const values = Object.values(edges) as number[];
    expect(Math.max(...values) - Math.min(...values), where).toBeLessThanOrEqual(1);
  }
});

test.each(pages)(`%s: the header takes at most ${MAX_HEADER} px of a ${PHONE.width}×${PHONE.height} phone`, async (pathname) => {
  const page = await e2e().visit(pathname, { viewport: PHONE, mobile: true });
  const header = await page.evaluate(() => {
    const box = document.querySelector('.site-header')!.getBoundingClientRect();
    const visible = (s: string) => !!document.querySelector<HTMLElement>(s)?.checkVisibility();
    return {
      height: Math.round(box.height),
      search: visible('[data-search-open]'),
      language: visible('[data-lang-switch]'),
      menu: visible('.site-menu > summary'),
    };
  });
  // The skip link is still the first Tab stop.
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => document.activeElement?.className);
  expect(header.height).toBeLessThanOrEqual(MAX_HEADER);
  expect(header).toMatchObject({ search: true, language: true, menu: true });
  expect(first).toBe('skip-link');
});

test('the phone menu opens with the keyboard and holds the navigation', async () => {
  const page = await e2e().visit('/en/', { viewport: PHONE });
  await page.focus('.site-menu > summary');
  await page.keyboard.press('Enter');
  const links = await page
    .locator('.site-menu__nav a')
    .evaluateAll((as) => as.filter((a) => (a as HTMLElement).checkVisibility()).map((a) => a.textContent?.trim()));
  // The same navigation as the wide screen's row (which pages it holds is decided in src/lib/navigation.ts).
  const wide = await page.locator('.site-nav a').evaluateAll((as) => as.map((a) => a.textContent?.trim()));
  expect(links.length).toBeGreaterThan(0);
  expect(links).toEqual(wide);
  expect(links).toContain('Questions and answers');
});

test('the checks see a page that leaves the grid or a tall header (they can fail)', async () => {
  const page = await e2e().newPage({ viewport: PHONE, bypassCSP: true });
  await page.goto(e2e().url('/'));
  await page.addStyleTag({
    content:
      '.page { padding-left: 3rem !important; } .site-title__school { display: block !important; } .site-nav { display: block !important; }',
  });
  const edges = await leftEdges(page);
  const height = await page.evaluate(() => document.querySelector('.site-header')!.getBoundingClientRect().height);
  await page.context().close();
  expect(edges.main! - edges.header!).toBeGreaterThan(1);
  expect(height).toBeGreaterThan(MAX_HEADER);
});

describe('the plan: a document with its table of contents', () => {
  test.each(LOCALES.map((locale) => pathOf('plan', locale)))(
    '%s at 1280 px: the contents beside the text, in view while reading',
    async (pathname) => {
      const page = await e2e().visit(pathname, { viewport: DESKTOP });
      const read = () =>
        page.evaluate(() => {
          const side = document.querySelector<HTMLElement>('.contents-side')!;
          const text = document.querySelector('.plan-document')!.getBoundingClientRect();
          const box = side.getBoundingClientRect();
          return {
            visible: side.checkVisibility(),
            beside: box.left >= text.right,
            top: Math.round(box.top),
            topVisible: document.querySelector<HTMLElement>('.contents-top')!.checkVisibility(),
          };
        });
      const before = await read();
      // As far as the page goes, up to 5000 px (a short plan scrolls less).
      const distance = await page.evaluate(() => Math.min(5000, document.documentElement.scrollHeight - innerHeight));
      await page.mouse.wheel(0, distance);
      await page.waitForFunction((d) => scrollY >= d * 0.8, distance);
      const after = await read();
      expect(before).toMatchObject({ visible: true, beside: true, topVisible: false });
      expect(after.top, `still in view after scrolling ${distance} px`).toBeGreaterThanOrEqual(0);
      expect(after.top).toBeLessThan(100);
    },
  );

  test.each(LOCALES.map((locale) => pathOf('plan', locale)))('%s at 360 px: the contents at the top, closed', async (pathname) => {
    const page = await e2e().visit(pathname, { viewport: PHONE });
    const state = await page.evaluate(() => {
      const top = document.querySelector<HTMLDetailsElement>('.contents-top')!;
      const firstSection = document.querySelector('.plan-section')!;
      return {
        side: document.querySelector<HTMLElement>('.contents-side')!.checkVisibility(),
        top: top.checkVisibility(),
        open: top.open,
        beforeText: !!(top.compareDocumentPosition(firstSection) & Node.DOCUMENT_POSITION_FOLLOWING),
        withinFirstScreen: top.getBoundingClientRect().bottom < innerHeight,
      };
    });
    expect(state).toEqual({ side: false, top: true, open: false, beforeText: true, withinFirstScreen: true });
  });
});

test.each(LOCALES.map((locale) => [pathOf('faq', locale), `${useTranslations(locale)('faq.terms')}: `] as const))(
  '%s: the terms under an answer are a list, each term apart (a term may hold "and")',
  async (pathname, label) => {
    const page = await e2e().visit(pathname, { viewport: DESKTOP });
    const lines = await page.evaluate(() => {
      document.querySelectorAll('details').forEach((d) => (d.open = true));
      return [...document.querySelectorAll<HTMLElement>('.question__terms')].map((p) => ({
        text: p.innerText,
        terms: [...p.querySelectorAll('li a')].map((a) => a.textContent!.trim()),
        list: p.querySelector('ul')?.getAttribute('aria-labelledby') ?? null,
      }));
    });
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line.list, 'the list is named by its label').not.toBeNull();
      // One line: the label, then the terms, each apart by a middle dot, none run into the next.
      expect(line.text.replace(/\s+/g, ' ').trim()).toBe(`${label}${line.terms.join(' · ')}`);
    }
  },
);
