/**
 * npm run bench — numbers anyone can rerun on this machine:
 *   build     median and spread of several clean builds (output to a log file), peak memory of the build
 *   weight    per page and language: gzip bytes of HTML, CSS and JS needed before interaction, and the bytes
 *             headless Chromium fetches when the page is opened and left idle
 *   search    index size per language; bytes and time to results for a first and a second query
 *   growth    synthetic content at 1×, 10×, 100× the real number of questions (in a temporary folder):
 *             build time, dist size, index size, first-query bytes
 *   compare   with --compare DIR (a copy of a stock Starlight site of the same content, built there with its
 *             own `npm run build`): the two clean builds in turn, N times each, medians and their ratio
 * Options: --builds N (default 5), --growth 1,10,100 (or --growth none), --idle MS (default 3000),
 *   --compare DIR, --only build (skip weight, search and growth).
 * Prints tables and writes bench-results/bench-<time>.json and bench-results/latest.json.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchBrowser } from '../support/browser.ts';
import { serveSite } from '../support/server.ts';
import { sitePages } from '../support/site.ts';
import { weigh } from '../support/weight.ts';
import { indexBytes, measureQueries } from '../support/search-measure.ts';
import { meterTraffic } from '../support/traffic.ts';
import { writeSyntheticContent } from './lib/synthetic-content.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const BUILDS = Number(arg('builds', '5'));
const GROWTH = arg('growth', '1,10,100') === 'none' ? [] : arg('growth', '1,10,100').split(',').map(Number);
const IDLE_MS = Number(arg('idle', '3000'));
const COMPARE = arg('compare', '');
const ONLY_BUILD = arg('only', '') === 'build';
const work = path.resolve('.build/bench');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
      const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${name}/status`, 'utf8'))?.[1];
      rss.set(Number(name), Number(kb ?? 0) * 1024);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

interface BuildRun {
  seconds: number;
  peakRssMb: number;
}

/**
 * One clean build with its output in a log file: `npm run build` in a project folder (ours: content
 * check, Astro, search index, checks on the output, swap), with Astro's caches and the output removed first.
 */
function build(env: Record<string, string>, log: string, cwd = '.'): Promise<BuildRun> {
  rmSync(path.resolve(cwd, env.OUT_DIR ?? 'dist'), { recursive: true, force: true });
  for (const cache of ['node_modules/.astro', '.astro']) rmSync(path.join(cwd, cache), { recursive: true, force: true });
  const fd = openSync(log, 'w');
  const start = process.hrtime.bigint();
  const child = spawn('npm', ['run', 'build'], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', fd, fd],
    shell: process.platform === 'win32',
  });
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 50);
  return new Promise((resolve, reject) =>
    child.on('exit', (code) => {
      clearInterval(timer);
      closeSync(fd);
      if (code !== 0) reject(new Error(`build failed, see ${log}`));
      else resolve({ seconds: Number(process.hrtime.bigint() - start) / 1e9, peakRssMb: Math.round(peak / 2 ** 20) });
    }),
  );
}

function dirBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? dirBytes(full) : statSync(full).size;
  }
  return total;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const kb = (n: number) => `${(n / 1024).toFixed(1)}`;
const table = (head: string[], rows: (string | number)[][]) => {
  console.log(`| ${head.join(' | ')} |\n|${head.map(() => '---').join('|')}|`);
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
  console.log();
};

const result: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version },
};

// 1. Build
console.log(`Build: ${BUILDS} clean builds…`);
const site = path.join(work, 'site');
const runs: BuildRun[] = [];
for (let i = 0; i < BUILDS; i++) runs.push(await build({ OUT_DIR: site }, path.join(work, `build-${i + 1}.log`)));
const seconds = runs.map((r) => r.seconds);
result.build = {
  runs,
  medianSeconds: median(seconds),
  minSeconds: Math.min(...seconds),
  maxSeconds: Math.max(...seconds),
  peakRssMb: Math.max(...runs.map((r) => r.peakRssMb)),
};
table(
  ['builds', 'median s', 'min s', 'max s', 'peak RSS MB', 'dist kB', 'pages'],
  [
    [
      BUILDS,
      median(seconds).toFixed(2),
      Math.min(...seconds).toFixed(2),
      Math.max(...seconds).toFixed(2),
      Math.max(...runs.map((r) => r.peakRssMb)),
      kb(dirBytes(site)),
      sitePages(site).length,
    ],
  ],
);

// 1b. Side by side with a stock Starlight build of the same content (alternating, so both see the same machine).
if (COMPARE) {
  console.log(`Compare: ${BUILDS} clean builds each, in turn, of this project and of ${COMPARE}…`);
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let i = 0; i < BUILDS; i++) {
    ours.push((await build({ OUT_DIR: site }, path.join(work, `compare-ours-${i + 1}.log`))).seconds);
    theirs.push((await build({}, path.join(work, `compare-starlight-${i + 1}.log`), COMPARE)).seconds);
  }
  result.compare = {
    ours,
    starlight: theirs,
    oursMedian: median(ours),
    starlightMedian: median(theirs),
    ratio: median(ours) / median(theirs),
  };
  table(
    ['build', 'median s', 'min s', 'max s'],
    [
      ['this project (npm run build)', median(ours).toFixed(2), Math.min(...ours).toFixed(2), Math.max(...ours).toFixed(2)],
      ['stock Starlight (npm run build)', median(theirs).toFixed(2), Math.min(...theirs).toFixed(2), Math.max(...theirs).toFixed(2)],
    ],
  );
  console.log(`ratio (ours / Starlight, medians): ${(median(ours) / median(theirs)).toFixed(2)}\n`);
}

