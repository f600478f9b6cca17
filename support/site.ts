/** The built site under test: dist/ (npm test builds it first), or SITE_DIR. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const SITE_DIR = path.resolve(process.env.SITE_DIR ?? 'dist');

export function requireBuiltSite(): string {
  if (!existsSync(path.join(SITE_DIR, 'index.html'))) {
    throw new Error(`No built site in ${SITE_DIR}: run "npm run build" first (npm test does).`);
  }
  return SITE_DIR;
}

/** Every HTML page of the site as a URL path ("/", "/buj/", "/en/faq/", "/404.html"). */
export function sitePages(root = SITE_DIR): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(full);
      } else if (name.endsWith('.html')) {
        const rel = '/' + path.relative(root, full).split(path.sep).join('/');
        out.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(root);
  return out.sort();
}

export function readPage(urlPath: string, root = SITE_DIR): string {
  const file = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
  return readFileSync(path.join(root, file), 'utf8');
}
