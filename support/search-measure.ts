/**
 * Measures search in headless Chromium on a built site: bytes fetched and time until results are shown
 * for a first and a second query typed into the search page, and the index size per language.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { serveSite } from './server.ts';
import { localizedUrl } from '../src/lib/urls.ts';
import type { Locale } from '../src/lib/locales.ts';
import { meterTraffic } from './traffic.ts';

export interface QueryCost {
  query: string;
  /** Bytes on the wire, gzip as a real host would send them. */
  bytes: number;
  requests: number;
  /** From the input event to the result list being filled, in the page (includes Pagefind's 120 ms debounce). */
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

export async function measureQueries(browser: Browser, siteDir: string, locale: Locale, queries: string[]): Promise<QueryCost[]> {
  const site = await serveSite(siteDir, '/', { gzip: true });
  const context = await browser.newContext();
  const traffic = meterTraffic(context);
  const page = await context.newPage();
  await page.goto(`${site.origin}${localizedUrl('search', locale, { base: '/' })}`, { waitUntil: 'networkidle' });
  const costs: QueryCost[] = [];
  for (const query of queries) {
    traffic.reset();
    const ms = await page.evaluate(
      (q) =>
        new Promise<number>((resolve) => {
          const panel = document.querySelector('main [data-search-panel]')!;
          const input = panel.querySelector<HTMLInputElement>('input[type="search"]')!;
          const list = panel.querySelector('[data-search-results]')!;
          list.replaceChildren();
          const start = performance.now();
          const observer = new MutationObserver(() => {
            if (list.children.length > 0) {
              observer.disconnect();
              resolve(performance.now() - start);
            }
          });
          observer.observe(list, { childList: true });
          input.value = q;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }),
      query,
    );
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    costs.push({ query, ...(await traffic.read()), ms: Math.round(ms) });
  }
  await context.close();
  await site.close();
  return costs;
}
