/**
 * npm run bench:search — what search costs and how well it finds, for the site as built (dist/) and for a
 * "stock" build: the same site with no search keywords in the content, the FAQ indexed as the HTML page it
 * is (Pagefind's default) instead of as answer records, queried with the reader's words as typed, results
 * in Pagefind's own order (what Pagefind gives out of the box).
 * Prints a table and writes bench-results/search.json.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser } from '../support/browser.ts';
import { serveSite } from '../support/server.ts';
import { judge, latvianKey, latvianSections, pagefindOrder, pagefindResults, prepared, targetsOf, type CaseFile } from '../support/search.ts';
import { localizedUrl } from '../src/lib/urls.ts';
import { indexBytes, measureQueries } from '../support/search-measure.ts';
import { rankHits } from '../src/lib/search/results.ts';
import * as pagefind from 'pagefind';

const site = path.resolve(process.env.SITE_DIR ?? 'dist');
const work = path.resolve('.build/bench-search');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

// The stock variant: same content without the keywords we added for search.
const stockContent = path.join(work, 'content');
cpSync('content', stockContent, { recursive: true });
for (const edition of readdirSync(path.join(stockContent, 'editions'))) {
  const dir = path.join(stockContent, 'editions', edition);
  const activities = JSON.parse(readFileSync(path.join(dir, 'activities.json'), 'utf8')) as { keywords?: unknown }[];
  for (const a of activities) delete a.keywords;
  writeFileSync(path.join(dir, 'activities.json'), JSON.stringify(activities));
  for (const locale of readdirSync(path.join(dir, 'questions'))) {
    for (const file of readdirSync(path.join(dir, 'questions', locale))) {
      const full = path.join(dir, 'questions', locale, file);
      writeFileSync(full, readFileSync(full, 'utf8').replace(/^keywords:.*$/m, 'keywords: []'));
    }
  }
}
const stockSite = path.join(work, 'site');
console.log('Building the stock variant…');
const built = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
  env: { ...process.env, CONTENT_DIR: stockContent, OUT_DIR: stockSite, ASTRO_TELEMETRY_DISABLED: '1' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (built.status !== 0) throw new Error('stock build failed');
// Stock indexing: the FAQ pages as HTML (data-pagefind-body), no answer records.
for (const faq of ['buj/index.html', 'en/faq/index.html']) {
  const file = path.join(stockSite, faq);
  writeFileSync(file, readFileSync(file, 'utf8').replace('<div class="page">', '<div class="page" data-pagefind-body>'));
}
rmSync(path.join(stockSite, 'pagefind'), { recursive: true, force: true });
const { index } = await pagefind.createIndex({});
await index!.addDirectory({ path: stockSite });
await index!.writeFiles({ outputPath: path.join(stockSite, 'pagefind') });
await pagefind.close();

const cases = {
  shared: JSON.parse(readFileSync('tests/fixtures/search-queries.json', 'utf8')) as CaseFile,
  ours: JSON.parse(readFileSync('tests/fixtures/search-cases.json', 'utf8')) as CaseFile,
};
const browser = await launchBrowser();

async function quality(dir: string, stock: boolean) {
  const served = await serveSite(dir);
  const sections = await latvianSections(browser, served.origin);
  const out: Record<string, string> = {};
  for (const locale of ['lv', 'en'] as const) {
    for (const [name, file] of Object.entries(cases)) {
      const page = await browser.newPage();
      await page.goto(`${served.origin}${localizedUrl('search', locale, { base: '/' })}`);
      const queries = prepared(file[locale], locale, stock);
      const results = await pagefindResults(page, '/', queries);
      await page.close();
      const judged = judge(file[locale], results, queries, (c) => targetsOf(c.passage, sections), latvianKey, stock ? pagefindOrder : rankHits);
      out[`${locale} ${name}`] = `${judged.filter((r) => r.rank > 0).length}/${judged.length}`;
    }
  }
  await served.close();
  return out;
}

const variants = { stock: stockSite, built: site };
const report: Record<string, unknown> = {};
for (const [name, dir] of Object.entries(variants)) {
  report[name] = {
    top3: await quality(dir, name === 'stock'),
    indexBytes: indexBytes(dir),
    lv: await measureQueries(browser, dir, 'lv', ['mobilitate', 'prakse arzemes']),
    en: await measureQueries(browser, dir, 'en', ['mobility', 'placement abroad']),
  };
}
await browser.close();

type Q = { query: string; bytes: number; requests: number; ms: number };
type R = { top3: Record<string, string>; indexBytes: Record<string, { own: number; shared: number }>; lv: Q[]; en: Q[] };
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
console.log('\n| measure | stock | built |\n|---|---|---|');
const s = report.stock as R;
const b = report.built as R;
for (const key of Object.keys(s.top3)) console.log(`| top-3 hits, ${key} | ${s.top3[key]} | ${b.top3[key]} |`);
for (const locale of ['lv', 'en'] as const) {
  console.log(`| index ${locale} (own files + shared loader) | ${kb(s.indexBytes[locale]!.own)} + ${kb(s.indexBytes[locale]!.shared)} | ${kb(b.indexBytes[locale]!.own)} + ${kb(b.indexBytes[locale]!.shared)} |`);
  for (const i of [0, 1]) {
    const [x, y] = [s[locale][i]!, b[locale][i]!];
    console.log(`| ${i === 0 ? 'first' : 'second'} query "${x.query}" (${locale}): bytes, requests, ms to results | ${kb(x.bytes)}, ${x.requests}, ${x.ms} ms | ${kb(y.bytes)}, ${y.requests}, ${y.ms} ms |`);
  }
}
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/search.json', JSON.stringify({ date: new Date().toISOString(), ...report }, null, 2));
console.log('\nwritten bench-results/search.json (times include Pagefind\'s 120 ms input debounce; files served with gzip)');
