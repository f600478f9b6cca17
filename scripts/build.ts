/**
 * npm run build: `astro build` (which does everything: the content check, the pages, the search index and
 * vocabularies, the preview images, the host configuration and the build's own check on the result; see the
 * integrations in astro.config.mjs) into a fresh folder, then the new site is swapped in as dist/ only when
 * all of that succeeded: a failed build leaves the previous dist/ exactly as it was. Astro prints only
 * warnings and errors; the summary at the end says what was built.
 *   OUT_DIR   where the finished site goes (default dist)
 *   SITE_URL, BASE_PATH   where it will be published (see astro.config.mjs)
 */
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildReport } from '../src/integrations/report.ts';
import { siteFiles } from '../src/integrations/site-check/site-files.ts';

const started = performance.now();
const outDir = path.resolve(process.env.OUT_DIR ?? 'dist');
const workDir = path.resolve('.build');
const staging = path.join(workDir, `site-${process.pid}`);
const previous = path.join(workDir, `previous-${process.pid}`);
const shown = (dir: string) => path.relative('.', dir) || '.';

function fail(message: string): never {
  rmSync(staging, { recursive: true, force: true });
  console.error(
    `\nBuild failed: ${message}\n${existsSync(outDir) ? `The previous site in ${shown(outDir)}/ is unchanged.` : 'Nothing was published.'}`,
  );
  process.exit(1);
}

mkdirSync(workDir, { recursive: true });
process.env.ASTRO_TELEMETRY_DISABLED = '1';
try {
  const { build } = await import('astro');
  await build({ outDir: staging, logLevel: 'warn' });
} catch (error) {
  fail(`astro build did not finish:\n${(error as Error).message ?? String(error)}`);
}

// Swap: two renames on the same file system, so dist/ is never half-written.
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });

const files = siteFiles(outDir);
const pages = files.filter((f) => f.endsWith('.html'));
const images = files.filter((f) => f.endsWith('.png')).map((f) => statSync(path.join(outDir, f)).size / 1000);
const entries = Object.entries(buildReport.indexEntries ?? {}).map(([locale, count]) => `${count} entries (${locale})`);
console.log(
  [
    '',
    `Content: ${buildReport.content ?? '?'} (read and checked ${buildReport.contentReads}×).`,
    `Built ${pages.length} HTML pages and ${files.length - pages.length} other files; search index: ${entries.join(', ')}.`,
    images.length
      ? `Preview images: ${images.length} PNG, ${Math.min(...images).toFixed(1)}–${Math.max(...images).toFixed(1)} kB each, drawn in ${(buildReport.previewMs ?? 0).toFixed(0)} ms beside the build.`
      : 'Preview images: none.',
    `Site ready in ${shown(outDir)}/ (${((performance.now() - started) / 1000).toFixed(1)} s).`,
  ].join('\n'),
);
// Done: nothing is left to wait for (Astro's and Pagefind's handles would keep the process a tenth of a second longer).
process.exit(0);
