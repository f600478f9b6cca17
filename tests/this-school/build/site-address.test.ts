/**
 * The site's address comes from content/site.json. Where it is not known (null, or no file), dist/ carries no
 * address at all: no canonical link, og:url or og:image, no sitemap and no line for it in robots.txt, no address
 * on the printed plan, and no placeholder domain (every example.* host in dist/ is one the content itself
 * writes). With an address, tests/second-edition/build/publishing.test.ts checks that each of these is there, under a base path.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/content/check.ts';
import { contentDir } from '../../../src/content/files.ts';
import { siteAddress } from '../../../src/integrations/site/address.ts';
import { useTranslations } from '../../../src/lib/i18n.ts';
import { LOCALES } from '../../../src/lib/locales.ts';
import { localizedUrl } from '../../../src/lib/urls.ts';
import { siteFiles } from '../../../src/integrations/site-check/site-files.ts';
import { readPage, requireBuiltSite } from '../../../support/site.ts';

const site = requireBuiltSite();
const { model } = checkContent();
const address = siteAddress(model.site);
const TEXT = /\.(html|xml|txt|json|css|js|csv|conf)$|^\.htaccess$|^_headers$/;
// Pagefind's own code resolves paths against a dummy https://example.com internally; it is never shown.
const PAGEFIND_CODE = /^pagefind\/pagefind[\w.-]*\.js$/;
const texts = siteFiles(site)
  .filter((f) => TEXT.test(path.basename(f)) && !PAGEFIND_CODE.test(f.split(path.sep).join('/')))
  .map((f) => ({ file: f, text: readFileSync(path.join(site, f), 'utf8') }));
/** Hosts of the example domains (example.lv, example.com, …) a text names. */
const exampleHosts = (text: string) => new Set([...text.matchAll(/\b(?:[\w-]+\.)*example\.[a-z]{2,}\b/gi)].map((m) => m[0].toLowerCase()));

describe.skipIf(address.site)('a site whose address is not known (content/site.json)', () => {
  it('has no canonical link, og:url or og:image on any page', () => {
    expect(texts.filter((t) => t.file.endsWith('.html')).length).toBeGreaterThan(20);
    const tagged = texts.filter((t) => /rel="canonical"|property="og:url"|property="og:image"/.test(t.text)).map((t) => t.file);
    expect(tagged).toEqual([]);
  });

  it('has no sitemap, and robots.txt names none', () => {
    expect(readdirSync(site).filter((f) => f.startsWith('sitemap'))).toEqual([]);
    const robots = readFileSync(path.join(site, 'robots.txt'), 'utf8');
    expect(robots).toContain('User-agent: *');
    expect(robots).not.toMatch(/sitemap/i);
  });

  it('prints the plan without a web address', () => {
    for (const locale of LOCALES) {
      const html = readPage(localizedUrl('plan', locale, { base: '/' }));
      expect(html).toContain('class="imprint__facts"');
      expect(html).not.toContain(`<dt>${useTranslations(locale)('plan.address')}</dt>`);
    }
  });

  it('names no placeholder domain: every example.* host in dist/ is written in content/', () => {
    const written = new Set<string>();
    for (const file of readdirSync(contentDir(), { recursive: true, encoding: 'utf8' }))
      if (/\.(json|mdx?|txt)$/i.test(file))
        for (const host of exampleHosts(readFileSync(path.join(contentDir(), file), 'utf8'))) written.add(host);
    const placeholders = texts.flatMap((t) => [...exampleHosts(t.text)].filter((h) => !written.has(h)).map((h) => `${t.file}: ${h}`));
    expect(placeholders).toEqual([]);
  });
});

describe.skipIf(!address.site)('a site whose address is known (content/site.json)', () => {
  it('gives every page its canonical link on that address', () => {
    expect(readPage('/').match(/<link rel="canonical" href="([^"]+)"/)?.[1]).toBe(`${address.site}${address.base}`);
  });
});
