/**
 * npm run bench:search — how well search finds and what it costs, for the site as built (dist/) and for a
 * "stock" build: the same site with no search keywords in the content, the FAQ and the glossary indexed as
 * the HTML pages they are (Pagefind's default) instead of as records, queried with the reader's words as typed, results in
 * Pagefind's own order (what Pagefind gives out of the box).
 *
 *   --starlight DIR   also time Starlight's own search on its built site (a yardstick, e.g.
 *                     /work/anchor/starlight/dist): costs only, its results are not judged
 *   --baseline DIR    also time an earlier build of this site (e.g. a copy of dist/ kept before a change)
 *   --runs N          cold runs per language and site (default 7; times are medians)
 *
 * Quality: the share of cases (content/checks/search-queries.json, the brief's sample, and our classes in
 * content/checks/search-cases.json) whose passage is within the first 3 hits, per class and language, and
 * the share of queries that show nothing at all. (The search-quality test is stricter: some cases need
 * the first place, typo cases a correction, partial cases the words not found.) Costs: a cold page, search opened
 * with Ctrl+K and the first query typed at once: bytes and requests until the results are shown and the
 * network is idle, ms from the input event to the first result; then a second query.
 * Prints tables and writes bench-results/search.json.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { launchBrowser } from '../support/browser.ts';
import { serveSite } from '../support/server.ts';
import {
  judge,
  latvianKey,
  latvianSections,
  pagefindOrder,
  pagefindResults,
  realWordsReplaced,
  searchAll,
  showsNothing,
  targetsOf,
  wordChecker,
  type CaseFile,
  type CaseResult,
  type SearchCase,
} from '../support/search.ts';
import { coldSearches, indexBytes, OUR_UI, STARLIGHT_UI, vocabularyBytes, type ColdSearchSummary } from '../support/search-measure.ts';
import { localizedUrl } from '../src/lib/urls.ts';
import type { Locale } from '../src/lib/locales.ts';

const { values: args } = parseArgs({
  options: { starlight: { type: 'string' }, baseline: { type: 'string' }, runs: { type: 'string', default: '7' } },
});
const RUNS = Number(args.runs);
const site = path.resolve(process.env.SITE_DIR ?? 'dist');
const work = path.resolve('.build/bench-search');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

// The stock variant: same content without the keywords we added for search.
const stockContent = path.join(work, 'content');
cpSync('content', stockContent, { recursive: true });
for (const edition of readdirSync(path.join(stockContent, 'editions'))) {
  const dir = path.join(stockContent, 'editions', edition);
  const activities = JSON.parse(readFileSync(path.join(dir, 'activities.json'), 'utf8')) as { keywords?: unknown; askedAs?: unknown }[];
  for (const a of activities) {
    delete a.keywords;
    delete a.askedAs;
  }
  writeFileSync(path.join(dir, 'activities.json'), JSON.stringify(activities));
  for (const locale of readdirSync(path.join(dir, 'questions'))) {
    for (const file of readdirSync(path.join(dir, 'questions', locale))) {
      const full = path.join(dir, 'questions', locale, file);
      writeFileSync(
        full,
        readFileSync(full, 'utf8')
          .replace(/^keywords:.*$/m, 'keywords: []')
          .replace(/^askedAs:.*\n/m, ''),
      );
    }
  }
}
// Nor how readers ask (content/search.json, glossary askedAs).
rmSync(path.join(stockContent, 'search.json'), { force: true });
const glossary = JSON.parse(readFileSync(path.join(stockContent, 'glossary.json'), 'utf8')) as { askedAs?: unknown }[];
for (const term of glossary) delete term.askedAs;
writeFileSync(path.join(stockContent, 'glossary.json'), JSON.stringify(glossary));
const stockSite = path.join(work, 'site');
console.log('Building the stock variant…');
const built = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
  env: { ...process.env, CONTENT_DIR: stockContent, OUT_DIR: stockSite, ASTRO_TELEMETRY_DISABLED: '1' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (built.status !== 0) throw new Error('stock build failed');
// Stock indexing: the FAQ and glossary pages as HTML (data-pagefind-body), no records, no vocabulary.
for (const key of ['faq', 'glossary'] as const) {
  for (const locale of ['lv', 'en'] as const) {
    const file = path.join(stockSite, localizedUrl(key, locale, { base: '/' }), 'index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace('<div class="page">', '<div class="page" data-pagefind-body>'));
  }
}
rmSync(path.join(stockSite, 'pagefind'), { recursive: true, force: true });
const { index } = await pagefind.createIndex({});
await index!.addDirectory({ path: stockSite });
await index!.writeFiles({ outputPath: path.join(stockSite, 'pagefind') });
await pagefind.close();

const cases = {
  sample: JSON.parse(readFileSync('content/checks/search-queries.json', 'utf8')) as CaseFile,
  ours: JSON.parse(readFileSync('content/checks/search-cases.json', 'utf8')) as CaseFile,
};
const LOCALES = ['lv', 'en'] as const;
const casesOf = (locale: Locale): SearchCase[] => [
  ...cases.sample[locale].map((c) => ({ ...c, class: 'sample' as const })),
  ...cases.ours[locale],
];
const browser = await launchBrowser();

/** Every case judged, per language: stock as Pagefind gives it, built through runSearch as the UI runs it. */
async function quality(dir: string, stock: boolean): Promise<Record<Locale, CaseResult[]>> {
  const served = await serveSite(dir);
  const sections = await latvianSections(browser, served.origin);
  const out = {} as Record<Locale, CaseResult[]>;
  for (const locale of LOCALES) {
    const list = casesOf(locale);
    let outcomes;
    if (stock) {
      const page = await browser.newPage();
      await page.goto(`${served.origin}${localizedUrl('search', locale, { base: '/' })}`);
      outcomes = (
        await pagefindResults(
          page,
          '/',
          list.map((c) => c.q),
        )
      ).map((pages) => pagefindOrder(pages));
      await page.close();
    } else {
      outcomes = await searchAll(
        browser,
        served.origin,
        locale,
        list.map((c) => c.q),
      );
    }
    out[locale] = judge(list, outcomes, (c) => targetsOf(c.passage, sections), latvianKey);
  }
  await served.close();
  return out;
}

