/** Every address of the site comes from one table: page kinds × languages × editions (src/lib/routes.ts). */
import { describe, expect, it } from 'vitest';
import { siteRoutes, staticPaths } from '../../src/lib/routes.ts';
import { PAGE_KEYS, pageKind } from '../../src/lib/urls.ts';
import type { ContentModel, PlanEdition } from '../../src/lib/content/model.ts';

const edition = (id: string) => ({ id }) as PlanEdition;
const model = (...ids: string[]) => ({ editions: ids.map(edition) }) as ContentModel;

describe('site routes', () => {
  it('has every page kind in every language for a single edition', () => {
    const routes = siteRoutes(model('2020-2022'));
    expect(routes).toHaveLength(PAGE_KEYS.length * 2);
    expect(routes.find((r) => r.page === 'faq' && r.locale === 'en')?.path).toBe('en/faq/');
    expect(routes.find((r) => r.page === 'home' && r.locale === 'lv')?.path).toBe('');
  });

  it('adds the archive\'s pages for every older edition, and only the kinds an archive keeps', () => {
    const routes = siteRoutes(model('2017-2019', '2020-2022', '2023-2027'));
    const archived = routes.filter((r) => r.editionId);
    const kept = PAGE_KEYS.filter((p) => pageKind(p).archived);
    expect(new Set(archived.map((r) => r.editionId))).toEqual(new Set(['2017-2019', '2020-2022']));
    expect(archived).toHaveLength(kept.length * 2 * 2);
    expect(archived.map((r) => r.path)).toContain('arhivs/2020-2022/tabula-1-1.csv');
    expect(archived.map((r) => r.path)).toContain('en/archive/2017-2019/plan/');
  });

  it('gives every route a distinct address', () => {
    const paths = siteRoutes(model('2017-2019', '2020-2022')).map((r) => r.path);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('turns routes of one output into static paths for a rest route', () => {
    const html = staticPaths(model('2020-2022'), 'html');
    expect(html.find((p) => p.props.page === 'home' && p.props.locale === 'lv')?.params.path).toBeUndefined();
    expect(html.find((p) => p.props.page === 'faq' && p.props.locale === 'en')?.params.path).toBe('en/faq');
    expect(staticPaths(model('2020-2022'), 'csv').map((p) => p.params.path).sort()).toEqual(['en/table-1-1', 'tabula-1-1']);
  });
});
