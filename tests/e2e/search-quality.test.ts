/**
 * Search quality: every case of tests/fixtures/search-queries.json and of our own tests/fixtures/search-cases.json
 * must find its passage among the first 3 hits, in the reader's language. Prints the share per language.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../support/browser.ts';
import { serveSite, type StaticSite } from '../../support/server.ts';
import { requireBuiltSite } from '../../support/site.ts';
import { judge, latvianKey, latvianSections, pagefindResults, prepared, targetsOf, type CaseFile, type CaseResult, type SearchCase } from '../../support/search.ts';
import { localizedUrl } from '../../src/lib/urls.ts';
import type { Locale } from '../../src/lib/locales.ts';

const shared = JSON.parse(readFileSync(path.resolve('tests/fixtures/search-queries.json'), 'utf8')) as CaseFile;
const ours = JSON.parse(readFileSync(path.resolve('tests/fixtures/search-cases.json'), 'utf8')) as CaseFile;

let site: StaticSite;
let browser: Browser;
let sectionsByPage: Record<string, Record<string, string>> = {};

beforeAll(async () => {
  site = await serveSite(requireBuiltSite());
  browser = await launchBrowser();
  sectionsByPage = await latvianSections(browser, site.origin);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function run(locale: Locale, cases: SearchCase[]): Promise<CaseResult[]> {
  const page = await browser.newPage();
  await page.goto(`${site.origin}${localizedUrl('search', locale, { base: '/' })}`);
  const queries = prepared(cases, locale, false);
  const results = await pagefindResults(page, '/', queries);
  await page.close();
  return judge(cases, results, queries, (c) => targetsOf(c.passage, sectionsByPage), latvianKey);
}

function report(locale: Locale, label: string, results: CaseResult[]): void {
  const found = results.filter((r) => r.rank > 0).length;
  console.log(`search quality (${locale}, ${label}): ${found}/${results.length} in the top 3 (${Math.round((found / results.length) * 100)}%)`);
  for (const r of results.filter((x) => x.rank === 0)) console.log(`  missed "${r.q}" → ${r.hits.map((h) => h.url).join(', ') || 'no results'}`);
}

describe('search quality', () => {
  it('knows where every expected passage is', () => {
    for (const c of [...shared.lv, ...shared.en, ...ours.lv, ...ours.en]) expect(targetsOf(c.passage, sectionsByPage), c.passage).not.toEqual([]);
  });

  for (const locale of ['lv', 'en'] as const) {
    it(`finds every shared case in the top 3 (${locale})`, async () => {
      const results = await run(locale, shared[locale]);
      report(locale, 'shared cases', results);
      expect(results.filter((r) => r.rank === 0).map((r) => r.q)).toEqual([]);
    });

    it(`finds every one of our own cases in the top 3 (${locale})`, async () => {
      const results = await run(locale, ours[locale]);
      report(locale, 'our cases', results);
      expect(results.filter((r) => r.rank === 0).map((r) => r.q)).toEqual([]);
    });
  }
});
