/**
 * npm run test:another-school: proves the site is a generator, not a copy of one site. Copies the repository's
 * files (tracked, and new files not ignored, as .ci/run does) into an empty temporary folder, puts
 * tests/another-school/content in the place of content/, and runs npm test there: build, lint, type check and every
 * test, on another school's content. node_modules (and the type checker's tools, when installed) are linked
 * from this repository, or installed with npm ci when it has none. Prints the steps and the result; the full
 * output is in a log kept only when the run fails. Exits with npm test's status.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = process.cwd();
const FIXTURE = 'tests/another-school/content';
/** Folders of installed packages that are linked into the copy when this repository has them. */
const INSTALLED = ['node_modules', 'tools/typecheck/node_modules'];

const say = (line: string) => console.log(`another school: ${line}`);
const seconds = (ms: number) =>
  ms >= 60_000 ? `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s` : `${Math.round(ms / 1000)} s`;
// Vitest's colours and the terminal's control sequences, out of what is read and printed.
// eslint-disable-next-line no-control-regex -- the escape character is what is matched
const plain = (text: string) => text.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');

if (!existsSync(path.join(root, FIXTURE, 'school.json'))) {
  console.error(`another school: ${FIXTURE}/school.json is missing (run this from the repository's folder)`);
  process.exit(1);
}

/** What .gitignore leaves out, for a copy that is no git checkout (as .ci/run's copy is): built and installed files. */
const IGNORED_FOLDERS = new Set(['node_modules', 'dist', '.astro', '.build', '.git', 'test-results', 'bench-results', 'shots']);
const IGNORED_FILES = /\.log$|^erasmus-site\.zip$/;

/** Every file under `dir` (relative to the repository, with "/"), not descending into ignored folders. */
function walk(dir = ''): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return IGNORED_FOLDERS.has(entry.name) ? [] : walk(rel);
    return entry.isFile() && !IGNORED_FILES.test(rel) ? [rel] : [];
  });
}

/** The repository's files: tracked, and new files not ignored, by git; or, outside a git checkout, every file not ignored. */
function repositoryFiles(): string[] {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' });
  return listed.status === 0 ? listed.stdout.split('\0') : walk();
}

// Files deleted in the working tree but still in the index are left out, as is this school's content.
const files = repositoryFiles().filter((file) => file && !file.startsWith('content/') && existsSync(path.join(root, file)));

const work = mkdtempSync(path.join(tmpdir(), 'erasmus-another-school-'));
const repo = path.join(work, 'repo');
for (const file of files) {
  mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
  cpSync(path.join(root, file), path.join(repo, file));
}
cpSync(path.join(root, FIXTURE), path.join(repo, 'content'), { recursive: true });
const school = (JSON.parse(readFileSync(path.join(repo, 'content/school.json'), 'utf8')) as { name: { en: string } }).name.en;
say(`${files.length} files of the repository in ${repo}, with ${FIXTURE} as content/ (${school})`);

const log = path.join(work, 'npm-test.log');
const out = createWriteStream(log);
// The environment of a user's shell: nothing that points the build or the tests elsewhere, and none of the
// variables npm sets for this script (they name this repository's package.json).
const env = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !['CONTENT_DIR', 'OUT_DIR', 'SITE_DIR', 'INIT_CWD'].includes(key) && !/^npm_/i.test(key)),
) as NodeJS.ProcessEnv;

/** Runs an npm command in the copy, its output into the log. */
function npm(args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn('npm', args, { cwd: repo, env, stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' });
    child.stdout.pipe(out, { end: false });
    child.stderr.pipe(out, { end: false });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

const linked = INSTALLED.filter((dir) => existsSync(path.join(root, dir)));
for (const dir of linked) symlinkSync(path.join(root, dir), path.join(repo, dir), 'dir');
if (!linked.includes('node_modules')) {
  say('npm ci (this repository has no node_modules to link)');
  const status = await npm(['ci', '--prefer-offline', '--no-audit', '--no-fund']);
  if (status !== 0) {
    say(`npm ci failed (exit ${status}); its output: ${log}`);
    process.exit(status);
  }
} else say(`linked ${linked.join(' and ')} from ${root}`);

say('npm test (build, lint, type check and every test)…');
const started = Date.now();
const status = await npm(['test']);
await new Promise((resolve) => out.end(resolve));
const output = plain(readFileSync(log, 'utf8'));
const took = seconds(Date.now() - started);
// Vitest's summaries ("Test Files  38 passed (38)", "Tests  442 passed | 2 skipped (444)"; npm test has two runs: unit and
// build tests, and the browser tests), when it got that far.
const summary = output
  .split('\n')
  .filter((line) => /^\s*(Test Files|Tests)\s/.test(line))
  .map((line) => line.trim().replace(/\s+/g, ' '));

if (status === 0) {
  say(`npm test passed in ${took} on ${school}'s content: ${summary.join('; ') || 'no test summary'}`);
  rmSync(work, { recursive: true, force: true });
} else {
  const failed = [...new Set(output.split('\n').filter((line) => /^\s*FAIL\s/.test(line)))].map((line) => `  ${line.trim()}`);
  say(`npm test FAILED (exit ${status}) after ${took} on ${school}'s content: ${summary.join('; ') || 'before the tests ran'}`);
  if (failed.length) say(`failed:\n${failed.join('\n')}`);
  else console.log(output.split('\n').slice(-40).join('\n'));
  say(`the whole output: ${log} (the copy is kept in ${repo})`);
}
process.exit(status);
