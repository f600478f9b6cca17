/**
 * `node scripts/install-tools.ts <folder>`: installs a folder's own tools (tools/typecheck/, bench/) with npm ci
 * when its node_modules is missing. A Node script rather than `test -d … || npm ci …`, which cmd.exe (where npm
 * runs scripts on Windows) does not know.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const folder = process.argv[2];
if (!folder || !existsSync(path.join(folder, 'package.json'))) {
  console.error(`install-tools: give a folder with a package.json (got ${folder ?? 'nothing'})`);
  process.exit(1);
}
if (!existsSync(path.join(folder, 'node_modules'))) {
  // npm is npm.cmd on Windows, which only a shell starts.
  const result = spawnSync('npm', ['ci', '--prefix', folder, '--no-audit', '--no-fund', '--loglevel=error'], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  process.exit(result.status ?? 1);
}
