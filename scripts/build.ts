/**
 * npm run build: the content check, then Astro (with the Pagefind index) into a fresh folder, then checks
 * on what was built; only when all of that succeeds is the new site swapped in as dist/. A failed build
 * leaves the previous dist/ exactly as it was.
 *   OUT_DIR   where the finished site goes (default dist)
 *   SITE_URL, BASE_PATH   where it will be published (see astro.config.mjs)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { checkContent, formatIssue } from '../src/lib/content/validate.ts';
import { verifyBuiltSite } from '../src/lib/build/verify.ts';

const outDir = path.resolve(process.env.OUT_DIR ?? 'dist');
const workDir = path.resolve('.build');
const staging = path.join(workDir, `site-${process.pid}`);
const previous = path.join(workDir, `previous-${process.pid}`);

function fail(message: string): never {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nBuild failed: ${message}\n${existsSync(outDir) ? `The previous site in ${path.relative('.', outDir) || '.'} is unchanged.` : 'Nothing was published.'}`);
  process.exit(1);
}

const report = checkContent();
if (report.errors.length) fail(`content has ${report.errors.length} error(s):\n${report.errors.map((e) => `  ${formatIssue(e)}`).join('\n')}`);

mkdirSync(workDir, { recursive: true });
// --force: start from an empty content cache, so nothing of an earlier build (or of another CONTENT_DIR) leaks in.
const astro = spawnSync(process.execPath, [path.resolve('node_modules/astro/bin/astro.mjs'), 'build', '--force'], {
  stdio: 'inherit',
  env: { ...process.env, OUT_DIR: staging, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (astro.status !== 0) fail('astro build did not finish (see its messages above).');

const problems = verifyBuiltSite(staging, report.editions.map((e) => e.id));
if (problems.length) fail(`the built site is incomplete:\n${problems.map((p) => `  ${p}`).join('\n')}`);

// Swap: two renames on the same file system, so dist/ is never half-written.
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
console.log(`\nSite ready in ${path.relative('.', outDir)}/`);
