/**
 * npm run build: the content check, then Astro (with the search index) into a fresh folder, then checks on
 * what was built; only when all of that succeeds is the new site swapped in as dist/. A failed build
 * leaves the previous dist/ exactly as it was. Everything runs in this one process, so the content is
 * read and checked once (src/lib/content/store.ts) and Astro prints only warnings and errors; the summary
 * at the end says what was built. The preview images are drawn on a worker thread while Astro builds
 * (the machines here have two cores).
 *   OUT_DIR   where the finished site goes (default dist)
 *   SITE_URL, BASE_PATH   where it will be published (see astro.config.mjs)
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { formatIssue } from '../src/lib/content/issues.ts';
import { currentEdition } from '../src/lib/content/model.ts';
import { loadContent } from '../src/lib/content/load.ts';
import { contentReads } from '../src/lib/content/store.ts';
import { warningSummary } from '../src/lib/content/summary.ts';
import { fileOfPath, verifyBuiltSite } from '../src/integrations/site-check/verify.ts';
import { previewDrawingMs, startPreviewImages } from '../src/integrations/preview-images/preview-images.ts';
import { collectBuildWarnings } from '../src/integrations/notices.ts';
import { siteRoutes } from '../src/lib/routes.ts';
import { LOCALES } from '../src/lib/locales.ts';
import { siteFiles } from '../src/integrations/site-check/site-files.ts';

const started = performance.now();
const outDir = path.resolve(process.env.OUT_DIR ?? 'dist');
const workDir = path.resolve('.build');
const staging = path.join(workDir, `site-${process.pid}`);
const previous = path.join(workDir, `previous-${process.pid}`);
const shown = (dir: string) => path.relative('.', dir) || '.';

function fail(message: string): never {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nBuild failed: ${message}\n${existsSync(outDir) ? `The previous site in ${shown(outDir)}/ is unchanged.` : 'Nothing was published.'}`);
  process.exit(1);
}

const report = loadContent();
if (report.errors.length) fail(`content has ${report.errors.length} error(s):\n${report.errors.map((e) => `  ${formatIssue(e)}`).join('\n')}`);
const model = report.model;
// The preview images are drawn on the second core while Astro builds the pages.
startPreviewImages(model);

mkdirSync(workDir, { recursive: true });
process.env.ASTRO_TELEMETRY_DISABLED = '1';
// Warnings of the integrations (e.g. the host configuration's) go into the summary below, not Astro's log.
const buildWarnings = collectBuildWarnings();
try {
  // The content loader rebuilds its collections from the model on every run, so no cache can leak in.
  const { build } = await import('astro');
  await build({ outDir: staging, logLevel: 'warn' });
} catch (error) {
  fail(`astro build did not finish:\n${(error as Error).stack ?? String(error)}`);
}

const problems = verifyBuiltSite(staging, model);
if (problems.length) fail(`the built site is incomplete:\n${problems.map((p) => `  ${p}`).join('\n')}`);

// Swap: two renames on the same file system, so dist/ is never half-written.
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });

const edition = currentEdition(model);
const files = siteFiles(outDir);
const pages = files.filter((f) => f.endsWith('.html')).length;
const index = JSON.parse(readFileSync(path.join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
const images = siteRoutes(model, 'png').map((route) => statSync(fileOfPath(outDir, `/${route.path}`)).size / 1000);
const summary = [
  '',
  `Content: plan ${edition.id}${model.editions.length > 1 ? ` (+ ${model.editions.length - 1} archived)` : ''}, ${LOCALES.map((l) => `${edition.questions[l].length} questions in ${l}`).join(', ')}, ${model.glossary.length} glossary terms (read and checked ${contentReads()}×).`,
  ...[...warningSummary(report.warnings), ...buildWarnings].map((line) => `Warning: ${line}`),
  `Built ${pages} HTML pages and ${files.length - pages} other files; search index: ${LOCALES.map((l) => `${index.languages[l]?.page_count ?? 0} entries (${l})`).join(', ')}.`,
  `Preview images: ${images.length} PNG, ${Math.min(...images).toFixed(1)}–${Math.max(...images).toFixed(1)} kB each, drawn in ${((await previewDrawingMs()) ?? 0).toFixed(0)} ms beside the build.`,
  `Site ready in ${shown(outDir)}/ (${((performance.now() - started) / 1000).toFixed(1)} s).`,
];
console.log(summary.join('\n'));
