/**
 * Every address the site has: page kinds (PAGES in urls.ts) × languages × editions (the current one, and
 * each archived one for the kinds an archive keeps). The dynamic routes turn these into static paths, and
 * the build's own check expects exactly these files.
 */
import { LOCALES, type Locale } from './locales.ts';
import { archivedEditions, editionFor, type ContentModel } from './content/model.ts';
import { tableIsPromoted } from './table.ts';
import { PAGE_KEYS, pageKind, pagePath, type PageKey, type PageOutput } from './urls.ts';

export interface Route {
  page: PageKey;
  locale: Locale;
  /** An archived edition's id; none for the current edition. */
  editionId?: string;
  /** Below the base path, without a leading slash ("en/faq/", "tabula-1-1.csv", "" for the home page). */
  path: string;
}

export function siteRoutes(model: ContentModel, output?: PageOutput): Route[] {
  const archived = archivedEditions(model).map((e) => e.id);
  const routes: Route[] = [];
  for (const page of PAGE_KEYS) {
    const kind = pageKind(page);
    if (output && kind.output !== output) continue;
    for (const editionId of [undefined, ...(kind.archived ? archived : [])]) {
      // Table 1.1's own preview image exists only while the table is put forward (no page would show it otherwise).
      if (page === 'tablePreview' && !tableIsPromoted(editionFor(model, editionId).table)) continue;
      for (const locale of LOCALES) routes.push({ page, locale, editionId, path: pagePath(page, locale, editionId) });
    }
  }
  return routes;
}

/**
 * getStaticPaths for a rest route: the path without its trailing slash ([...path].astro) or without the
 * extension the route's file name adds ([...path].csv.ts, [...path].png.ts), the route as props.
 */
export function staticPaths(model: ContentModel, output: PageOutput) {
  const suffix = output === 'html' ? /\/$/ : new RegExp(`\\.${output}$`);
  return siteRoutes(model, output).map((route) => ({
    params: { path: route.path.replace(suffix, '') || undefined },
    props: route,
  }));
}
