/**
 * What the built site (dist/, built from content/) puts forward and how it labels it: Table 1.1 only where it
 * has something to show, an ended plan named as ended, the glossary's shown names, the editors' repairs
 * folded away, and whom to ask on the home page, the FAQ and the accessibility statement. The expectations
 * follow the content (with figures known, Table 1.1 returns: tests/another-school/build/site.test.ts too).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/content/check.ts';
import { currentEdition } from '../../../src/lib/content/model.ts';
import { buildDate } from '../../../src/lib/period.ts';
import { tableIsPromoted } from '../../../src/lib/table.ts';
import { pathOf, readPage, requireBuiltSite } from '../../../support/site.ts';
import { LOCALES } from '../../../src/lib/locales.ts';

const site = requireBuiltSite();
const { model } = checkContent();
const edition = currentEdition(model);
const promoted = tableIsPromoted(edition.table);
const KNOWN = `${edition.id}'s Table 1.1 has known figures, so it is put forward (tested below)`;
const NONE_KNOWN = `no figure of ${edition.id}'s Table 1.1 is known, so it is not put forward (tested above)`;
const nav = (html: string) => html.match(/<nav class="site-nav"[\s\S]*?<\/nav>/)![0];

describe('Table 1.1 while no figure is known', () => {
  it("is not in the main menu or the home page's cards, in either language", ({ skip }) => {
    if (promoted) return skip(KNOWN);
    for (const locale of LOCALES) {
      const html = readPage(pathOf('home', locale));
      const table = pathOf('table', locale);
      expect(nav(html)).not.toContain(`href="${table}"`);
      expect(html.match(/<ul class="cards">[\s\S]*?<\/ul>/)![0]).not.toContain(`href="${table}"`);
      expect(nav(readPage(pathOf('faq', locale)))).not.toContain(`href="${table}"`);
    }
  });

  it('is one sentence in the plan that links to the table page, which links to the CSV', ({ skip }) => {
    if (promoted) return skip(KNOWN);
    for (const [plan, table, csv] of LOCALES.map((l) => [pathOf('plan', l), pathOf('table', l), pathOf('tableCsv', l)] as const)) {
      const html = readPage(plan);
      expect(html).not.toContain('<table');
      expect(html).not.toContain('data-missing');
      const sentence = html.match(/<p class="table-pending">([\s\S]*?)<\/p>/);
      expect(sentence, plan).not.toBeNull();
      expect(sentence![1]).toContain(`href="${table}"`);
      expect(readPage(table)).toContain(`href="${csv}"`);
    }
  });

  it('gives the table page the site-wide preview image, not one named "Table 1.1"', ({ skip }) => {
    if (promoted) return skip(KNOWN);
    for (const locale of LOCALES) {
      const page = readPage(pathOf('table', locale));
      // (The tag itself is there only with the site's address: publishing.test.ts.)
      if (/property="og:image"/.test(readPage(pathOf('home', locale))))
        expect(page).toMatch(new RegExp(`property="og:image" content="[^"]*${pathOf('preview', locale)}"`));
      expect(page).not.toContain(pathOf('tablePreview', locale));
      // …and none is drawn.
      expect(existsSync(path.join(site, pathOf('tablePreview', locale)))).toBe(false);
    }
  });
});

describe('Table 1.1 as CSV', () => {
  it('has a Latvian CSV that Latvian Excel splits into columns (";"), and an English one with ","', () => {
    const lv = readFileSync(path.join(site, pathOf('tableCsv', 'lv')), 'utf8')
      .slice(1)
      .split('\r\n')
      .filter(Boolean);
    const en = readFileSync(path.join(site, pathOf('tableCsv', 'en')), 'utf8')
      .slice(1)
      .split('\r\n')
      .filter(Boolean);
    // Columns as a spreadsheet splits them: at each delimiter outside "quotes".
    const columns = (line: string, delimiter: string) => line.replace(/"(?:[^"]|"")*"/g, 'x').split(delimiter).length;
    const count = edition.table.semesters.length + 2; // activity, the semesters, total
    expect(new Set(lv.map((l) => columns(l, ';')))).toEqual(new Set([count]));
    expect(new Set(en.map((l) => columns(l, ',')))).toEqual(new Set([count]));
  });
});

describe('Table 1.1 with figures known', () => {
  it('is in the main menu and the plan shows the table', ({ skip }) => {
    if (!promoted) return skip(NONE_KNOWN);
    expect(nav(readPage(pathOf('home', 'lv')))).toContain(`href="${pathOf('table', 'lv')}"`);
    expect(readPage(pathOf('plan', 'lv'))).toContain('<table');
  });
});

describe('labels that are true', () => {
  it('names a plan whose period has ended as ended in the archive, never as the current one', () => {
    const lv = readPage('/arhivs/');
    const en = readPage('/en/archive/');
    const { start, end } = edition.meta.period;
    if (buildDate().getUTCFullYear() > end) {
      expect(lv).toContain(`${start}–${end} (noslēdzies)`);
      expect(en).toContain(`${start}–${end} (ended)`);
    }
    expect(lv).not.toMatch(/pašreizēj/i);
    expect(en).not.toMatch(/current plan/i);
  });

  it('shows in the glossary no name twice that differs only in capitals', () => {
    for (const [url, locale] of [
      ['/terminu-skaidrojumi/', 'lv'],
      ['/en/glossary/', 'en'],
    ] as const) {
      const lines = [...readPage(url).matchAll(/class="glossary__aliases">[^:]*: ([^<]*)</g)].map((m) => m[1]!.trim().split(', '));
      expect(lines.length).toBe(model.glossary.filter((g) => g.also[locale].length > 0).length);
      for (const names of lines) expect(new Set(names.map((n) => n.toLowerCase())).size, names.join(', ')).toBe(names.length);
    }
  });

  it('folds the editors\' repairs into a closed "About this version of the text" section on the Sources page', () => {
    for (const [url, summary] of [
      ['/avoti/', 'Par šo teksta versiju'],
      ['/en/sources/', 'About this version of the text'],
    ] as const) {
      const details = readPage(url).match(/<details([^>]*)>\s*<summary>([^<]*)<\/summary>([\s\S]*?)<\/details>/);
      expect(details, url).not.toBeNull();
      expect(details![1]).not.toContain('open');
      expect(details![2]).toBe(summary);
      expect(details![3]).toContain('class="repairs"');
    }
  });
});

describe('whom to ask', () => {
  const { school } = model;
  // Where school.json gives an address for accessibility feedback (an e-mail or phone), the statement shows it
  // instead of the school's contact (src/components/pages/AccessibilityPage.astro).
  const feedback = school.accessibilityContact?.email || school.accessibilityContact?.phone ? school.accessibilityContact : null;
  const statements = LOCALES.map((locale) => pathOf('accessibility', locale));

  it('is on the home page, the FAQ and (unless it has its own address) the accessibility statement, in both languages, with what school.json has', () => {
    const pages = (['home', 'faq'] as const).flatMap((page) => LOCALES.map((locale) => pathOf(page, locale)));
    for (const url of [...pages, ...(feedback ? [] : statements)]) {
      const block = readPage(url).match(/<section class="contact-block"[\s\S]*?<\/section>/);
      expect(block, url).not.toBeNull();
      expect(block![0]).toContain(school.name[url.startsWith('/en/') ? 'en' : 'lv']);
      if (school.contact.email) expect(block![0]).toContain(`mailto:${school.contact.email}`);
      else if (school.contact.page) expect(block![0]).toContain(`href="${school.contact.page}"`);
      else if (school.website) expect(block![0]).toContain(`href="${school.website}"`);
      // Only what is known: no e-mail or phone is invented.
      if (!school.contact.email) expect(block![0]).not.toContain('mailto:');
      if (!school.contact.phone) expect(block![0]).not.toContain('tel:');
    }
  });

  it("is the accessibility statement's own address for feedback where school.json gives one", ({ skip }) => {
    if (!feedback) return skip("school.json gives no accessibilityContact: the statement shows the school's contact (above)");
    for (const url of statements) {
      const html = readPage(url);
      const section = html.match(/<h2 id="contact">[\s\S]*?<\/article>/);
      expect(section, url).not.toBeNull();
      expect(section![0]).not.toContain('class="contact-block"');
      if (feedback.email) expect(section![0]).toContain(`href="mailto:${feedback.email}"`);
      if (feedback.phone) expect(section![0]).toContain('href="tel:');
    }
  });

  it('leaves no "to be confirmed" contact on the accessibility statement', () => {
    expect(readPage('/pieklustamiba/')).not.toContain('tiks precizēta');
    expect(readPage('/en/accessibility/')).not.toContain('is to be confirmed');
  });

  it("indexes the home page's block for learners and parents, and nothing else of the home page", () => {
    for (const url of ['/', '/en/']) {
      const html = readPage(url);
      expect(html.match(/data-pagefind-body/g)).toHaveLength(1);
      expect(html).toMatch(/<section aria-labelledby="for-learners"[^>]* data-pagefind-body data-pagefind-meta="title:[^"]+"/);
    }
  });
});
