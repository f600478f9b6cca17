/** Every file of a built site, as paths relative to it with "/" separators, sorted. */
import { readdirSync } from 'node:fs';

export function siteFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `${entry.parentPath}/${entry.name}`.slice(dir.length + 1).split('\\').join('/'))
    .sort();
}
