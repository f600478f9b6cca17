/**
 * npm run package: builds the site (atomically, with its checks) and packs dist/ into erasmus-site.zip,
 * ready to unpack into any folder of any static web host.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';

const dist = path.resolve(process.env.OUT_DIR ?? 'dist');
const target = path.resolve(process.argv[2] ?? 'erasmus-site.zip');

const files: Zippable = {};
let count = 0;
const walk = (dir: string) => {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full);
    else {
      files[path.relative(dist, full).split(path.sep).join('/')] = readFileSync(full);
      count++;
    }
  }
};
walk(dist);
if (!files['index.html']) {
  console.error(`${dist} has no index.html: run npm run build first`);
  process.exit(1);
}
writeFileSync(target, zipSync(files, { level: 9 }));
console.log(`${path.relative('.', target)}: ${count} files, ${(statSync(target).size / 1024).toFixed(0)} kB`);
