/**
 * Checks on a built site before it is published: every address of the route table (each page kind in
 * each language, the archived editions' pages), the 404, a search index per language, and the host
 * configuration (.htaccess, _headers, nginx-snippet.conf). The tests check
 * links, anchors and more; this is the gate the build itself keeps.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LOCALES } from '../../lib/locales.ts';
import type { ContentModel } from '../../lib/content/model.ts';
import { siteRoutes } from '../../lib/routes.ts';
import { HOST_FILES } from '../host-config/host-config.ts';

/** The file a site path is served from, for a site built with base "/". */
export function fileOfPath(siteDir: string, urlPath: string): string {
  const clean = decodeURIComponent(urlPath.split('#')[0]!.split('?')[0]!);
  return path.join(siteDir, clean.endsWith('/') ? `${clean}index.html` : clean);
}

export function verifyBuiltSite(siteDir: string, model: ContentModel): string[] {
  const problems: string[] = [];
  for (const route of siteRoutes(model)) {
    if (!existsSync(fileOfPath(siteDir, `/${route.path}`)))
      problems.push(`missing /${route.path} (${route.page}, ${route.locale}${route.editionId ? `, edition ${route.editionId}` : ''})`);
  }
  if (!existsSync(path.join(siteDir, '404.html'))) problems.push('missing 404.html');
  for (const file of Object.values(HOST_FILES))
    if (!existsSync(path.join(siteDir, file))) problems.push(`missing the host configuration ${file}`);
  const entry = path.join(siteDir, 'pagefind', 'pagefind-entry.json');
  if (!existsSync(entry)) problems.push('missing the search index (pagefind/pagefind-entry.json)');
  else {
    const languages = Object.keys((JSON.parse(readFileSync(entry, 'utf8')) as { languages: object }).languages);
    for (const locale of LOCALES) if (!languages.includes(locale)) problems.push(`no search index for "${locale}"`);
  }
  return problems;
}
