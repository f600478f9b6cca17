/** The built site under test: dist/ (npm test builds it first), or SITE_DIR. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { servedPath, siteFiles } from '../src/integrations/site-check/site-files.ts';
import { localizedUrl, type PageKey } from '../src/lib/urls.ts';
import type { Locale } from '../src/lib/locales.ts';

export const SITE_DIR = path.resolve(process.env.SITE_DIR ?? 'dist');

export function requireBuiltSite(): string {
  if (!existsSync(path.join(SITE_DIR, 'index.html'))) {
    throw new Error(`No built site in ${SITE_DIR}: run "npm run build" first (npm test does).`);
  }
  return SITE_DIR;
}

/** Every HTML page of the site as a URL path ("/", "/buj/", "/en/faq/", "/404.html"). */
export function sitePages(root = SITE_DIR): string[] {
  return siteFiles(root)
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${servedPath(file)}`)
    .sort();
}

/** A page's URL path in a site built at the root, from the URL table: pathOf('faq', 'lv') is "/buj/". */
export const pathOf = (page: PageKey, locale: Locale, hash?: string): string => localizedUrl(page, locale, { base: '/', hash });

/** HTML without Astro's scoped-style attributes (data-astro-cid-*), which say nothing about the content. */
export const withoutStyleScopes = (html: string): string => html.replace(/ data-astro-cid-[a-z0-9]+(="[^"]*")?/g, '');

/** A built page's HTML, without the scoped-style attributes. */
export function readPage(urlPath: string, root = SITE_DIR): string {
  const file = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
  return withoutStyleScopes(readFileSync(path.join(root, file), 'utf8'));
}
