/** The files of a built site, and the path each HTML file is served as: one listing for every tool that walks dist/. */
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Every file of a built site, as paths relative to it with "/" separators, sorted. */
export function siteFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** The path below the base path a built file is served as: "buj/index.html" → "buj/", "index.html" → "". */
export function servedPath(file: string): string {
  return file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}
