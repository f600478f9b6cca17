import { describe, expect, it } from 'vitest';
import { localizedUrl, normalizeBase, pageOfPath, PAGES, switchLocaleUrl } from '../../src/lib/urls.ts';

describe('localized URLs', () => {
  it('puts Latvian at the root and English under /en/, below the base path', () => {
    expect(localizedUrl('home', 'lv', { base: '/' })).toBe('/');
    expect(localizedUrl('faq', 'lv', { base: '/' })).toBe('/buj/');
    expect(localizedUrl('faq', 'en', { base: '/' })).toBe('/en/faq/');
    expect(localizedUrl('faq', 'en', { base: '/erasmus', hash: 'school-goals' })).toBe('/erasmus/en/faq/#school-goals');
    expect(localizedUrl('plan', 'lv', { base: 'erasmus/', editionId: '2020-2022' })).toBe('/erasmus/arhivs/2020-2022/plans/');
    expect(localizedUrl('plan', 'en', { base: '/', editionId: '2020-2022' })).toBe('/en/archive/2020-2022/plan/');
  });

  it('normalises base paths', () => {
    expect(normalizeBase(undefined)).toBe('/');
    expect(normalizeBase('')).toBe('/');
    expect(normalizeBase('/erasmus')).toBe('/erasmus/');
    expect(normalizeBase('erasmus//')).toBe('/erasmus/');
  });

  it('finds every page from its own URL, in both languages', () => {
    for (const page of Object.keys(PAGES) as (keyof typeof PAGES)[]) {
      for (const locale of ['lv', 'en'] as const) {
        expect(pageOfPath(localizedUrl(page, locale, { base: '/x/' }), '/x/')).toEqual({ page, locale, editionId: undefined });
      }
    }
    expect(pageOfPath('/erasmus/en/archive/2020-2022/faq/', '/erasmus/')).toEqual({ page: 'faq', locale: 'en', editionId: '2020-2022' });
    expect(pageOfPath('/nav-tadas-lapas/', '/')).toBeUndefined();
  });

  it('switches language on the same page and question', () => {
    expect(switchLocaleUrl('/buj/', 'en', 'school-goals', '/')).toBe('/en/faq/#school-goals');
    expect(switchLocaleUrl('/e/en/table-1-1/', 'lv', undefined, '/e/')).toBe('/e/tabula-1-1/');
    expect(switchLocaleUrl('/en/archive/2020-2022/plan/', 'lv', undefined, '/')).toBe('/arhivs/2020-2022/plans/');
    expect(switchLocaleUrl('/unknown/', 'en', undefined, '/')).toBe('/en/');
  });

  it('gives every page a distinct address per language', () => {
    for (const locale of ['lv', 'en'] as const) {
      const slugs = Object.values(PAGES).map((p) => p.slug[locale]);
      expect(new Set(slugs).size).toBe(slugs.length);
    }
  });
});