// Second queries that every site finds something for (stock Pagefind finds nothing for "placement abroad").
const QUERIES: Record<Locale, [string, string]> = { lv: ['mobilitate', 'prakse arzemes'], en: ['mobility', 'job shadowing'] };
async function costs(dir: string, ui = OUR_UI): Promise<Record<Locale, ColdSearchSummary>> {
  const out = {} as Record<Locale, ColdSearchSummary>;
  for (const locale of LOCALES) out[locale] = await coldSearches(browser, dir, ui, locale, QUERIES[locale], RUNS);
  return out;
}

/**
 * Real words replaced by others: every case and every query of content/checks/search-unanswerable.json run
 * through runSearch on the built site; a replaced word is checked against the dictionaries the site publishes.
 */
const unanswerable = JSON.parse(readFileSync('content/checks/search-unanswerable.json', 'utf8')) as Record<Locale, { q: string }[]>;
async function replacedRealWords(dir: string): Promise<Record<Locale, { queries: number; replaced: string[] }>> {
  const served = await serveSite(dir);
  const out = {} as Record<Locale, { queries: number; replaced: string[] }>;
  for (const locale of LOCALES) {
    const queries = [...casesOf(locale).map((c) => c.q), ...unanswerable[locale].map((c) => c.q)];
    const outcomes = await searchAll(browser, served.origin, locale, queries);
    const page = await browser.newPage();
    await page.goto(`${served.origin}/`);
    out[locale] = { queries: queries.length, replaced: await realWordsReplaced(queries, outcomes, wordChecker(page, '/', locale)) };
    await page.close();
  }
  await served.close();
  return out;
}
const replaced = await replacedRealWords(site);

const report = {
  stock: {
    quality: await quality(stockSite, true),
    costs: await costs(stockSite),
    indexBytes: indexBytes(stockSite),
    vocabularyBytes: vocabularyBytes(stockSite),
  },
  built: {
    quality: await quality(site, false),
    costs: await costs(site),
    indexBytes: indexBytes(site),
    vocabularyBytes: vocabularyBytes(site),
    replaced,
  },
  baseline: args.baseline ? { costs: await costs(path.resolve(args.baseline)) } : undefined,
  starlight: args.starlight ? { costs: await costs(path.resolve(args.starlight), STARLIGHT_UI) } : undefined,
};
await browser.close();

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const share = (rs: CaseResult[], ok: (r: CaseResult) => boolean) => `${rs.filter(ok).length}/${rs.length}`;
const classes = [...new Set(LOCALES.flatMap((l) => casesOf(l).map((c) => c.class ?? 'sample')))];

