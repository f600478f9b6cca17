/**
 * Link previews on the built site: every page (embeds and the 404 too) names an og:image that is an
 * absolute URL on the site's own address, leads to a file in dist/, and that file is a 1200×630 PNG within
 * the size budget; the tags that describe it are there; the images stay out of the sitemap and search.
 *
 * Size budget: 100 kB per image. They measure 55–62 kB (full-colour PNG of flat colours and text); the
 * budget leaves room for a longer title or name, and stays far below what link-preview crawlers accept
 * (WhatsApp, the strictest of them, is reported to drop images of several hundred kB).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { tableIsPromoted } from '../../../src/lib/table.ts';
import { currentEdition } from '../../../src/lib/content/model.ts';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/content/check.ts';
import { fileOfPath } from '../../../src/integrations/site-check/verify.ts';
import { siteRoutes } from '../../../src/lib/routes.ts';
import { pathOf, readPage, requireBuiltSite, sitePages } from '../../../support/site.ts';
import { LOCALES } from '../../../src/lib/locales.ts';
import { pngSize } from '../../support/png.ts';
import { siteAddress } from '../../../src/integrations/site/address.ts';

const site = requireBuiltSite();
const model = checkContent().model;
const BUDGET = 100 * 1000;

const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
function metaOf(html: string, name: string): string[] {
  return [...html.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)"/g)].filter((m) => m[1] === name).map((m) => decode(m[2]!));
}
const pages = sitePages();
/** The site's origin: og:image needs the site's address (content/site.json); without it the pages name no image. */
const origin = siteAddress(model.site).site;
const NO_ADDRESS =
  'content/site.json gives no address, so no page names an og:image (site-address.test.ts checks that; publishing.test.ts checks the tags with an address)';

describe('link preview images', () => {
  it('checks every page, embeds and the 404 included', () => {
    expect(pages).toContain('/404.html');
    expect(pages).toContain(pathOf('embedFaq', 'lv'));
    expect(pages.length).toBe(siteRoutes(model, 'html').length + 1);
  });

  it.for(pages)('%s names an absolute og:image that is a 1200×630 PNG in dist/, with its size, type and alt', (page, { skip }) => {
    if (!origin) return skip(NO_ADDRESS);
    const html = readPage(page);
    const [image, ...more] = metaOf(html, 'og:image');
    expect(more).toEqual([]);
    const url = new URL(image!);
    expect(url.href).toBe(image);
    expect(url.origin).toBe(origin);
    const file = fileOfPath(site, url.pathname);
    const bytes = readFileSync(file);
    expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
    expect(bytes.length).toBeLessThanOrEqual(BUDGET);
    expect(metaOf(html, 'og:image:width')).toEqual(['1200']);
    expect(metaOf(html, 'og:image:height')).toEqual(['630']);
    expect(metaOf(html, 'og:image:type')).toEqual(['image/png']);
    expect(metaOf(html, 'twitter:card')).toEqual(['summary_large_image']);
    const lang = /<html lang="([a-z]+)"/.exec(html)![1] as 'lv' | 'en';
    const [alt] = metaOf(html, 'og:image:alt');
    expect(alt).toContain(model.school.name[lang]);
    expect(alt).toContain(model.editions.at(-1)!.meta.title[lang]);
  });

  it('shows the FAQ image on the FAQ pages and the site-wide one on the home pages', ({ skip }) => {
    if (!origin) return skip(NO_ADDRESS);
    for (const locale of LOCALES) {
      expect(metaOf(readPage(pathOf('faq', locale)), 'og:image')).toEqual([`${origin}${pathOf('faqPreview', locale)}`]);
      expect(metaOf(readPage(pathOf('home', locale)), 'og:image')).toEqual([`${origin}${pathOf('preview', locale)}`]);
    }
  });

  it('builds every image of the URL table, each within the budget', () => {
    const images = siteRoutes(model, 'png');
    // The site-wide and the FAQ's image per language; Table 1.1's only once it has a figure.
    expect(images.length).toBeGreaterThanOrEqual(4);
    expect(images.some((r) => r.page === 'tablePreview' && !r.editionId)).toBe(tableIsPromoted(currentEdition(model).table));
    const sizes = images.map((r) => statSync(fileOfPath(site, `/${r.path}`)).size);
    console.log(`preview images (bytes): ${images.map((r, i) => `${r.path} ${sizes[i]}`).join(', ')}`);
    for (const size of sizes) expect(size).toBeLessThanOrEqual(BUDGET);
  });

  it('keeps the images out of the sitemap and the search index', () => {
    // The sitemap is there only with the site's address.
    if (origin) {
      const sitemap = readFileSync(fileOfPath(site, '/sitemap-0.xml'), 'utf8');
      expect(sitemap).toContain('<loc>');
      expect(sitemap).not.toMatch(/\.png</);
    }
    // Each search record is a gzipped fragment that names the URL a result opens.
    const dir = path.join(site, 'pagefind', 'fragment');
    const urls = readdirSync(dir).map(
      (f) =>
        (
          JSON.parse(
            gunzipSync(readFileSync(path.join(dir, f)))
              .toString('utf8')
              .replace(/^pagefind_dcd/, ''),
          ) as { url: string }
        ).url,
    );
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((u) => !u.includes('.png'))).toEqual(urls);
  });
});
