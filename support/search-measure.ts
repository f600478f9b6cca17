/**
 * Measures search in headless Chromium on a built site: bytes fetched and time until results are shown
 * for a first query typed on a cold page and a second one, and the index and vocabulary sizes per language.
 * Bytes are counted by the server (support/server.ts): headers and gzip bodies as sent, web workers' included.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { serveSite, type StaticSite } from './server.ts';
import { gz } from './weight.ts';
import { localizedUrl } from '../src/lib/urls.ts';
import type { Locale } from '../src/lib/locales.ts';
import { vocabularyFile } from '../src/lib/search/vocabulary.ts';

export interface QueryCost {
  query: string;
  /** Bytes on the wire, gzip as a real host would send them. */
  bytes: number;
  requests: number;
  /** From the input event to the first result on screen. */
  ms: number;
}

/** Bytes of the search files one language needs: its index, fragments, metadata and WebAssembly, plus the shared loader. */
export function indexBytes(siteDir: string): Record<string, { own: number; shared: number }> {
  const dir = path.join(siteDir, 'pagefind');
  const sizeOf = (rel: string) => statSync(path.join(dir, rel)).size;
  const all = [
    ...readdirSync(dir).filter((f) => statSync(path.join(dir, f)).isFile()),
    ...readdirSync(path.join(dir, 'index')).map((f) => `index/${f}`),
    ...readdirSync(path.join(dir, 'fragment')).map((f) => `fragment/${f}`),
  ];
  const shared = all.filter((f) => /^pagefind(-worker)?\.js$|pagefind-entry\.json$/.test(f)).reduce((n, f) => n + sizeOf(f), 0);
  const out: Record<string, { own: number; shared: number }> = {};
  for (const locale of ['lv', 'en']) {
    const own = all.filter((f) => new RegExp(`(^|/)(pagefind\\.)?${locale}_`).test(f));
    out[locale] = { own: own.reduce((n, f) => n + sizeOf(f), 0), shared };
  }
  const wasm = all.filter((f) => f.startsWith('wasm.'));
  for (const f of wasm) {
    const lang = f.split('.')[1]!;
    if (out[lang]) out[lang]!.own += sizeOf(f);
    else if (lang === 'unknown') out.lv!.own += sizeOf(f); // no Latvian stemmer: Pagefind's language-neutral WebAssembly
  }
  return out;
}

/** gzip bytes of each language's vocabulary file (0 where the site has none). */
export function vocabularyBytes(siteDir: string, locales: Locale[] = ['lv', 'en']): Record<string, number> {
  return Object.fromEntries(
    locales.map((l) => {
      const file = path.join(siteDir, vocabularyFile(l));
      return [l, existsSync(file) ? gz(readFileSync(file)) : 0];
    }),
  );
}

/** How a site's search dialog is driven: ours, or Starlight's Pagefind UI (the yardstick). */
export interface SearchUi {
  name: string;
  /** The page the reader starts on, per language. */
  start: (locale: Locale) => string;
  input: string;
  result: string;
}

export const OUR_UI: SearchUi = {
  name: 'ours',
  start: (locale) => localizedUrl('home', locale, { base: '/' }),
  input: 'dialog[data-search-dialog] input[type="search"]',
  result: 'dialog[data-search-dialog] .search-result',
};

export const STARLIGHT_UI: SearchUi = {
  name: 'Starlight',
  start: (locale) => (locale === 'lv' ? '/' : `/${locale}/`),
  input: 'dialog .pagefind-ui__search-input',
  result: 'dialog .pagefind-ui__result',
};

/**
 * Empties the search field (the UI then clears its results), types a query at once and resolves with the
 * ms from that input event until a result is on screen.
 */
