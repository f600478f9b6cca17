/**
 * Runs search queries against the built site's Pagefind index in headless Chromium through runSearch
 * (src/lib/search/run.ts), exactly as the search UI does: same Pagefind options, same query preparation,
 * relaxation, correction (with the vocabulary fetched from the site) and ranking. Judges the top hits against
 * the passage each case expects. Shared by the search-quality test and the search benchmark.
 */
import type { Browser, Page } from 'playwright-core';
import { localizedUrl, pageOfPath } from '../src/lib/urls.ts';
import { checkContent } from '../src/content/check.ts';
import { currentEdition } from '../src/lib/content/model.ts';
import { glossaryRecords, participationRecords, searchRecords } from '../src/integrations/pagefind/records.ts';
import type { PagefindResultData, SearchHit } from '../src/lib/search/results.ts';
import { pagefindOptions, runSearch, type PagefindSearch, type SearchOutcome } from '../src/lib/search/run.ts';
import { decodeVocabulary, vocabularyFile, type VocabularyFile } from '../src/lib/search/vocabulary.ts';
import { LOCALES, type Locale } from '../src/lib/locales.ts';
import { dictionaryCheck, type WordCheck } from '../src/lib/search/spelling.ts';

/** What a case is an example of (content/checks/search-cases.json); the benchmark reports each class. */
type SearchClass =
  | 'sample'
  | 'everyday'
  | 'inflection'
  | 'partial'
  | 'short'
  | 'typo'
  | 'question'
  | 'audience'
  | 'term'
  | 'eligibility'
  | 'benefit'
  | 'recognition'
  | 'partner'
  | 'number'
  | 'wording';

export interface SearchCase {
  q: string;
  /** A Latvian phrase of the passage that answers the query (the English site answers with its translation, same anchor). */
  passage: string;
  class?: SearchClass;
  /** The passage must be within this many first hits (default 3). */
  top?: number;
  /** typo cases: the query must be corrected (the reader is told what was searched instead). */
  corrected?: boolean;
  /** partial cases: the words the reader is told were not found. */
  notFound?: string[];
  note?: string;
}

export interface CaseResult extends SearchCase {
  hits: SearchHit[];
  outcome: SearchOutcome;
  /** Rank (1-based) of the first hit that is the passage, or 0. */
  rank: number;
  /** Within its top (3 unless the case says otherwise), and what it expects of notFound/corrected holds. */
  passed: boolean;
}

/** Pagefind's JS API in a browser page, driven from Node: runSearch gets the same results the UI gets. */
export async function pagefindInPage(page: Page, base: string): Promise<PagefindSearch> {
  // Passed as source text: Vitest would rewrite a dynamic import() inside a function it compiles.
  await page.evaluate(`(async ({ base, options }) => {
    const pf = await import(base + 'pagefind/pagefind.js');
    await pf.options(options);
    await pf.init();
    window.__search = { pf, results: new Map(), next: 0 };
  })(${JSON.stringify({ base, options: pagefindOptions(base) })})`);
  return {
    async search(term) {
      const rows = (await page.evaluate(`(async (term) => {
        const s = window.__search;
        const found = await s.pf.search(term);
        return found.results.map((r) => { const key = s.next++; s.results.set(key, r); return { key, id: r.id, score: r.score }; });
      })(${JSON.stringify(term)})`)) as { key: number; id: string; score: number }[];
      return {
        results: rows.map((r) => ({
          id: r.id,
          score: r.score,
          data: () => page.evaluate(`window.__search.results.get(${r.key}).data()`) as Promise<PagefindResultData>,
        })),
      };
    },
  };
}

/** The vocabulary as the UI loads it: fetched from the site by the page. */
function vocabularyLoader(page: Page, base: string, locale: Locale) {
  return async () =>
    decodeVocabulary(
      (await page.evaluate(`fetch(${JSON.stringify(base + vocabularyFile(locale))}).then((r) => r.json())`)) as VocabularyFile,
    );
}

/** The dictionary check as the UI makes it: files fetched from the site by the page; the count of fetches kept. */
export function wordChecker(page: Page, base: string, locale: Locale): WordCheck & { fetched: string[] } {
  const fetched: string[] = [];
  const check = dictionaryCheck(
    async (file) => {
      fetched.push(file);
      return (await page.evaluate(`fetch(${JSON.stringify(base + file)}).then((r) => (r.ok ? r.text() : undefined))`)) as
        string | undefined;
    },
    [locale, ...LOCALES.filter((l) => l !== locale)],
  );
  return Object.assign(check, { fetched });
}

