/**
 * This school's built site (dist/): the FAQ described as schema.org FAQPage data, and the embeddable views of
 * the FAQ and Table 1.1 (no site chrome, links open in the host page, the height messenger).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/content/check.ts';
import { currentEdition } from '../../../src/lib/content/model.ts';
import { LOCALES } from '../../../src/lib/locales.ts';
import { pathOf, readPage, requireBuiltSite, sitePages, withoutStyleScopes } from '../../../support/site.ts';

/** The titles of the questions a page shows (the FAQ's and its embed's), in their order, as text. */
function questionTitles(html: string): string[] {
  const text = (s: string) =>
    s
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  return [...withoutStyleScopes(html).matchAll(/<h3 class="question__title">([\s\S]*?)<\/h3>/g)].map((m) => text(m[1]!).trim());
}

describe('structured data on the built site', () => {
  requireBuiltSite();
  const edition = currentEdition(checkContent().model);
  for (const [locale, pathname] of [
    ['lv', pathOf('faq', 'lv')],
    ['en', pathOf('faq', 'en')],
  ] as const) {
    it(`describes the ${locale} FAQ as an FAQPage with every question`, () => {
      const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(readPage(pathname))?.[1];
      expect(json).toBeDefined();
      const data = JSON.parse(json!);
      expect(data['@context']).toBe('https://schema.org');
      expect(data['@type']).toBe('FAQPage');
      expect(data.inLanguage).toBe(locale);
      // Every question the page shows, in its order: the topics of taking part, then the plan's questions.
      expect(data.mainEntity.map((q: { name: string }) => q.name)).toEqual(questionTitles(readPage(pathname)));
      for (const q of data.mainEntity) {
        expect(q['@type']).toBe('Question');
        expect(q.name.length).toBeGreaterThan(0);
        expect(q.acceptedAnswer['@type']).toBe('Answer');
        expect(q.acceptedAnswer.text.length).toBeGreaterThan(0);
        expect(q.acceptedAnswer.text).not.toMatch(/<List|\{|\}/);
      }
      expect(data.mainEntity.map((q: { name: string }) => q.name)).toEqual(
        expect.arrayContaining(edition.questions[locale].map((q) => q.title)),
      );
    });
  }
});

describe('embeddable views', () => {
  requireBuiltSite();
  const views = LOCALES.flatMap((l) => [pathOf('embedFaq', l), pathOf('embedTable', l)]);
  // Every page under an embed view's folder (its language's embed prefix).
  const prefixes = [...new Set(views.map((v) => v.split('/').slice(0, -2).join('/') + '/'))];
  const embeds = sitePages().filter((p) => prefixes.some((prefix) => p.startsWith(prefix)));
  it('exist for the FAQ and Table 1.1 in both languages', () => {
    expect(embeds.sort()).toEqual(
      [pathOf('embedFaq', 'en'), pathOf('embedTable', 'en'), pathOf('embedFaq', 'lv'), pathOf('embedTable', 'lv')].sort(),
    );
  });
  it('show every question of the FAQ page, in its order', () => {
    for (const locale of LOCALES) {
      const page = questionTitles(readPage(pathOf('faq', locale)));
      expect(page.length).toBeGreaterThan(0);
      expect(questionTitles(readPage(pathOf('embedFaq', locale)))).toEqual(page);
    }
  });
  for (const p of embeds) {
    it(`${p} has no site chrome, opens other pages in the host page and keeps in-page links in the frame`, () => {
      const html = readPage(p);
      expect(html).not.toMatch(/class="site-header|class="site-footer|class="site-nav/);
      expect(html).toContain('<base target="_parent">');
      expect(html).toContain('<meta name="robots" content="noindex">');
      const inPage = [...html.matchAll(/<a [^>]*href="#[^"]*"[^>]*>/g)].map((m) => m[0]);
      expect(inPage.filter((a) => !a.includes('target="_self"'))).toEqual([]);
      // The height messenger: inlined by Astro when small, else a module file.
      const external = /<script type="module" src="([^"]+)"><\/script>/.exec(html)?.[1];
      const script = external ? readFileSync(path.join(requireBuiltSite(), external), 'utf8') : html;
      expect(script).toContain('erasmus-plan:height');
    });
  }
});