const top3 = (r: CaseResult) => r.rank > 0 && r.rank <= 3;
console.log('\nQuality: passage within the first 3 hits\n');
console.log('| class | stock lv | built lv | stock en | built en |\n|---|---|---|---|---|');
for (const name of classes) {
  const cell = (v: 'stock' | 'built', l: Locale) => {
    const rs = report[v].quality[l].filter((r) => (r.class ?? 'sample') === name);
    return rs.length ? share(rs, top3) : '–';
  };
  console.log(`| ${name} | ${cell('stock', 'lv')} | ${cell('built', 'lv')} | ${cell('stock', 'en')} | ${cell('built', 'en')} |`);
}
const all = (v: 'stock' | 'built', l: Locale) => report[v].quality[l];
console.log(
  `| all | ${share(all('stock', 'lv'), top3)} | ${share(all('built', 'lv'), top3)} | ${share(all('stock', 'en'), top3)} | ${share(all('built', 'en'), top3)} |`,
);
console.log(
  `| real word replaced by another (cases + unanswerable) | – | ${replaced.lv.replaced.length}/${replaced.lv.queries} | – | ${replaced.en.replaced.length}/${replaced.en.queries} |`,
);
for (const locale of LOCALES) for (const r of replaced[locale].replaced) console.log(`  ${locale}: ${r}`);
console.log(
  `| shows nothing | ${share(all('stock', 'lv'), showsNothing)} | ${share(all('built', 'lv'), showsNothing)} | ${share(all('stock', 'en'), showsNothing)} | ${share(all('built', 'en'), showsNothing)} |`,
);

const columns = [
  ['stock', report.stock.costs],
  ['built', report.built.costs],
  ...(report.baseline ? [['baseline', report.baseline.costs] as const] : []),
  ...(report.starlight ? [['Starlight', report.starlight.costs] as const] : []),
] as const;
console.log(`\nCosts: cold page, Ctrl+K, query typed at once (median of ${RUNS} runs; bytes gzip on the wire, workers included)\n`);
console.log(`| measure | ${columns.map(([n]) => n).join(' | ')} |\n|---|${columns.map(() => '---|').join('')}`);
for (const locale of LOCALES) {
  const row = (label: string, cell: (c: ColdSearchSummary) => string) =>
    console.log(`| ${label} | ${columns.map(([, c]) => cell(c[locale])).join(' | ')} |`);
  row(`${locale} first query "${QUERIES[locale][0]}": typing → first result`, (c) => `${c.first.ms} ms`);
  row(`${locale} first query: bytes, requests`, (c) => `${kb(c.first.bytes)}, ${c.first.requests}`);
  row(`${locale} second query "${QUERIES[locale][1]}": typing → first result`, (c) => `${c.second.ms} ms`);
  row(`${locale} second query: bytes, requests`, (c) => `${kb(c.second.bytes)}, ${c.second.requests}`);
}
console.log('\n| files (gzip where sent so) | stock | built |\n|---|---|---|');
for (const locale of LOCALES) {
  const ib = (v: 'stock' | 'built') => `${kb(report[v].indexBytes[locale]!.own)} + ${kb(report[v].indexBytes[locale]!.shared)}`;
  console.log(`| index ${locale} (own files + shared loader, as stored) | ${ib('stock')} | ${ib('built')} |`);
  console.log(
    `| vocabulary ${locale} (gzip) | ${kb(report.stock.vocabularyBytes[locale]!)} | ${kb(report.built.vocabularyBytes[locale]!)} |`,
  );
}

mkdirSync('bench-results', { recursive: true });
const strip = (q: Record<Locale, CaseResult[]>) =>
  Object.fromEntries(
    LOCALES.map((l) => [
      l,
      q[l].map((r) => ({
        q: r.q,
        class: r.class ?? 'sample',
        rank: r.rank,
        passed: r.passed,
        shown: r.outcome.hits.length,
        corrected: r.outcome.correctedQuery,
        notFound: r.outcome.notFound,
      })),
    ]),
  );
writeFileSync(
  'bench-results/search.json',
  JSON.stringify(
    {
      date: new Date().toISOString(),
      runs: RUNS,
      ...report,
      stock: { ...report.stock, quality: strip(report.stock.quality) },
      built: { ...report.built, quality: strip(report.built.quality) },
    },
    null,
    2,
  ),
);
console.log('\nwritten bench-results/search.json');
