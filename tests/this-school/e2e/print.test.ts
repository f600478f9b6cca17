/**
 * Printing the plan gives a document to hand out: A4 with margins of at least 15 mm and page numbers, all
 * from the site's own @page rule (the PDF is made as a reader's browser prints: preferCSSPageSize, no
 * margins given); on page 1 the title, the school as publisher, the plan's web address, the day of this
 * version and the EU emblem with its statement; no navigation, search, language, terms lines, permanent
 * links or editors' notes; each need and goal once; Table 1.1 whole (caption, every activity row and the
 * totals on one page); the references with their URLs written out.
 * The PDF comes from Chromium (page.pdf), its text from poppler's pdftotext and pdfinfo (apt: poppler-utils).
 * How long this school's plan prints (pages, words) is the content's own check (content/checks/text.json, print);
 * content without it skips that test and says so.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startE2E, type E2E } from '../../support/e2e.ts';
import { contentChecks, noContentCheck } from '../../support/content-checks.ts';
import { readPage, requireBuiltSite, pathOf } from '../../../support/site.ts';
import { checkContent } from '../../../src/content/check.ts';
import { currentEdition } from '../../../src/lib/content/model.ts';
import { useTranslations, type UiKey } from '../../../src/lib/i18n.ts';
import { LOCALES, type Locale } from '../../../src/lib/locales.ts';

requireBuiltSite();
/** Per language: the page count [least, most] and the words the PDF has more of (content/checks/text.json). */
const PRINT = contentChecks().print;
const MM = 72 / 25.4; // PDF points per millimetre
const A4 = { width: 210 * MM, height: 297 * MM };
const MIN_MARGIN = 15 * MM;
const model = checkContent().model;
const edition = currentEdition(model);
/** "Izdevējs: <the school's name>", from the content and the UI strings, never written here. */
const publisher = (locale: 'lv' | 'en') => `${useTranslations(locale)('footer.publisher')}: ${model.school.name[locale]}`;
let e2e: E2E;
const work = mkdtempSync(path.join(tmpdir(), 'print-'));

beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
  rmSync(work, { recursive: true, force: true });
});

