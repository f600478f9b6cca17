/**
 * Runs search queries against the built site's Pagefind index in headless Chromium, exactly as the search
 * UI does (same query preparation, same result flattening), and judges the top hits against the passage
 * each case expects. Shared by the search-quality test and the search benchmark.
 */
import type { Browser, Page } from 'playwright-core';
import { localizedUrl, pageOfPath } from '../src/lib/urls.ts';
import { checkContent } from '../src/lib/content/check.ts';
import { currentEdition } from '../src/lib/content/model.ts';
import { searchRecords } from '../src/lib/search/records.ts';
import { rankHits, type PagefindResultData, type SearchHit } from '../src/lib/search/results.ts';
import { prepareQuery } from '../src/lib/search/query.ts';
import type { Locale } from '../src/lib/locales.ts';

export interface SearchCase {
  q: string;
  /** A Latvian phrase of the passage that answers the query (the English site answers with its translation, same anchor). */
  passage: string;
  note?: string;
}

export interface CaseResult extends SearchCase {
  hits: SearchHit[];
  /** Rank (1-based) of the first hit that is the passage, or 0. */
  rank: number;
}

/** Loads Pagefind in the page (its language decides the index) and returns raw result data per query. */
export async function pagefindResults(page: Page, base: string, queries: string[], perQuery = 6): Promise<PagefindResultData[][]> {
  // Passed as source text: Vitest would rewrite a dynamic import() inside a function it compiles.
  const script = `(async ({ base, queries, perQuery }) => {
    const pf = await import(base + 'pagefind/pagefind.js');
    await pf.options({ baseUrl: base, excerptLength: 22 });
    await pf.init();
    const out = [];
    for (const q of queries) {
      const search = await pf.search(q);
      out.push(await Promise.all(search.results.slice(0, perQuery).map((r) => r.data())));
    }
    return out;
  })(${JSON.stringify({ base, queries, perQuery })})`;
  return (await page.evaluate(script)) as PagefindResultData[][];
}

/**
 * Text of every heading section of a page: a heading with an id and what follows it up to the next
 * heading with an id (the way Pagefind cuts sub-results). Key "" is the text before the first one.
 */
export async function headingSections(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const root = document.querySelector('[data-pagefind-body]') ?? document.body;
    const sections: Record<string, string> = { '': '' };
    let current = '';
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.ELEMENT_NODE) {
        const el = node as Element;
        if (/^H[1-6]$/.test(el.tagName) && el.id) {
          current = el.id;
          sections[current] = '';
        }
      } else sections[current] = (sections[current] ?? '') + (node.textContent ?? '');
    }
    for (const k of Object.keys(sections)) sections[k] = sections[k]!.replace(/\s+/g, ' ');
    return sections;
  });
}

/** "<page path>#<id>" of every search unit (Latvian) that contains the passage. */
export function targetsOf(passage: string, sectionsByPage: Record<string, Record<string, string>>): string[] {
  const out: string[] = [];
  for (const [pagePath, sections] of Object.entries(sectionsByPage)) {
    for (const [id, text] of Object.entries(sections)) if (text.includes(passage)) out.push(`${pagePath}#${id}`);
  }
  return out;
}

/** Pagefind's own order, as its stock UI lists results: pages in rank order, each with its sections in the order given. */
export function pagefindOrder(pages: PagefindResultData[], _terms: string[], limit: number): SearchHit[] {
  return pages
    .flatMap((p) => {
      const subs = (p.sub_results ?? []).filter((s) => s.url.includes('#'));
      const page = p.meta.title ?? p.url;
      return subs.length ? subs.map((s) => ({ title: s.title, page, url: s.url, excerpt: s.excerpt })) : [{ title: page, page, url: p.url, excerpt: p.excerpt }];
    })
    .slice(0, limit);
}

export function judge(
  cases: SearchCase[],
  results: PagefindResultData[][],
  queries: string[],
  targets: (c: SearchCase) => string[],
  /** Maps a hit URL of this language to the Latvian page path + #id it stands for. */
  toLatvianKey: (url: string) => string,
  order: (pages: PagefindResultData[], terms: string[], limit: number) => SearchHit[] = rankHits,
): CaseResult[] {
  return cases.map((c, i) => {
    const hits = order(results[i] ?? [], queries[i]!.split(' '), 3);
    const wanted = targets(c);
    const rank = hits.findIndex((h) => wanted.includes(toLatvianKey(h.url))) + 1;
    return { ...c, hits, rank };
  });
}

export function prepared(cases: SearchCase[], locale: Locale, stock: boolean): string[] {
  return cases.map((c) => (stock ? c.q : prepareQuery(c.q, locale)));
}

/** HTML pages Pagefind indexes (their data-pagefind-body), whose heading sections the cases point into. */
export const INDEXED_PAGES = ['table', 'glossary'] as const;

/**
 * What each Latvian search unit contains, keyed by page path and then id: the answer records as indexed
 * (FAQ page path, question or activity id) and the heading sections of the indexed HTML pages.
 */
export async function latvianSections(browser: Browser, origin: string, contentRoot?: string): Promise<Record<string, Record<string, string>>> {
  const page = await browser.newPage();
  const out: Record<string, Record<string, string>> = {};
  const edition = currentEdition(checkContent(contentRoot ? { root: contentRoot } : {}).model);
  for (const record of searchRecords(edition, 'lv')) {
    const url = new URL(record.url, 'http://site');
    (out[url.pathname] ??= {})[url.hash.slice(1)] = `${record.meta.title} ${record.content}`.replace(/\s+/g, ' ');
  }
  for (const key of INDEXED_PAGES) {
    const pathname = localizedUrl(key, 'lv', { base: '/' });
    await page.goto(`${origin}${pathname}`);
    out[pathname] = await headingSections(page);
  }
  await page.close();
  return out;
}

/** A hit on either site, as the Latvian page and heading it stands for. */
export function latvianKey(url: string): string {
  const u = new URL(url, 'http://site');
  const here = pageOfPath(u.pathname, '/');
  const pathname = here ? localizedUrl(here.page, 'lv', { base: '/' }) : u.pathname;
  return `${pathname}#${decodeURIComponent(u.hash.slice(1))}`;
}

export interface CaseFile {
  lv: SearchCase[];
  en: SearchCase[];
}