if (ONLY_BUILD) {
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/latest.json', JSON.stringify(result, null, 2));
  console.log('written bench-results/latest.json');
  process.exit(0);
}

// 2. Weight
const browser = await launchBrowser();
const served = await serveSite(site, '/', { gzip: true });
const weights = [];
for (const page of sitePages(site)) {
  const w = weigh(site, page);
  const context = await browser.newContext();
  const traffic = meterTraffic(context);
  const tab = await context.newPage();
  await tab.goto(`${served.origin}${page}`, { waitUntil: 'load' });
  await tab.waitForTimeout(IDLE_MS);
  const { bytes: fetched, requests } = await traffic.read();
  await context.close();
  weights.push({ page, html: w.html, css: w.css, js: w.js, fetched, requests });
}
await served.close();
result.weight = weights;
table(
  ['page', 'HTML gz kB', 'CSS gz kB', 'JS gz kB', 'fetched kB (opened, idle)', 'requests'],
  weights.map((w) => [w.page, kb(w.html), kb(w.css), kb(w.js), kb(w.fetched), w.requests]),
);

// 3. Search
const search = {
  indexBytes: indexBytes(site),
  lv: await measureQueries(browser, site, 'lv', ['mobilitate', 'prakse arzemes']),
  en: await measureQueries(browser, site, 'en', ['mobility', 'placement abroad']),
};
result.search = search;
table(
  ['language', 'index kB (own + shared)', 'first query', 'kB', 'ms', 'second query', 'kB', 'ms'],
  (['lv', 'en'] as const).map((l) => [
    l,
    `${kb(search.indexBytes[l]!.own)} + ${kb(search.indexBytes[l]!.shared)}`,
    search[l][0]!.query,
    kb(search[l][0]!.bytes),
    search[l][0]!.ms,
    search[l][1]!.query,
    kb(search[l][1]!.bytes),
    search[l][1]!.ms,
  ]),
);

// 4. Growth
const growth = [];
for (const factor of GROWTH) {
  const content = path.join(work, `content-${factor}x`);
  const { questions } = writeSyntheticContent(content, factor);
  const out = path.join(work, `site-${factor}x`);
  console.log(`Growth ${factor}×: ${questions} questions per language…`);
  const run = await build({ CONTENT_DIR: content, OUT_DIR: out }, path.join(work, `build-${factor}x.log`));
  const index = indexBytes(out);
  const [first] = await measureQueries(browser, out, 'lv', ['mobilitate']);
  const faq = statSync(path.join(out, 'buj', 'index.html')).size;
  growth.push({
    factor,
    questions,
    seconds: run.seconds,
    peakRssMb: run.peakRssMb,
    distBytes: dirBytes(out),
    faqHtmlBytes: faq,
    indexLvBytes: index.lv!.own,
    firstQueryBytes: first!.bytes,
    firstQueryMs: first!.ms,
  });
  rmSync(out, { recursive: true, force: true });
  rmSync(content, { recursive: true, force: true });
}
await browser.close();
result.growth = growth;
if (growth.length) {
  table(
    ['size', 'questions/lang', 'build s', 'peak RSS MB', 'dist kB', 'FAQ HTML kB', 'LV index kB', 'first query kB', 'first query ms'],
    growth.map((g) => [
      `${g.factor}×`,
      g.questions,
      g.seconds.toFixed(1),
      g.peakRssMb,
      kb(g.distBytes),
      kb(g.faqHtmlBytes),
      kb(g.indexLvBytes),
      kb(g.firstQueryBytes),
      g.firstQueryMs,
    ]),
  );
  const base = growth[0]!;
  for (const g of growth.slice(1)) {
    const ratio = (a: number, b: number) => (a / b).toFixed(1);
    console.log(
      `${g.factor}× content: build ×${ratio(g.seconds, base.seconds)}, dist ×${ratio(g.distBytes, base.distBytes)}, LV index ×${ratio(g.indexLvBytes, base.indexLvBytes)}, first-query bytes ×${ratio(g.firstQueryBytes, base.firstQueryBytes)}`,
    );
  }
}

mkdirSync('bench-results', { recursive: true });
const file = `bench-results/bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
writeFileSync(file, JSON.stringify(result, null, 2));
writeFileSync('bench-results/latest.json', JSON.stringify(result, null, 2));
console.log(`\nwritten ${file} (and bench-results/latest.json); build logs in ${path.relative('.', work)}/`);
if (!existsSync('dist')) console.log('note: the benchmark builds into .build/bench, not dist/');