/** Runs every query through runSearch in a page of the given language. */
export async function searchAll(browser: Browser, origin: string, locale: Locale, queries: string[]): Promise<SearchOutcome[]> {
  const page = await browser.newPage();
  await page.goto(`${origin}${localizedUrl('search', locale, { base: '/' })}`);
  const pagefind = await pagefindInPage(page, '/');
  const loadVocabulary = vocabularyLoader(page, '/', locale);
  const isWord = wordChecker(page, '/', locale);
  const out: SearchOutcome[] = [];
  for (const q of queries) out.push(await runSearch(pagefind, q, locale, { limit: 10, loadVocabulary, isWord }));
  await page.close();
  return out;
}

/** Pagefind as it comes (the benchmark's stock variant): the query as typed, raw result data. */
export async function pagefindResults(page: Page, base: string, queries: string[], perQuery = 6): Promise<PagefindResultData[][]> {
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
async function headingSections(page: Page): Promise<Record<string, string>> {
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
export function pagefindOrder(pages: PagefindResultData[], limit = 10): SearchOutcome {
  const hits = pages
    .flatMap((p) => {
      const subs = (p.sub_results ?? []).filter((s) => s.url.includes('#'));
      const page = p.meta.title ?? p.url;
      const hit = (title: string, url: string, excerpt: string): SearchHit => ({
        title,
        page,
        url,
        excerpt,
        matched: [],
        kind: p.filters?.kind?.[0] ?? '',
      });
      return subs.length ? subs.map((s) => hit(s.title, s.url, s.excerpt)) : [hit(page, p.url, p.excerpt)];
    })
    .slice(0, limit);
  return { hits: hits.map((h) => ({ ...h, missing: [] })), notFound: [], answered: hits.length > 0, searched: '' };
}

export function judge(
  cases: SearchCase[],
  outcomes: SearchOutcome[],
  targets: (c: SearchCase) => string[],
  /** Maps a hit URL of this language to the Latvian page path + #id it stands for. */
  toLatvianKey: (url: string) => string,
): CaseResult[] {
  return cases.map((c, i) => {
    const outcome = outcomes[i]!;
    const wanted = targets(c);
    const rank = outcome.hits.findIndex((h) => wanted.includes(toLatvianKey(h.url))) + 1;
    const expectations =
      (c.corrected === undefined || c.corrected === (outcome.correctedQuery !== undefined)) &&
      (c.notFound === undefined || JSON.stringify([...c.notFound].sort()) === JSON.stringify([...outcome.notFound].sort()));
    return { ...c, hits: outcome.hits.slice(0, 3), outcome, rank, passed: rank > 0 && rank <= (c.top ?? 3) && expectations };
  });
}

/** HTML pages Pagefind indexes (their data-pagefind-body), whose heading sections the cases point into. */
const INDEXED_PAGES = ['table'] as const;

/**
 * What each Latvian search unit contains, keyed by page path and then id: the answer records as indexed
 * (FAQ page path, question or activity id) and the heading sections of the indexed HTML pages.
 */
export async function latvianSections(
  browser: Browser,
  origin: string,
  contentRoot?: string,
): Promise<Record<string, Record<string, string>>> {
  const page = await browser.newPage();
  const out: Record<string, Record<string, string>> = {};
  const { model } = checkContent(contentRoot ? { root: contentRoot } : {});
  for (const record of [
    ...searchRecords(currentEdition(model), 'lv', model.search.lv),
    ...participationRecords(model.participation, 'lv'),
    ...glossaryRecords(model.glossary, 'lv'),
  ]) {
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

/** A result shows nothing: no hit at all. */
export const showsNothing = (r: CaseResult) => r.outcome.hits.length === 0;

/** The words of a query, as runSearch splits them. */
const wordsOf = (query: string) =>
  query
    .toLowerCase()
    .split(/[^\p{L}\p{N}+@]+/u)
    .filter(Boolean);

/**
 * Queries in which search replaced a real word (one the dictionaries know, wordChecker) by another: what
 * the product brief says must never happen. Each as "typed → searched".
 */
export async function realWordsReplaced(
  queries: string[],
  outcomes: SearchOutcome[],
  isWord: (word: string) => Promise<boolean>,
): Promise<string[]> {
  const out: string[] = [];
  for (const [i, q] of queries.entries()) {
    const corrected = outcomes[i]?.correctedQuery;
    if (!corrected) continue;
    const typed = wordsOf(q);
    const searched = wordsOf(corrected);
    const replaced = typed.filter((w, j) => searched[j] !== undefined && searched[j] !== w);
    for (const w of replaced) if (await isWord(w)) out.push(`${q} → ${corrected}`);
  }
  return [...new Set(out)];
}