function poppler(tool: 'pdftotext' | 'pdfinfo', args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error(`${tool} is missing: apt-get install poppler-utils`, { cause: error });
    throw error;
  }
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const unhtml = (s: string) =>
  squash(
    s
      .replace(/<[^>]+>/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"'),
  );

/** What the screen has and print must not: navigation, search, language and per-answer controls (UI strings). */
const CHROME: UiKey[] = [
  'skipLink',
  'search.open',
  'search.dialogTitle',
  'search.shortcut',
  'search.close',
  'nav.menu',
  'lang.switchTo',
  'lang.switchToLong',
  'lang.questionIn',
  'footer.accessibility',
  'nav.glossary',
  'faq.terms',
  'faq.permalinkText',
];
const CASES = Object.fromEntries(
  LOCALES.map((locale) => {
    const t = useTranslations(locale);
    return [
      locale,
      {
        path: pathOf('plan', locale),
        chrome: [...new Set(CHROME.map((key) => t(key)))],
        total: t('table.total'),
        funding: edition.meta.funding.statement[locale],
        disclaimer: squash(edition.meta.funding.disclaimer[locale]),
      },
    ];
  }),
) as Record<Locale, { path: string; chrome: string[]; total: string; funding: string; disclaimer: string }>;

describe.each(Object.entries(CASES))('printing the plan (%s)', (locale, c) => {
  let pages: string[] = [];
  let all = '';
  let info = '';
  /** Every word's box on each page (pdftotext -bbox), in points from the top left. */
  let words: { page: number; text: string; xMin: number; yMin: number; xMax: number; yMax: number }[] = [];
  let emblemOnFirstPage = false;
  const html = readPage(c.path);

  beforeAll(async () => {
    const page = await e2e.newPage();
    await page.goto(e2e.url(c.path));
    const file = path.join(work, `${locale}.pdf`);
    // As a reader's browser prints: paper and margins come from the site's @page rule.
    writeFileSync(file, await page.pdf({ preferCSSPageSize: true }));
    // The emblem in print lies within the first page's content height (A4 less the @page margins).
    await page.emulateMedia({ media: 'print' });
    emblemOnFirstPage = await page.evaluate(() => {
      const emblem = document.querySelector<SVGElement>('.imprint .eu-emblem');
      const box = emblem?.getBoundingClientRect();
      return !!box && emblem!.checkVisibility() && box.height >= 37 && box.bottom + scrollY < ((297 - 38) / 25.4) * 96;
    });
    await page.context().close();
    info = poppler('pdfinfo', [file]);
    const count = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    pages = Array.from({ length: count }, (_, i) => poppler('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), file, '-']));
    all = pages.join('\n');
    const bbox = poppler('pdftotext', ['-bbox', file, '-']);
    words = bbox
      .split('<page ')
      .slice(1)
      .flatMap((chunk, i) =>
        [...chunk.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
          page: i + 1,
          text: m[5]!,
          xMin: Number(m[1]),
          yMin: Number(m[2]),
          xMax: Number(m[3]),
          yMax: Number(m[4]),
        })),
      );
    console.log(`print ${c.path}: ${count} pages`);
  });

  test('A4, with the text at least 15 mm from every edge', () => {
    const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!.map(Number);
    expect(Math.abs(w! - A4.width), `page width ${w} pt`).toBeLessThan(1);
    expect(Math.abs(h! - A4.height), `page height ${h} pt`).toBeLessThan(1);
    expect(words.length, 'words read from the PDF').toBeGreaterThan(0);
    const outside = words.filter(
      (b) => b.xMin < MIN_MARGIN || b.xMax > A4.width - MIN_MARGIN || b.yMin < MIN_MARGIN || b.yMax > A4.height - MIN_MARGIN / 2,
    );
    expect(
      outside
        .slice(0, 5)
        .map(
          (b) => `page ${b.page} "${b.text}" at x ${b.xMin.toFixed(0)}–${b.xMax.toFixed(0)}, y ${b.yMin.toFixed(0)}–${b.yMax.toFixed(0)}`,
        ),
    ).toEqual([]);
    // Only the page number may sit in the bottom margin (Chromium's @page margin box).
    const inBottomMargin = words.filter((b) => b.yMax > A4.height - MIN_MARGIN);
    expect(
      inBottomMargin.every((b) => /^(\d+|\/)$/.test(b.text)),
      inBottomMargin.map((b) => b.text).join(' '),
    ).toBe(true);
  });

  test('every page says its number and the count', () => {
    // Read from the words' boxes: pdftotext's plain text joins "1 / 2" into "1/2" when the words sit close.
    const footer = (page: number) =>
      words
        .filter((w) => w.page === page && w.yMax > A4.height - MIN_MARGIN)
        .map((w) => w.text)
        .join(' ');
    pages.forEach((_, i) => expect(footer(i + 1), `page ${i + 1}`).toBe(`${i + 1} / ${pages.length}`));
  });

  test("page 1 names the publisher, the address (where the site's is known), the day of this version and carries the EU emblem with its statement", () => {
    const first = squash(pages[0]!);
    // The plan's address is its canonical link; without the site's address (content/site.json) there is neither.
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
    const day = unhtml(/<time datetime="\d{4}-\d\d-\d\d">([^<]+)<\/time>/.exec(html)![1]!);
    for (const expected of [publisher(locale as Locale), ...(canonical ? [canonical] : []), day, c.funding, c.disclaimer])
      expect(first, expected).toContain(expected);
    if (!canonical) expect(first).not.toMatch(/https?:\/\/\S*\/(plans|plan)\//);
    expect(emblemOnFirstPage, 'the EU emblem, at least 1 cm high, on page 1').toBe(true);
  });

  test('each need and each goal is printed where an answer shows their list and beside its partner, never more', () => {
    const flat = squash(all);
    const questions = edition.questions[locale as 'lv' | 'en'];
    const shown = (list: string) => (questions.some((q) => q.lists.includes(list)) ? 1 : 0);
    for (const [list, items] of [
      ['needs', edition.needs],
      ['goals', edition.goals],
    ] as const) {
      for (const item of items) {
        const start = squash(item.text[locale as 'lv' | 'en']).slice(0, 60);
        // Beside its partner the text may stand in a column, which the PDF's text gives line by line: not always found.
        const printed = flat.split(start).length - 1;
        expect(printed, `${item.id}: "${start}"`).toBeGreaterThanOrEqual(shown(list));
        expect(printed, `${item.id}: "${start}"`).toBeLessThanOrEqual(shown(list) + 1);
      }
    }
  });

  test("page count and words are in this plan's range (content/checks/text.json)", ({ skip }) => {
    const expected = PRINT?.[locale as 'lv' | 'en'];
    if (!expected) return skip(noContentCheck(`print.${locale}`));
    expect(pages.length).toBeGreaterThanOrEqual(expected.pages[0]);
    expect(pages.length).toBeLessThanOrEqual(expected.pages[1]);
    expect(words.length).toBeGreaterThan(expected.words);
  });

  const chromeIn = (text: string) =>
    c.chrome.filter((s) => new RegExp(`(^|[^\\p{L}])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text));

  test('no navigation, search or language chrome', () => {
    expect(chromeIn(all)).toEqual([]);
  });

  test('the chrome check sees the chrome when the print rules are bypassed (it can fail)', async () => {
    const page = await e2e.newPage();
    await page.goto(e2e.url(c.path));
    await page.emulateMedia({ media: 'screen' });
    const file = path.join(work, `${locale}-screen.pdf`);
    writeFileSync(file, await page.pdf({ format: 'A4', pageRanges: '1' }));
    await page.context().close();
    expect(chromeIn(poppler('pdftotext', [file, '-'])).length).toBeGreaterThanOrEqual(3);
  });

  test('the document starts with the plan title', () => {
    const title = unhtml(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)![1]!);
    expect(squash(pages[0]!).startsWith(title)).toBe(true);
  });

  test('Table 1.1 is whole: caption, every activity row and the totals on one page (or, with no figure known, the sentence of the table page and its address)', () => {
    const table = /<table class="participants"[\s\S]*?<\/table>/.exec(html)?.[0];
    if (!table) {
      // Not put forward while no figure is known (tableIsPromoted; tests/this-school/build/honest-site.test.ts): one sentence instead.
      const pending = squash(
        /<p class="table-pending">([\s\S]*?)<\/p>/
          .exec(html)![1]!
          .replace(/<[^>]+>/g, '')
          .replace(/&#39;/g, "'"),
      );
      expect(squash(all)).toContain(squash(pending));
      // The link to the table's page is printed with its address (print CSS, data-print-address).
      const address = /data-print-address="([^"]+)"/.exec(/<p class="table-pending">[\s\S]*?<\/p>/.exec(html)![0])?.[1];
      expect(address).toBeDefined();
      expect(all.replace(/\s+/g, '')).toContain(`(${address!})`);
      return;
    }
    const caption = unhtml(/<caption[^>]*>([\s\S]*?)<\/caption>/.exec(table)![1]!);
    const rows = [...table.matchAll(/<th scope="row"[^>]*>([\s\S]*?)<\/th>/g)].map((m) => unhtml(m[1]!));
    expect(rows.length, 'activity rows and the totals row').toBeGreaterThanOrEqual(3);
    expect(rows.at(-1)).toBe(c.total);
    const at = pages.findIndex((p) => squash(p).includes(caption));
    expect(at, `caption "${caption}" in the PDF`).toBeGreaterThanOrEqual(0);
    // pdftotext interleaves wrapped cells, so check each row title word by word on the caption's page.
    const words = new Set(squash(pages[at]!).split(' '));
    for (const row of rows)
      expect(
        row.split(' ').filter((w) => !words.has(w)),
        `row "${row}" on page ${at + 1}`,
      ).toEqual([]);
  });

  test('the EU funding acknowledgement and its disclaimer are printed', () => {
    expect(squash(all)).toContain(c.funding);
    expect(squash(all)).toContain(c.disclaimer);
  });

  // Every address the plan's references give (content: references.json), written out in full.
  const referenceUrls = [...new Set(edition.references.flatMap((r) => r.urls))].sort();
  test('references are printed with their URLs', ({ skip }) => {
    if (referenceUrls.length === 0) return skip("no reference of this plan gives an address (references.json's urls)");
    const refs = /<ol class="reference-list"[\s\S]*?<\/ol>/.exec(html)?.[0] ?? html;
    const urls = [...new Set([...refs.matchAll(/href="(https?:\/\/[^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&')))];
    expect(urls.sort()).toEqual(referenceUrls);
    const flat = all.replace(/\s+/g, '');
    expect(urls.filter((u) => !flat.includes(u))).toEqual([]);
  });
});
