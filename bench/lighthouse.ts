/**
 * npm run bench:lighthouse: Lighthouse (pinned in bench/package.json, installed there on first use) on the home, FAQ and plan pages in both
 * languages, against dist/ served on 127.0.0.1 by the test server, in Debian's headless Chromium
 * (CHROME_PATH, default /usr/bin/chromium; never downloads a browser). Prints the four category scores.
 * Offline: everything the pages load is on 127.0.0.1, and Lighthouse itself needs no network.
 * Lighthouse's default mobile profile (simulated slow 4G, throttled CPU). Build first: npm run build.
 *   LH_RUNS=n   runs per page (median score is printed; default 1)
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../support/browser.ts';
import { serveSite } from '../support/server.ts';
import { requireBuiltSite } from '../support/site.ts';

const PAGES = ['/', '/buj/', '/plans/', '/en/', '/en/faq/', '/en/plan/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const runs = Math.max(1, Number(process.env.LH_RUNS ?? 1));
const chromePath = process.env.CHROME_PATH ?? CHROMIUM_PATH;
// The same flags as the browser tests, headless.
const chromeFlags = ['--headless=new', ...CHROMIUM_FLAGS];

const site = await serveSite(requireBuiltSite(), '/');
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags, logLevel: 'silent' });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rows: { page: string; scores: Record<string, number>; metrics: string; foreign: string[]; warnings: string[] }[] = [];

try {
  for (const pathname of PAGES) {
    const scores: Record<string, number[]> = Object.fromEntries(CATEGORIES.map((c) => [c, []]));
    const foreign = new Set<string>();
    const warnings = new Set<string>();
    const lcp: number[] = [];
    const tbt: number[] = [];
    const cls: number[] = [];
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(new URL(pathname.slice(1), site.url).href, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!result) throw new Error(`Lighthouse gave no result for ${pathname}`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`${pathname}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      for (const c of CATEGORIES) {
        const score = lhr.categories[c]?.score;
        if (score == null) throw new Error(`${pathname}: no ${c} score (${lhr.runWarnings.join('; ')})`);
        scores[c]!.push(Math.round(score * 100));
      }
      lhr.runWarnings.forEach((w) => warnings.add(w));
      lcp.push(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN);
      tbt.push(lhr.audits['total-blocking-time']?.numericValue ?? NaN);
      cls.push(lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN);
      const requests = (lhr.audits['network-requests']?.details as { items?: { url: string }[] } | undefined)?.items ?? [];
      for (const r of requests) if (!r.url.startsWith(site.origin) && !r.url.startsWith('data:')) foreign.add(r.url);
    }
    const metrics = `LCP ${(median(lcp) / 1000).toFixed(1)} s, TBT ${Math.round(median(tbt))} ms, CLS ${median(cls).toFixed(3)}`;
    rows.push({
      page: pathname,
      scores: Object.fromEntries(CATEGORIES.map((c) => [c, median(scores[c]!)])),
      metrics,
      foreign: [...foreign],
      warnings: [...warnings],
    });
    process.stderr.write(`  ${pathname} done\n`);
  }
} finally {
  chrome.kill();
  await site.close();
}

const head = ['page'.padEnd(12), ...CATEGORIES.map((c) => c.padStart(15))].join('');
console.log(
  `\nLighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, ${runs} run(s) per page, mobile profile\n${head}`,
);
for (const r of rows)
  console.log([r.page.padEnd(12), ...CATEGORIES.map((c) => String(r.scores[c]).padStart(15)), `   ${r.metrics}`].join(''));
for (const r of rows) for (const w of r.warnings) console.log(`warning ${r.page}: ${w}`);
const foreign = rows.flatMap((r) => r.foreign.map((u) => `${r.page}: ${u}`));
if (foreign.length) {
  console.error(`\nRequests to other origins:\n${foreign.join('\n')}`);
  process.exitCode = 1;
}
