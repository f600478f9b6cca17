/**
 * Which preview image each page shows, and the Open Graph tags pageHead() writes for it: absolute under
 * the site's address and base path, sized, described in the page's language.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check.ts';
import { pageHead, type HeadMeta } from '../../src/lib/head.ts';
import { LOCALES } from '../../src/lib/locales.ts';
import { useTranslations } from '../../src/lib/i18n.ts';
import { siteRoutes } from '../../src/lib/routes.ts';
import { PREVIEW_OF, socialImage } from '../../src/lib/social-preview.ts';
import { inSitemap } from '../../src/lib/sitemap.ts';
import { localizedUrl, PAGE_KEYS, pageKind, pageOfPath, type HtmlPageKey } from '../../src/lib/urls.ts';
import { FIXTURE_EDITION } from '../support/fixture-content.ts';
import { ARCHIVED_EDITION, copyFixtureWithArchive } from '../second-edition/content.ts';

// The fixture plan with an older edition in its archive.
const fixture = copyFixtureWithArchive();
const model = checkContent({ root: fixture.root }).model;
fixture.dispose();
const meta = (tags: HeadMeta[], name: string) => tags.filter((m) => m.name === name).map((m) => m.content);

describe('preview images in the URL table', () => {
  it('give every page, in every language and edition it exists in, an image that is built too', () => {
    // Two editions, as the publishing test builds them: the fixture plan with an older one in its archive.
    const content = copyFixtureWithArchive();
    try {
      const two = checkContent({ root: content.root }).model;
      expect(two.editions.map((e) => e.id)).toEqual([ARCHIVED_EDITION, FIXTURE_EDITION]);
      const images = new Set(siteRoutes(two, 'png').map((r) => r.path));
      for (const route of siteRoutes(two, 'html')) {
        const image = socialImage(two, route.page as HtmlPageKey, route.locale, route.editionId);
        const url = localizedUrl(image.page, route.locale, { base: '/', editionId: image.editionId });
        expect(images.has(url.slice(1)), `${route.path} → ${url}`).toBe(true);
      }
      expect(images.has(`arhivs/${ARCHIVED_EDITION}/buj/prieksskatijums.png`)).toBe(true);
      expect(images.has(`en/archive/${ARCHIVED_EDITION}/faq/preview.png`)).toBe(true);
    } finally {
      content.dispose();
    }
  });

  it('are files, kept out of the sitemap, and found from their own address', () => {
    for (const page of Object.values(PREVIEW_OF)) {
      expect(pageKind(page).output).toBe('png');
      for (const locale of LOCALES) {
        const url = localizedUrl(page, locale, { base: '/' });
        expect(pageOfPath(url, '/')).toEqual({ page, locale, editionId: undefined });
        expect(inSitemap(`https://x.lv${url}`, '/')).toBe(false);
      }
    }
    expect(inSitemap('https://x.lv/buj/', '/')).toBe(true);
    expect(PAGE_KEYS.filter((p) => pageKind(p).output === 'html').sort()).toEqual(Object.keys(PREVIEW_OF).sort());
  });
});

describe('the Open Graph image tags', () => {
  const head = (page: HtmlPageKey | undefined, locale: 'lv' | 'en', site: URL | undefined, editionId?: string) =>
    pageHead({
      locale,
      page,
      editionId,
      title: 'T',
      description: 'D',
      siteName: 'S',
      site,
      image: socialImage(model, page, locale, editionId),
    });

  it('give an absolute URL with size, type and a description in the page language, and ask for a large card', () => {
    const lv = head('faq', 'lv', new URL('https://www.example.lv'));
    expect(meta(lv.meta, 'og:image')).toEqual(['https://www.example.lv/buj/prieksskatijums.png']);
    expect(meta(lv.meta, 'og:image:type')).toEqual(['image/png']);
    expect(meta(lv.meta, 'og:image:width')).toEqual(['1200']);
    expect(meta(lv.meta, 'og:image:height')).toEqual(['630']);
    expect(meta(lv.meta, 'twitter:card')).toEqual(['summary_large_image']);
    expect(lv.meta.find((m) => m.name === 'twitter:card')!.key).toBe('name');
    const [alt] = meta(lv.meta, 'og:image:alt');
    expect(alt).toContain(useTranslations('lv')('faq.title'));
    expect(alt).toContain(model.editions.at(-1)!.meta.title.lv);
    expect(alt).toContain(model.school.name.lv);
    expect(alt).toContain(useTranslations('lv')('funding.emblemAlt'));
    const [enAlt] = meta(head('faq', 'en', new URL('https://www.example.lv')).meta, 'og:image:alt');
    expect(enAlt).toContain(useTranslations('en')('faq.title'));
    expect(enAlt).toContain(model.school.name.en);
  });

  it('give embeds their full page’s image and the 404 the site-wide one', () => {
    // Table 1.1's own image only once it has figures (tests/unit/table-promotion.test.ts): the FAQ's embed here.
    expect(meta(head('embedFaq', 'en', new URL('https://x.lv')).meta, 'og:image')).toEqual(['https://x.lv/en/faq/preview.png']);
    expect(meta(head(undefined, 'lv', new URL('https://x.lv')).meta, 'og:image')).toEqual(['https://x.lv/prieksskatijums.png']);
    expect(meta(head('glossary', 'en', new URL('https://x.lv')).meta, 'og:image')).toEqual(['https://x.lv/en/preview.png']);
  });

  it('point an archived page at its own edition’s image', () => {
    expect(meta(head('faq', 'en', new URL('https://x.lv'), ARCHIVED_EDITION).meta, 'og:image')).toEqual([
      `https://x.lv/en/archive/${ARCHIVED_EDITION}/faq/preview.png`,
    ]);
  });

  it('are left out without the site’s address (Open Graph needs an absolute URL)', () => {
    const tags = head('faq', 'lv', undefined).meta.map((m) => m.name);
    expect(tags.filter((n) => n.startsWith('og:image') || n.startsWith('twitter:'))).toEqual([]);
  });
});
