/**
 * Checks on a built site before it is published: every page in both languages, the CSV, both search
 * indexes. (The tests check links, anchors and more; this is the gate the build itself keeps.)
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LOCALES } from '../content/schemas.ts';
import { EDITION_PAGES, localizedUrl, PAGES, type PageKey } from '../urls.ts';

/** The file a site path is served from, for a site built with base "/". */
export function fileOfPath(siteDir: string, urlPath: string): string {
  const clean = decodeURIComponent(urlPath.split('#')[0]!.split('?')[0]!);
  return path.join(siteDir, clean.endsWith('/') ? `${clean}index.html` : clean);
}

/** @param editions edition ids, oldest first: the newest is the site, the others must be in the archive. */
export function verifyBuiltSite(siteDir: string, editions: string[]): string[] {
  const problems: string[] = [];
  const expect = (page: PageKey, edition?: string) => {
    for (const locale of LOCALES) {
      const url = localizedUrl(page, locale, { base: '/', edition });
      if (!existsSync(fileOfPath(siteDir, url))) problems.push(`missing ${url} (${page}, ${locale}${edition ? `, edition ${edition}` : ''})`);
    }
  };
  for (const page of Object.keys(PAGES) as PageKey[]) expect(page);
  for (const edition of editions.slice(0, -1)) for (const page of EDITION_PAGES) expect(page, edition);
  if (!existsSync(path.join(siteDir, '404.html'))) problems.push('missing 404.html');
  const entry = path.join(siteDir, 'pagefind', 'pagefind-entry.json');
  if (!existsSync(entry)) problems.push('missing the search index (pagefind/pagefind-entry.json)');
  else {
    const languages = Object.keys((JSON.parse(readFileSync(entry, 'utf8')) as { languages: object }).languages);
    for (const locale of LOCALES) if (!languages.includes(locale)) problems.push(`no search index for "${locale}"`);
  }
  return problems;
}
