/** Runs the real build (`npm run build`, which is `astro build`) from a test, as a user would from a clean shell. */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';

// Vitest puts Vite's own variables (BASE_URL, MODE, …) into process.env; a child build must not inherit them.
const VITEST_VARIABLES = [
  'BASE_URL',
  'MODE',
  'DEV',
  'PROD',
  'SSR',
  'NODE_ENV',
  'TEST',
  'VITEST',
  'VITEST_MODE',
  'VITEST_POOL_ID',
  'VITEST_WORKER_ID',
];

/** The environment a user's shell would have: without Vitest's variables. */
function cleanEnv(): Record<string, string> {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !VITEST_VARIABLES.includes(k))) as Record<string, string>;
}

export function runBuild(env: Record<string, string>): SpawnSyncReturns<string> {
  return spawnSync('npm', ['run', 'build'], { encoding: 'utf8', env: { ...cleanEnv(), ...env } });
}