async function typeAndWait(page: Page, ui: SearchUi, query: string): Promise<number> {
  await page.evaluate((input) => {
    const field = document.querySelector<HTMLInputElement>(input)!;
    field.value = '';
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }, ui.input);
  await page.waitForFunction((result) => !document.querySelector(result), ui.result, { timeout: 5000 }).catch(() => undefined);
  return page.evaluate(
    ({ query, input, result }) =>
      new Promise<number>((resolve, reject) => {
        const field = document.querySelector<HTMLInputElement>(input)!;
        const start = performance.now();
        setTimeout(() => reject(new Error(`no result for "${query}" within 15 s`)), 15_000);
        const observer = new MutationObserver(() => {
          if (document.querySelector(result)) {
            observer.disconnect();
            resolve(performance.now() - start);
          }
        });
        observer.observe(document.body, { childList: true, subtree: true });
        field.value = query;
        field.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    { query, input: ui.input, result: ui.result },
  );
}

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
}

/**
 * One cold run: a fresh browser context opens the language's home page and waits until it is idle; the
 * reader opens search with Ctrl+K and types the first query as soon as the field has focus (no pause
 * that could hide loading); then a second query on the same page. Counts everything fetched from opening
 * search until the results are shown and the network is idle.
 */
async function coldSearch(
  browser: Browser,
  site: StaticSite,
  ui: SearchUi,
  locale: Locale,
  queries: [string, string],
): Promise<[QueryCost, QueryCost]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${site.origin}${ui.start(locale)}`, { waitUntil: 'networkidle' });
  await page.waitForTimeout(300);
  site.traffic.reset();
  await page.keyboard.press('Control+k');
  await page.waitForFunction((input) => document.activeElement?.matches(input) === true, ui.input);
  const costs: QueryCost[] = [];
  for (const query of queries) {
    const ms = await typeAndWait(page, ui, query);
    await settle(page);
    costs.push({ query, ...site.traffic.read(), ms: Math.round(ms) });
    site.traffic.reset();
  }
  await context.close();
  return costs as [QueryCost, QueryCost];
}

export interface ColdSearchSummary {
  first: QueryCost;
  second: QueryCost;
  /** Every run's ms, first query. */
  firstMs: number[];
  secondMs: number[];
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : Math.round((s[s.length / 2 - 1]! + s[s.length / 2]!) / 2);
};

/** `runs` cold runs; bytes and requests of the last run (they do not vary), times as medians. */
export async function coldSearches(
  browser: Browser,
  siteDir: string,
  ui: SearchUi,
  locale: Locale,
  queries: [string, string],
  runs = 7,
): Promise<ColdSearchSummary> {
  const site = await serveSite(siteDir, '/', { gzip: true });
  const all: [QueryCost, QueryCost][] = [];
  for (let i = 0; i < runs; i++) all.push(await coldSearch(browser, site, ui, locale, queries));
  await site.close();
  const firstMs = all.map((r) => r[0].ms);
  const secondMs = all.map((r) => r[1].ms);
  const last = all.at(-1)!;
  return { first: { ...last[0], ms: median(firstMs) }, second: { ...last[1], ms: median(secondMs) }, firstMs, secondMs };
}

/**
 * The search page, warm: Pagefind loads on the first query typed into it (bench/build.ts's growth runs).
 */
export async function measureQueries(browser: Browser, siteDir: string, locale: Locale, queries: string[]): Promise<QueryCost[]> {
  const site = await serveSite(siteDir, '/', { gzip: true });
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${site.origin}${localizedUrl('search', locale, { base: '/' })}`, { waitUntil: 'networkidle' });
  const ui: SearchUi = {
    ...OUR_UI,
    input: 'main [data-search-panel] input[type="search"]',
    result: 'main [data-search-panel] .search-result',
  };
  const costs: QueryCost[] = [];
  for (const query of queries) {
    site.traffic.reset();
    const ms = await typeAndWait(page, ui, query);
    await settle(page);
    costs.push({ query, ...site.traffic.read(), ms: Math.round(ms) });
  }
  await context.close();
  await site.close();
  return costs;
}
