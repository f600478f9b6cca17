/** Folders a build keeps for itself while it runs (named `<prefix>-<process id>`), and what failed builds left of them. */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

/** Is a process with this id running? (EPERM: yes, but another user's.) */
function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * This build's own folder `<dir>/<prefix>-<pid>`, after removing what builds that failed left there (their
 * process is gone) and what an earlier build in this process left; a build running beside this one keeps its own.
 */
export function buildFolder(dir: string, prefix: string): string {
  for (const name of existsSync(dir) ? readdirSync(dir) : []) {
    const pid = new RegExp(`^${prefix}-(\\d+)$`).exec(name)?.[1];
    if (pid && (Number(pid) === process.pid || !processRuns(Number(pid)))) rmSync(path.join(dir, name), { recursive: true, force: true });
  }
  return path.join(dir, `${prefix}-${process.pid}`);
}
