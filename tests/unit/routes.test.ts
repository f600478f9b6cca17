/** Every address of the site comes from one table: page kinds × languages × editions (src/lib/routes.ts). */
import { describe, expect, it } from 'vitest';
import { siteRoutes, staticPaths } from '../../src/lib/routes.ts';
import { PAGE_KEYS, pageKind } from '../../src/lib/urls.ts';
import type { ContentModel, PlanEdition } from '../../src/lib/content/model.ts';

// A Table 1.1 with a known figure: every page kind exists (without one, its preview image does not).
const table = {
  caption: { lv: 'T', en: 'T' },
  semesters: [{ id: 's', label: { lv: 'S', en: 'S' } }],
  rows: [{ activity: 'a', counts: { s: 1 } }],
};
const edition = (id: string, counts: Record<string, number | null> = { s: 1 }) =>
  ({ id, table: { ...table, rows: [{ activity: 'a', counts }] } }) as PlanEdition;
const model = (...ids: string[]) => ({ editions: ids.map((id) => edition(id)) }) as ContentModel;

describe('site routes', () => {
  it('has every page kind in every language for a single edition', () => {
    const routes = siteRoutes(model('2020-2022'));
    expect(routes).toHaveLength(PAGE_KEYS.length * 2);
    expect(routes.find((r) => r.page === 'faq' && r.locale === 'en')?.path).toBe('en/faq/');
    expect(routes.find((r) => r.page === 'home' && r.locale === 'lv')?.path).toBe('');
  });

  it("adds the archive's pages for every older edition, and only the kinds an archive keeps", () => {
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
    expect(
      staticPaths(model('2020-2022'), 'csv')
        .map((p) => p.params.path)
        .sort(),
    ).toEqual(['en/table-1-1', 'tabula-1-1']);
  });

  it('has no Table 1.1 preview image for an edition whose table has no known figure', () => {
    const routes = siteRoutes({ editions: [edition('2017-2019'), edition('2020-2022', { s: null })] } as ContentModel, 'png');
    expect(
      routes
        .filter((r) => r.page === 'tablePreview')
        .map((r) => r.path)
        .sort(),
    ).toEqual(['arhivs/2017-2019/tabula-1-1/prieksskatijums.png', 'en/archive/2017-2019/table-1-1/preview.png']);
    expect(routes.filter((r) => r.page === 'preview')).toHaveLength(4);
  });
});
