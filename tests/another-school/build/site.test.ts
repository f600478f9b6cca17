/**
 * Any Erasmus+ school can publish its plan by replacing content/: a site built from a fixture school
 * (another name, another edition) carries nothing of the school whose content is in content/ (the words that
 * name it: content/checks/text.json, schoolWords), and shows its own name, its own plan and its own funding
 * acknowledgement.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from '../../support/build.ts';
import { contentChecks, noContentCheck } from '../../support/content-checks.ts';
import { FIXTURE_CONTENT } from '../../support/fixture-content.ts';
import { checkContent } from '../../../src/content/check.ts';
import { presentTopics, TOPICS } from '../../../src/lib/participation.ts';
import { participationSiteTests } from '../../support/participation-site.ts';
import { readPage, withoutStyleScopes } from '../../../support/site.ts';
import { currentEdition } from '../../../src/lib/content/model.ts';
import { LOCALES } from '../../../src/lib/locales.ts';
import { pagePath } from '../../../src/lib/urls.ts';

// What the fixture school's own content says, read as the build reads it.
const fixture = checkContent({ root: FIXTURE_CONTENT }).model;
const edition = currentEdition(fixture);
const table = `/${pagePath('table', 'lv')}`;

let work: string;
let site: string;
let files: { name: string; text: string }[] = [];

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'erasmus-school-'));
  site = path.join(work, 'dist');
  const result = runBuild({ CONTENT_DIR: FIXTURE_CONTENT, OUT_DIR: site });
  if (result.status !== 0) throw new Error(`fixture build failed:\n${result.stdout}\n${result.stderr}`);
  // Every file of the site, the search index's compressed parts included (read as bytes, searched as text).
  files = readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .map((file) => ({
      name: path.relative(site, file),
      text: withoutStyleScopes(readFileSync(file, 'latin1') + readFileSync(file, 'utf8')),
    }));
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("a site built from another school's content", () => {
  it('has no word of the school whose plan this repository holds', ({ skip }) => {
    expect(files.length).toBeGreaterThan(20);
    const schoolWords = contentChecks().schoolWords;
    if (!schoolWords) return skip(noContentCheck('schoolWords (the words that name the school of content/)'));
    // The spelling dictionaries are the languages' words (Latvian has "Vidzeme" and "Cēsis" as place names), not content.
    const own = files.filter((f) => !f.name.startsWith('pagefind/spelling-'));
    for (const word of schoolWords) {
      expect(own.filter((f) => f.text.includes(word)).map((f) => `${f.name}: ${word}`)).toEqual([]);
    }
  });

  it("names its own school in every page, in the page's language", () => {
    const pages = files.filter((f) => f.name.endsWith('.html') && !f.name.startsWith('404'));
    for (const page of pages) {
      const english = page.name.startsWith('en/');
      expect(page.text, page.name).toContain(fixture.school.name[english ? 'en' : 'lv']);
    }
  });

  it('shows its own plan and the EU funding acknowledgement on every page', () => {
    const pages = files.filter((f) => f.name.endsWith('.html'));
    for (const page of pages) {
      expect(page.text, page.name).toContain('class="eu-emblem"');
      expect(
        LOCALES.some((locale) => page.text.includes(edition.meta.funding.statement[locale])),
        page.name,
      ).toBe(true);
    }
    expect(files.find((f) => f.name === 'index.html')?.text).toContain(edition.meta.title.lv);
  });

  it('puts Table 1.1 forward once its figures are known: menu, home card, the table in the plan, its own preview image', () => {
    const text = (name: string) => files.find((f) => f.name === name)!.text;
    const home = text('index.html');
    expect(home.match(/<nav class="site-nav"[\s\S]*?<\/nav>/)![0]).toContain(`href="${table}"`);
    expect(home.match(/<ul class="cards">[\s\S]*?<\/ul>/)![0]).toContain(`href="${table}"`);
    expect(text(`${pagePath('plan', 'lv')}index.html`)).toMatch(/<table class="participants"/);
    expect(text(`${pagePath('plan', 'lv')}index.html`)).not.toContain('class="table-pending"');
    expect(text(`${pagePath('table', 'lv')}index.html`)).toContain(pagePath('tablePreview', 'lv'));
    expect(files.some((f) => f.name === pagePath('tablePreview', 'lv'))).toBe(true);
  });

  it('says whom to ask from its own school.json: its coordinator on the home page, its own accessibility address on the statement', () => {
    const text = (name: string) => files.find((f) => f.name === name)!.text;
    expect(text('index.html').match(/<section class="contact-block"[\s\S]*?<\/section>/)![0]).toContain(
      `href="mailto:${fixture.school.contact.email}"`,
    );
    const statement = text(`${pagePath('accessibility', 'lv')}index.html`);
    expect(statement).toContain(`href="mailto:${fixture.school.accessibilityContact!.email}"`);
    expect(statement).not.toContain('class="contact-block"');
  });
});

describe("the fixture school's site: how to take part (it tells every topic), and its plan's period", () => {
  const model = fixture;
  it('tells every topic, so that each is shown, searched and printed below', () => {
    expect(presentTopics(model.participation)).toEqual([...TOPICS]);
  });
  participationSiteTests(
    () => (pathname) => {
      const name = `${pathname.replace(/^\//, '')}index.html`;
      const file = files.find((f) => f.name === name);
      if (!file) throw new Error(`no ${name} in the fixture's build`);
      return readPage(name, site);
    },
    () => model,
  );
});
