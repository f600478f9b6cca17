/**
 * What the built site (dist/, the real content) puts forward and how it labels it: Table 1.1 only where it
 * has something to show, an ended plan named as ended, the glossary's shown names, the editors' repairs
 * folded away, and whom to ask on the home page, the FAQ and the accessibility statement.
 * (With figures known, Table 1.1 returns: tests/build/another-school.test.ts.)
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage, requireBuiltSite } from '../../support/site.ts';

const site = requireBuiltSite();
const nav = (html: string) => html.match(/<nav class="site-nav"[\s\S]*?<\/nav>/)![0];

describe('Table 1.1 while no figure is known', () => {
  it('is not in the main menu or the home page\'s cards, in either language', () => {
    for (const [home, table] of [['/', '/tabula-1-1/'], ['/en/', '/en/table-1-1/']] as const) {
      const html = readPage(home);
      expect(nav(html)).not.toContain(`href="${table}"`);
      expect(html.match(/<ul class="cards">[\s\S]*?<\/ul>/)![0]).not.toContain(`href="${table}"`);
      expect(nav(readPage('/buj/'))).not.toContain('href="/tabula-1-1/"');
    }
  });

  it('is one sentence in the plan that links to the table page, which links to the CSV', () => {
    for (const [plan, table, csv] of [['/plans/', '/tabula-1-1/', '/tabula-1-1.csv'], ['/en/plan/', '/en/table-1-1/', '/en/table-1-1.csv']] as const) {
      const html = readPage(plan);
      expect(html).not.toContain('<table');
      expect(html).not.toContain('data-missing');
      const sentence = html.match(/<p class="table-pending">([\s\S]*?)<\/p>/);
      expect(sentence, plan).not.toBeNull();
      expect(sentence![1]).toContain(`href="${table}"`);
      expect(readPage(table)).toContain(`href="${csv}"`);
    }
  });

  it('gives the table page the site-wide preview image, not one named "Table 1.1"', () => {
    expect(readPage('/tabula-1-1/')).toMatch(/property="og:image" content="[^"]*\/prieksskatijums\.png"/);
    expect(readPage('/tabula-1-1/')).not.toContain('tabula-1-1/prieksskatijums.png');
    expect(readPage('/en/table-1-1/')).not.toContain('table-1-1/preview.png');
    // …and none is drawn.
    expect(existsSync(path.join(site, 'tabula-1-1', 'prieksskatijums.png'))).toBe(false);
    expect(existsSync(path.join(site, 'en', 'table-1-1', 'preview.png'))).toBe(false);
  });

  it('has a Latvian CSV that Latvian Excel splits into columns (";"), and an English one with ","', () => {
    const lv = readFileSync(path.join(site, 'tabula-1-1.csv'), 'utf8').slice(1).split('\r\n').filter(Boolean);
    const en = readFileSync(path.join(site, 'en', 'table-1-1.csv'), 'utf8').slice(1).split('\r\n').filter(Boolean);
    // Columns as a spreadsheet splits them: at each delimiter outside "quotes".
    const columns = (line: string, delimiter: string) => line.replace(/"(?:[^"]|"")*"/g, 'x').split(delimiter).length;
    expect(new Set(lv.map((l) => columns(l, ';')))).toEqual(new Set([6])); // activity, 4 semesters, total
    expect(new Set(en.map((l) => columns(l, ',')))).toEqual(new Set([6]));
  });
});

describe('labels that are true', () => {
  it('names the 2020–2022 plan as ended in the archive, never as the current one', () => {
    const lv = readPage('/arhivs/');
    const en = readPage('/en/archive/');
    expect(lv).toContain('2020–2022 (noslēdzies)');
    expect(en).toContain('2020–2022 (ended)');
    expect(lv).not.toMatch(/pašreizēj/i);
    expect(en).not.toMatch(/current plan/i);
  });

  it('shows in the glossary no name twice that differs only in capitals', () => {
    for (const url of ['/terminu-skaidrojumi/', '/en/glossary/']) {
      const lines = [...readPage(url).matchAll(/class="glossary__aliases">[^:]*: ([^<]*)</g)].map((m) => m[1]!.trim().split(', '));
      expect(lines.length).toBeGreaterThan(0);
      for (const names of lines) expect(new Set(names.map((n) => n.toLowerCase())).size, names.join(', ')).toBe(names.length);
    }
    expect(readPage('/terminu-skaidrojumi/')).not.toContain('Pamatdarbība');
  });

  it('folds the editors\' repairs into a closed "About this text" section on the Sources page', () => {
    for (const [url, summary] of [['/avoti/', 'Par šo teksta versiju'], ['/en/sources/', 'About this text']] as const) {
      const details = readPage(url).match(/<details([^>]*)>\s*<summary>([^<]*)<\/summary>([\s\S]*?)<\/details>/);
      expect(details, url).not.toBeNull();
      expect(details![1]).not.toContain('open');
      expect(details![2]).toBe(summary);
      expect(details![3]).toContain('class="repairs"');
    }
  });
});

describe('whom to ask', () => {
  it('is on the home page, the FAQ and the accessibility statement, in both languages, with the school\'s website', () => {
    for (const url of ['/', '/buj/', '/pieklustamiba/', '/en/', '/en/faq/', '/en/accessibility/']) {
      const block = readPage(url).match(/<section class="contact-block"[\s\S]*?<\/section>/);
      expect(block, url).not.toBeNull();
      expect(block![0]).toContain(url.startsWith('/en/') ? 'Vidzeme Technology and Design Technical School' : 'Vidzemes Tehnoloģiju un dizaina tehnikums');
      expect(block![0]).toContain('href="http://www.vtdt.lv"');
      // Only what is known: no e-mail or phone is invented.
      expect(block![0]).not.toMatch(/mailto:|tel:/);
    }
  });

  it('leaves no "to be confirmed" contact on the accessibility statement', () => {
    expect(readPage('/pieklustamiba/')).not.toContain('tiks precizēta');
    expect(readPage('/en/accessibility/')).not.toContain('is to be confirmed');
  });

  it('indexes the home page\'s block for learners and parents, and nothing else of the home page', () => {
    for (const url of ['/', '/en/']) {
      const html = readPage(url);
      expect(html.match(/data-pagefind-body/g)).toHaveLength(1);
      expect(html).toMatch(/<section aria-labelledby="for-learners"[^>]* data-pagefind-body data-pagefind-meta="title:[^"]+"/);
    }
  });
});
