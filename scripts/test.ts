/**
 * npm test: the build, the linters, the type check and every test, arranged for two cores. The browser tests
 * (mostly waiting on Chromium) run beside the unit and build tests (mostly CPU); the type check and knip read
 * the types the build writes in .astro/, which the build tests' builds write again, so they run between the
 * two, never beside either. Every step runs to the end and every failure is reported; arguments go to Vitest
 * (npm test -- tests/unit).
 */
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

interface Step {
  name: string;
  /** An npm script, or a command. */
  script?: string;
  command?: string[];
  /** Its output as it comes (the other steps' output is kept and printed in one piece). */
  live?: boolean;
}

interface Outcome {
  name: string;
  ok: boolean;
  /** What to print: a ✓ or ✗ line with the time taken, and the output kept. */
  report: string;
}

/** Runs `npm run <script>` (or the command). */
function run({ name, script, command = ['npm', 'run', '--silent', script!], live = false }: Step): Promise<Outcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command[0]!, command.slice(1), {
      stdio: ['ignore', live ? 'inherit' : 'pipe', live ? 'inherit' : 'pipe'],
      env: { ...process.env, FORCE_COLOR: '1' },
      // npm and npx are npm.cmd and npx.cmd on Windows, which only a shell starts.
      shell: process.platform === 'win32',
    });
    const output: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('close', (code) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const text = Buffer.concat(output).toString().trimEnd();
      resolve({ name, ok: code === 0, report: `${code === 0 ? '✓' : '✗'} ${name} (${seconds} s)${text ? `\n${text}\n` : ''}` });
    });
  });
}

const skipped = (name: string, why: string): Outcome => ({ name, ok: false, report: `✗ ${name}: not run (${why})` });

// The type checker's own tools (tools/typecheck/), installed on the first run.
const tools = await run({ name: 'type checker tools (npm ci in tools/typecheck/)', script: 'typecheck:tools' });
if (!tools.ok) {
  console.log(tools.report);
  process.exit(1);
}

const lint = run({ name: 'lint (ESLint, Prettier)', script: 'lint' });
const build = await run({ name: 'build', script: 'build' });
console.log(build.report);

const args = process.argv.slice(2);
const vitest = (name: string, vitestArgs: string[], live = false) => run({ name, command: ['npx', 'vitest', 'run', ...vitestArgs], live });

/** The type check and knip, side by side (after the build, before any build test: see above). */
const typeChecks = () =>
  Promise.all([
    run({ name: 'type check (astro check)', script: 'typecheck:astro' }),
    run({ name: 'unused exports, files and dependencies (knip)', script: 'typecheck:exports' }),
  ]);

let outcomes: Outcome[];
if (!build.ok) {
  outcomes = [await lint, skipped('type check and tests', 'the build failed: nothing to test')];
} else if (args.length) {
  const checks = await typeChecks();
  outcomes = [await lint, ...checks, await vitest('the tests asked for', args, true)];
} else {
  const [browser, others] = await Promise.all([
    vitest('browser tests (Vitest, e2e)', ['--project', 'e2e'], true),
    typeChecks().then(async (checks) => [
      ...checks,
      await vitest('unit and build tests (Vitest)', ['--project', 'unit', '--project', 'build']),
    ]),
  ]);
  outcomes = [await lint, ...others, browser];
}

console.log(`\n${outcomes.map((o) => (o.report.includes('\n') ? o.report : `${o.report}\n`)).join('\n')}`);
const failed = [build, ...outcomes].filter((o) => !o.ok).map((o) => o.name);
console.log(failed.length ? `npm test FAILED: ${failed.join('; ')}.` : 'npm test passed.');
process.exit(failed.length ? 1 : 0);
