/** Checks on the built site in dist/ (npm test builds it first). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, LOCALES } from '../../../src/lib/locales.ts';
import { checkContent } from '../../../src/content/check.ts';
import { currentEdition } from '../../../src/lib/content/model.ts';
import { fileOfPath } from '../../../src/integrations/site-check/verify.ts';
import { localizedUrl, PAGE_KEYS, pageKind, type PageKey } from '../../../src/lib/urls.ts';
import { readPage, requireBuiltSite } from '../../../support/site.ts';
import { siteAddress } from '../../../src/integrations/site/address.ts';

const site = requireBuiltSite();
const content = checkContent();
const edition = currentEdition(content.model);
/** The site's origin where content/site.json gives its address: only then are there canonical links. */
const origin = siteAddress(content.model.site).site;
/** A link's path, whether it is absolute (with the site's address) or not. */
const pathOf = (href: string) => new URL(href, 'http://site.invalid').pathname;
const url = (page: PageKey, locale: (typeof LOCALES)[number]) => localizedUrl(page, locale, { base: '/' });
// Embedded views carry alternates too, but their canonical URL is the full page (checked in publishing tests).
const htmlPages = PAGE_KEYS.filter((p) => pageKind(p).output === 'html' && !pageKind(p).embed);

describe('built site', () => {
  it('has every page in both languages, with the right <html lang>', () => {
    for (const page of htmlPages) {
      for (const locale of LOCALES) {
        const html = readPage(url(page, locale));
        expect(html, `${page} ${locale}`).toMatch(new RegExp(`<html lang="${locale}"`));
      }
    }
  });

  it('links every page to its twin with hreflang alternates that resolve', () => {
    for (const page of htmlPages) {
      for (const locale of LOCALES) {
        const html = readPage(url(page, locale));
        const alternates = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map(
          (m) => [m[1]!, m[2]!] as const,
        );
        expect(alternates.map(([l]) => l).sort(), `${page} ${locale}`).toEqual(['en', 'lv', 'x-default']);
        for (const [, href] of alternates) {
          const pathname = pathOf(href);
          expect(readFileSync(fileOfPath(site, pathname), 'utf8'), href).toContain('<html');
        }
        const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
        expect(canonical, `${page} ${locale}`).toBe(origin ? `${origin}${url(page, locale)}` : undefined);
      }
    }
  });

  it('links every embed to its twins too, with the full page as canonical', () => {
    const FULL_PAGE: Partial<Record<PageKey, PageKey>> = { embedFaq: 'faq', embedTable: 'table' };
    for (const page of PAGE_KEYS.filter((p) => pageKind(p).embed)) {
      for (const locale of LOCALES) {
        const html = readPage(url(page, locale));
        const alternates = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [
          m[1]!,
          pathOf(m[2]!),
        ]);
        expect(Object.fromEntries(alternates), `${page} ${locale}`).toEqual({
          lv: url(page, 'lv'),
          en: url(page, 'en'),
          'x-default': url(page, 'lv'),
        });
        const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
        if (origin) expect(canonical && new URL(canonical).pathname).toBe(url(FULL_PAGE[page]!, locale));
        else expect(canonical).toBeUndefined();
      }
    }
  });

  it("gives the accessibility statement's headings the same ids in both languages", () => {
    const ids = (locale: (typeof LOCALES)[number]) =>
      [...readPage(url('accessibility', locale)).matchAll(/<h[23] id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids('lv').length).toBeGreaterThan(0);
    expect(ids('en')).toEqual(ids('lv'));
  });

  it("says the plan's period as the build day sees it", () => {
    const year = new Date().getUTCFullYear();
    const tense = year > edition.meta.period.end ? 'past' : year < edition.meta.period.start ? 'upcoming' : 'current';
    for (const locale of LOCALES)
      for (const page of ['home', 'plan'] as const) expect(readPage(url(page, locale))).toContain(`data-plan-tense="${tense}"`);
    if (tense === 'past')
      expect(readPage(url('home', 'en'))).toContain(`This plan covered the years ${edition.meta.period.start}–${edition.meta.period.end}.`);
  });

  it('has each question id on both FAQ pages and both plan pages', () => {
    for (const locale of LOCALES) {
      for (const page of ['faq', 'plan'] as const) {
        const html = readPage(url(page, locale));
        for (const q of edition.questions.lv) expect(html, `${q.id} on ${url(page, locale)}`).toContain(`id="${q.id}"`);
      }
    }
  });

  it('shows each question title on the FAQ page of its language', () => {
    for (const locale of LOCALES) {
      const html = readPage(url('faq', locale));
      for (const q of edition.questions[locale]) expect(html).toContain(q.title.replace(/&/g, '&amp;'));
    }
  });

  it('links citations to the references on the same page', () => {
    const html = readPage(url('faq', 'lv'));
    expect(html).toMatch(/<a href="#ref-1" class="citation"[^>]* aria-label="Avots 1">\[1\]<\/a>/);
    for (const { number } of edition.references) expect(html).toContain(`id="ref-${number}"`);
  });

  it('offers Table 1.1 as CSV in both languages, with every activity and no invented figure', () => {
    for (const locale of LOCALES) {
      const csv = readFileSync(path.join(site, url('tableCsv', locale)), 'utf8');
      const lines = csv
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(lines).toHaveLength(edition.activities.length + 2);
      for (const activity of edition.activities) expect(csv).toContain(activity.title[locale].split(',')[0]);
      const missing = locale === 'lv' ? 'tiks precizēts' : 'to be confirmed';
      // Each semester's cell is the figure the content has, or "to be confirmed" where it has none.
      const semesters = edition.table.semesters.length;
      edition.table.rows.forEach((row, i) => {
        const cells = lines[i + 1]!.split(LANGUAGES[locale].csv.delimiter).slice(-(semesters + 1), -1);
        const expected = edition.table.semesters.map((s) => {
          const count = row.counts[s.id];
          return count === null || count === undefined ? missing : String(count);
        });
        expect(cells, row.activity).toEqual(expected);
      });
    }
  });

  it('has a 404 page in both languages', () => {
    const html = readFileSync(path.join(site, '404.html'), 'utf8');
    expect(html).toContain('Lapa nav atrasta');
    expect(html).toMatch(/<section lang="en"[^>]*>[\s\S]*Page not found/);
  });

  it('has a search index per language', () => {
    const entry = JSON.parse(readFileSync(path.join(site, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'lv']);
  });
});
