/**
 * Publishing: a build under a base path (as on https://www.example.lv/erasmus/) with a newer fixture plan
 * edition beside the real one; every link, asset, search index and CSV honour the base path; the newest
 * edition is the site and the older one is archived. Also: structured data and the embeddable views.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { currentEdition } from '../../src/lib/content/model.ts';
import { glossaryRecords, searchRecords } from '../../src/lib/search/records.ts';
import { LinkChecker, referencesOf } from '../support/links.ts';
import { readPage, requireBuiltSite, sitePages } from '../../support/site.ts';
import { FIXTURE_CONTENT, FIXTURE_EDITION } from '../support/fixture-content.ts';
import { runBuild } from '../support/build.ts';
import { launchBrowser } from '../../support/browser.ts';
import { serveSite } from '../../support/server.ts';

const BASE = '/erasmus/';
const SITE_URL = 'https://www.example.lv';
let work: string;
let out: string;
let links: LinkChecker;

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'erasmus-publish-'));
  const content = path.join(work, 'content');
  cpSync('content', content, { recursive: true });
  cpSync(path.join(FIXTURE_CONTENT, 'editions', FIXTURE_EDITION), path.join(content, 'editions', FIXTURE_EDITION), { recursive: true });
  out = path.join(work, 'dist');
  const result = runBuild({ CONTENT_DIR: content, OUT_DIR: out, BASE_PATH: BASE, SITE_URL });
  if (result.status !== 0) throw new Error(`build under ${BASE} failed:\n${result.stderr}`);
  links = new LinkChecker(out, BASE);
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const page = (p: string) => readFileSync(links.fileFor(`${BASE}${p}`)!, 'utf8');

describe(`a build under the base path ${BASE}`, () => {
  it('has every internal link, asset and anchor resolve under the base path', () => {
    expect(links.pages.length).toBeGreaterThan(25);
    const problems = links.pages.flatMap((p) => links.problemsOf(p).map((x) => `${p}: ${x}`));
    expect(problems).toEqual([]);
  });

  it('never links to the host root outside the base path', () => {
    const escaping = links.pages.flatMap((p) =>
      referencesOf(links.read(p))
        .filter((r) => r.url.startsWith('/') && !r.url.startsWith(BASE))
        .map((r) => `${p}: ${r.attr}="${r.url}"`),
    );
    expect(escaping).toEqual([]);
  });

  it('loads the search index from under the base path', () => {
    expect(page('meklet/')).toContain(`data-base="${BASE}"`);
    expect(existsSync(path.join(out, 'pagefind', 'pagefind.js'))).toBe(true);
  });

  // In Chromium (this file's build is reused rather than building again in the e2e project).
  it('shows search results that link under the base path, and they open', async () => {
    const served = await serveSite(out, BASE);
    const browser = await launchBrowser();
    try {
      const tab = await browser.newPage();
      const requests: string[] = [];
      tab.on('request', (r) => requests.push(new URL(r.url()).pathname));
      await tab.goto(`${served.url}meklet/?q=${encodeURIComponent('plāns')}`);
      await tab.waitForSelector('main .search-result a');
      const hrefs = await tab.locator('main .search-result a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) expect(href.startsWith(BASE), href).toBe(true);
      expect(requests.filter((p) => !p.startsWith(BASE))).toEqual([]);
      await tab.locator('main .search-result a').first().click();
      // The answer opens with the searched words to mark (?h=), at its question.
      await tab.waitForURL(/\/erasmus\/buj\/\?h=[^#]+#/);
      const id = decodeURIComponent(new URL(tab.url()).hash.slice(1));
      expect(await tab.locator(`[id="${id}"]`).count()).toBe(1);
      await tab.locator('mark.search-highlight').first().waitFor();

      // A typing mistake fetches the vocabulary from under the base path too.
      await tab.goto(`${served.url}meklet/?q=${encodeURIComponent('mobilitāre')}`);
      await tab.waitForSelector('main [data-search-status] a');
      expect(requests).toContain(`${BASE}pagefind/vocabulary-lv.json`);
      expect(requests.filter((p) => !p.startsWith(BASE))).toEqual([]);
    } finally {
      await browser.close();
      await served.close();
    }
  });

  it('links the CSV under the base path', () => {
    expect(page('tabula-1-1/')).toContain(`href="${BASE}tabula-1-1.csv"`);
  });

  it('gives canonical URLs, alternates, the sitemap and robots.txt the full public address', () => {
    expect(page('buj/')).toContain(`<link rel="canonical" href="${SITE_URL}${BASE}buj/"`);
    expect(page('buj/')).toContain(`<link rel="alternate" hreflang="en" href="${SITE_URL}${BASE}en/faq/"`);
    expect(readFileSync(path.join(out, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE_URL}${BASE}sitemap-index.xml`);
    const sitemap = readFileSync(path.join(out, 'sitemap-0.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.every((l) => l.startsWith(`${SITE_URL}${BASE}`))).toBe(true);
    expect(locs).toContain(`${SITE_URL}${BASE}en/faq/`);
    expect(locs.some((l) => l.includes('/iegult/') || l.includes('/embed/'))).toBe(false);
    expect(sitemap).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${SITE_URL}${BASE}en/faq/"/>`);
  });
});

describe('plan editions', () => {
  it('shows the newest edition at the site root', () => {
    expect(page('')).toContain('Testa plāns');
    expect(page('buj/')).toContain('Kas ir plāns?');
    expect(page('en/faq/')).toContain('What is the plan?');
  });

  it('keeps the older edition in the archive, in both languages, marked as archived', () => {
    const lv = page('arhivs/2020-2022/buj/');
    expect(lv).toContain('Kas ir Erasmus+ mācību mobilitāte?');
    expect(lv).toContain('Šis ir arhivēts plāns');
    expect(page('en/archive/2020-2022/faq/')).toContain('What is Erasmus+ learning mobility?');
    expect(page('arhivs/2020-2022/plans/')).toContain('id="needs-goals"');
    expect(page('arhivs/2020-2022/tabula-1-1/')).toContain('tiks precizēts');
    expect(readFileSync(links.fileFor(`${BASE}arhivs/2020-2022/tabula-1-1.csv`)!, 'utf8')).toContain('tiks precizēts');
  });

  it('lists every edition on the archive page', () => {
    const archive = page('arhivs/');
    expect(archive).toContain(`href="${BASE}plans/"`);
    expect(archive).toContain(`href="${BASE}arhivs/2020-2022/buj/"`);
  });

  it('switches language within the archive', () => {
    expect(page('arhivs/2020-2022/buj/')).toContain(`hreflang="en" href="${SITE_URL}${BASE}en/archive/2020-2022/faq/"`);
  });

  it('searches the current edition only', () => {
    const entry = JSON.parse(readFileSync(path.join(out, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    // The current edition's answer records, the glossary's terms and its Table 1.1 page; nothing of the archive.
    const { model } = checkContent({ root: path.join(work, 'content') });
    const current = model.editions.at(-1)!;
    expect(current.id).toBe(FIXTURE_EDITION);
    expect(entry.languages.lv.page_count).toBe(searchRecords(current, 'lv').length + glossaryRecords(model.glossary, 'lv').length + 1);
  });
});

describe('structured data on the built site', () => {
  requireBuiltSite();
  const edition = currentEdition(checkContent().model);
  for (const [locale, pathname] of [['lv', '/buj/'], ['en', '/en/faq/']] as const) {
    it(`describes the ${locale} FAQ as an FAQPage with every question`, () => {
      const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(readPage(pathname))?.[1];
      expect(json).toBeDefined();
      const data = JSON.parse(json!);
      expect(data['@context']).toBe('https://schema.org');
      expect(data['@type']).toBe('FAQPage');
      expect(data.inLanguage).toBe(locale);
      expect(data.mainEntity).toHaveLength(edition.questions[locale].length);
      for (const q of data.mainEntity) {
        expect(q['@type']).toBe('Question');
        expect(q.name.length).toBeGreaterThan(5);
        expect(q.acceptedAnswer['@type']).toBe('Answer');
        expect(q.acceptedAnswer.text.length).toBeGreaterThan(40);
        expect(q.acceptedAnswer.text).not.toMatch(/<List|\{|\}/);
      }
      expect(data.mainEntity.map((q: { name: string }) => q.name)).toEqual(expect.arrayContaining(edition.questions[locale].map((q) => q.title)));
    });
  }
});

describe('embeddable views', () => {
  requireBuiltSite();
  const embeds = sitePages().filter((p) => p.includes('/iegult/') || p.includes('/embed/'));
  it('exist for the FAQ and Table 1.1 in both languages', () => {
    expect(embeds.sort()).toEqual(['/en/embed/faq/', '/en/embed/table-1-1/', '/iegult/buj/', '/iegult/tabula-1-1/']);
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
