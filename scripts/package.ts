/**
 * npm run package: builds the site (atomically, with its checks) and packs dist/ into erasmus-site.zip,
 * ready to unpack into any folder of any static web host.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { siteFiles } from '../src/integrations/site-check/site-files.ts';

const dist = path.resolve(process.env.OUT_DIR ?? 'dist');
const target = path.resolve(process.argv[2] ?? 'erasmus-site.zip');

if (!existsSync(path.join(dist, 'index.html'))) {
  console.error(`${dist} has no index.html: run npm run build first`);
  process.exit(1);
}
const names = siteFiles(dist);
const files: Zippable = Object.fromEntries(names.map((name) => [name, readFileSync(path.join(dist, name))]));
const count = names.length;
writeFileSync(target, zipSync(files, { level: 9 }));
console.log(`${path.relative('.', target)}: ${count} files, ${(statSync(target).size / 1024).toFixed(0)} kB`);
