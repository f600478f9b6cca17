/**
 * npm test: the linters side by side with the type check and the build (they share no files: the type
 * check's `astro sync` and the build both write .astro/, so those two run one after the other), then every
 * test with Vitest. Each of the first commands prints its output when it ends, so nothing interleaves; any
 * failure stops before the tests, after the others have finished. Arguments go to Vitest
 * (npm test -- tests/unit).
 */
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

interface Step {
  name: string;
  script: string;
}

/** Runs `npm run <script>` with its output kept; prints it when the command ends. Resolves to success. */
function run({ name, script }: Step): Promise<boolean> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: '1' },
    });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('close', (code) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const text = Buffer.concat(output).toString().trimEnd();
      console.log(`${code === 0 ? '✓' : '✗'} ${name} (${seconds} s)${text ? `\n${text}\n` : ''}`);
      resolve(code === 0);
    });
  });
}

async function inOrder(steps: Step[]): Promise<boolean> {
  for (const step of steps) if (!(await run(step))) return false;
  return true;
}

const ok = await Promise.all([
  run({ name: 'lint (ESLint, Prettier)', script: 'lint' }),
  inOrder([
    { name: 'type check (astro check, knip)', script: 'typecheck' },
    { name: 'build', script: 'build' },
  ]),
]);
if (!ok.every(Boolean)) {
  console.error('npm test: stopped before the tests (see above).');
  process.exit(1);
}

const vitest = spawn('npx', ['vitest', 'run', ...process.argv.slice(2)], { stdio: 'inherit' });
vitest.on('close', (code) => process.exit(code ?? 1));
