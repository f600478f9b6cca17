/**
 * Publishing: a build under a base path (as on https://www.example.lv/erasmus/) of the fixture content with an
 * older edition in its archive (../content.ts); every link, asset, search index, CSV and preview image honour the base
 * path; the newest edition is the site and the older one is archived. Also: structured data, the
 * embeddable views, and the host configuration the build writes (.htaccess, nginx-snippet.conf, _headers),
 * read by the tests' own readers and served by real Apache and nginx where they are installed.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/content/check.ts';
import { messageLanguage } from '../../../src/lib/content/issues.ts';
import { useCheckMessages } from '../../../src/lib/i18n.ts';
import { glossaryRecords, participationRecords, searchRecords } from '../../../src/integrations/pagefind/records.ts';
import { LinkChecker, referencesOf } from '../../support/links.ts';
import { requireBuiltSite, withoutStyleScopes } from '../../../support/site.ts';
import { FIXTURE_EDITION, type ContentCopy } from '../../support/fixture-content.ts';
import { ARCHIVED_EDITION, copyFixtureWithArchive } from '../content.ts';
import { runBuild } from '../../support/build.ts';
import { pngSize } from '../../support/png.ts';
import { launchBrowser } from '../../../support/browser.ts';
import { serveSite } from '../../../support/server.ts';
import { freePort, SERVERS, startApache, startNginx } from '../../support/host-servers.ts';
import {
  apacheAnswer,
  headersFileAnswer,
  nginxAnswer,
  nginxPaths,
  parseHeadersFile,
  parseHtaccess,
  parseNginx,
  type Resolve,
} from '../../support/host-config.ts';
import { siteFiles } from '../../../src/integrations/site-check/site-files.ts';
import { localizedUrl, type PageKey } from '../../../src/lib/urls.ts';
import type { Locale } from '../../../src/lib/locales.ts';

const BASE = '/erasmus/';
/** A page's address under the base path, and the same relative to it (as `page()` takes it). */
const at = (key: PageKey, locale: Locale, editionId?: string) => localizedUrl(key, locale, { base: BASE, editionId });
const rel = (key: PageKey, locale: Locale, editionId?: string) => at(key, locale, editionId).slice(BASE.length);
const SITE_URL = 'https://www.example.lv';
let work: string;
let out: string;
let links: LinkChecker;
let fixture: ContentCopy;
let buildOutput: string;
/** The school's website, on a loopback port of its own, so a browser can open a page there that frames the embeds. */
let schoolOrigin: string;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'erasmus-publish-'));
  fixture = copyFixtureWithArchive();
  const content = fixture.root;
  // Content that differs from dist/'s in what search indexes, whatever content/ holds (the cache test compares them).
  const answer = `editions/${FIXTURE_EDITION}/questions/lv/what-is-the-plan.mdx`;
  fixture.write(answer, `${readFileSync(fixture.file(answer), 'utf8')}\nŠo teikumu pievieno publicēšanas pārbaude.\n`);
  schoolOrigin = `http://127.0.0.1:${await freePort()}`;
  const school = JSON.parse(readFileSync(path.join(content, 'school.json'), 'utf8'));
  writeFileSync(path.join(content, 'school.json'), JSON.stringify({ ...school, website: `${schoolOrigin}/par-mums/` }, null, 2));
  // Where the site is published: its content says so (content/site.json), as on a school's computer.
  writeFileSync(path.join(content, 'site.json'), JSON.stringify({ url: `${SITE_URL}${BASE}` }, null, 2));
  out = path.join(work, 'dist');
  const result = runBuild({ CONTENT_DIR: content, OUT_DIR: out });
  if (result.status !== 0) throw new Error(`build under ${BASE} failed:\n${result.stderr}`);
  buildOutput = result.stdout;
  links = new LinkChecker(out, BASE);
}, 300_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  fixture.dispose();
});

const page = (p: string) => withoutStyleScopes(readFileSync(links.fileFor(`${BASE}${p}`)!, 'utf8'));

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

  it('makes a link an editor writes from the site root ("/terminu-skaidrojumi/#id") lead under the base path', () => {
    expect(page(rel('faq', 'lv'))).toContain(`href="${BASE}terminu-skaidrojumi/#ka1"`);
    expect(page('en/faq/')).toContain(`href="${BASE}en/glossary/#ka1"`);
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

  it("points every page's og:image at a 1200×630 PNG under the base path, an archived page at its edition's own", () => {
    for (const p of links.pages) {
      const image = /<meta property="og:image" content="([^"]+)"/.exec(links.read(p))?.[1];
      expect(image?.startsWith(`${SITE_URL}${BASE}`), `${p}: ${image}`).toBe(true);
      const file = links.fileFor(new URL(image!).pathname);
      expect(file, image).toBeDefined();
      expect(pngSize(readFileSync(file!))).toEqual({ width: 1200, height: 630 });
    }
    expect(page(rel('faq', 'lv'))).toContain(`<meta property="og:image" content="${SITE_URL}${BASE}buj/prieksskatijums.png">`);
    expect(page(`en/archive/${ARCHIVED_EDITION}/faq/`)).toContain(
      `<meta property="og:image" content="${SITE_URL}${BASE}en/archive/${ARCHIVED_EDITION}/faq/preview.png">`,
    );
    // The archived edition's image names its own plan: a different picture, and an alt text that says so.
    expect(
      readFileSync(links.fileFor(at('faqPreview', 'lv', ARCHIVED_EDITION))!).equals(
        readFileSync(links.fileFor(`${BASE}buj/prieksskatijums.png`)!),
      ),
    ).toBe(false);
    expect(/<meta property="og:image:alt" content="([^"]+)"/.exec(page(rel('faq', 'lv', ARCHIVED_EDITION)))?.[1]).toContain(
      'Vecais testa plāns',
    );
    expect(/<meta property="og:image:alt" content="([^"]+)"/.exec(page(rel('faq', 'lv')))?.[1]).toContain('Testa plāns');
  });

  it('links the CSV under the base path', () => {
    expect(page(rel('table', 'lv'))).toContain(`href="${at('tableCsv', 'lv')}"`);
  });

  it('gives canonical URLs, alternates, the sitemap and robots.txt the full public address', () => {
    expect(page(rel('faq', 'lv'))).toContain(`<link rel="canonical" href="${SITE_URL}${BASE}buj/"`);
    expect(page(rel('faq', 'lv'))).toContain(`<link rel="alternate" hreflang="en" href="${SITE_URL}${at('faq', 'en')}"`);
    expect(readFileSync(path.join(out, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE_URL}${BASE}sitemap-index.xml`);
    const sitemap = readFileSync(path.join(out, 'sitemap-0.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.every((l) => l.startsWith(`${SITE_URL}${BASE}`))).toBe(true);
    expect(locs).toContain(`${SITE_URL}${at('faq', 'en')}`);
    expect(locs.some((l) => l.includes('/iegult/') || l.includes('/embed/'))).toBe(false);
    expect(sitemap).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${SITE_URL}${at('faq', 'en')}"/>`);
    expect(page(rel('faq', 'lv'))).toContain(`<meta property="og:url" content="${SITE_URL}${BASE}buj/">`);
  });

  it('prints the address on the plan, and the summary does not ask for one', () => {
    expect(page('plans/')).toContain(`<dd>${SITE_URL}${BASE}plans/</dd>`);
    expect(page('en/plan/')).toContain(`<dd>${SITE_URL}${BASE}en/plan/</dd>`);
    expect(buildOutput).not.toContain('content/site.json');
    const ready = useCheckMessages(messageLanguage())('cli.readyAt', { folder: '§', address: `${SITE_URL}${BASE}`, seconds: '§' });
    expect(buildOutput).toMatch(
      new RegExp(
        ready
          .split('§')
          .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('.*'),
      ),
    );
  });
});

describe('plan editions', () => {
  it('shows the newest edition at the site root', () => {
    expect(page('')).toContain('Testa plāns');
    expect(page(rel('faq', 'lv'))).toContain('Kas ir plāns?');
    expect(page('en/faq/')).toContain('What is the plan?');
  });

  it('keeps the older edition in the archive, in both languages, marked as archived', () => {
    const lv = page(rel('faq', 'lv', ARCHIVED_EDITION));
    expect(lv).toContain('Kas bija vecais plāns?');
    expect(lv).toContain('Šis ir arhivēts plāns');
    expect(page(`en/archive/${ARCHIVED_EDITION}/faq/`)).toContain('What was the old plan?');
    expect(page(`arhivs/${ARCHIVED_EDITION}/plans/`)).toContain('id="needs-goals"');
    expect(page(rel('table', 'lv', ARCHIVED_EDITION))).toContain('tiks precizēts');
    expect(readFileSync(links.fileFor(at('tableCsv', 'lv', ARCHIVED_EDITION))!, 'utf8')).toContain('tiks precizēts');
  });

  it('lists every edition on the archive page', () => {
    const archive = page('arhivs/');
    expect(archive).toContain(`href="${BASE}plans/"`);
    expect(archive).toContain(`href="${at('faq', 'lv', ARCHIVED_EDITION)}"`);
  });

  it('switches language within the archive', () => {
    expect(page(rel('faq', 'lv', ARCHIVED_EDITION))).toContain(`hreflang="en" href="${SITE_URL}${at('faq', 'en', ARCHIVED_EDITION)}"`);
  });

  it('searches the current edition only', () => {
    const entry = JSON.parse(readFileSync(path.join(out, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    // The current edition's answer records, the participation topics, the glossary's terms, the school's contact, its Table 1.1 page and
    // the home page's block for learners and parents; nothing of the archive.
    const { model } = checkContent({ root: fixture.root });
    const current = model.editions.at(-1)!;
    expect(current.id).toBe(FIXTURE_EDITION);
    expect(entry.languages.lv.page_count).toBe(
      searchRecords(current, 'lv').length +
        participationRecords(model.participation, 'lv').length +
        glossaryRecords(model.glossary, 'lv').length +
        3,
    );
  });
});

describe(`host configuration for the build under ${BASE}`, () => {
  const IMMUTABLE = 'public, max-age=31536000, immutable';
  const REVALIDATE = 'no-cache';
  const EMBEDS = [at('embedFaq', 'en'), at('embedTable', 'en'), at('embedFaq', 'lv'), at('embedTable', 'lv')];
  const CONFIG_FILES = ['.htaccess', '_headers', 'nginx-snippet.conf'];
  /**
   * Names that carry a hash of the file's content: Astro's "Name.Hash.ext" in _astro/, Pagefind's
   * "<language>_<hex>" chunks, fragments and metadata. Pagefind's other files keep their names.
   */
  const HASHED_NAME = [
    /^_astro\/[^/]+\.[\w-]{8}\.\w+$/,
    /^pagefind\/(fragment|index|filter)\/[\w-]+_[0-9a-f]{7,}\.pf_\w+$/,
    /^pagefind\/pagefind\.[\w-]+_[0-9a-f]{7,}\.pf_meta$/,
  ];
  const hashedName = (file: string) => HASHED_NAME.some((re) => re.test(file));

  const read = (name: string) => readFileSync(path.join(out, name), 'utf8');
  const resolve: Resolve = (p) => {
    const file = links.fileFor(p);
    return file ? path.relative(out, file).split(path.sep).join('/') : undefined;
  };
  const files = () => siteFiles(out).filter((f) => !f.endsWith('.html') && !CONFIG_FILES.includes(f));
  const meta = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]*)">/.exec(html)![1]!.replaceAll('&#39;', "'");
  const directives = (policy: string) =>
    Object.fromEntries(
      policy
        .split(';')
        .map((d) => d.trim())
        .filter(Boolean)
        .map((d) => [d.split(/\s+/)[0], d.split(/\s+/).slice(1).join(' ')]),
    );
  /** What a page should be sent: its own <meta> policy, and who may frame it. */
  const pagePolicy = (page: string) =>
    `${meta(links.read(page)).replace(/[;\s]+$/, '')}; frame-ancestors ${EMBEDS.includes(page) ? `'self' ${schoolOrigin}` : "'none'"}`;

  function answers(url: string) {
    const headers = headersFileAnswer(parseHeadersFile(read('_headers')), url);
    expect(headers.conflicts, url).toEqual([]);
    return {
      apache: apacheAnswer(parseHtaccess(read('.htaccess')), url, resolve),
      nginx: nginxAnswer(parseNginx(read('nginx-snippet.conf')), url, resolve),
      _headers: { status: 200, headers: headers.headers, type: undefined },
    };
  }

  it('are written at the site root, and the school website is known (no warning)', () => {
    for (const name of CONFIG_FILES) expect(existsSync(path.join(out, name)), name).toBe(true);
    expect(buildOutput).not.toContain('content/school.json');
  });

  it('send every page its own <meta> policy plus frame-ancestors: the school website for embeds, nobody for the rest', () => {
    expect(links.pages.filter((p) => EMBEDS.includes(p)).sort()).toEqual(EMBEDS);
    for (const page of links.pages) {
      const expected = pagePolicy(page);
      const { 'frame-ancestors': ancestors, ...rest } = directives(expected);
      expect(rest, page).toEqual(directives(meta(links.read(page))));
      expect(ancestors, page).toBe(EMBEDS.includes(page) ? `'self' ${schoolOrigin}` : "'none'");
      expect(expected).not.toContain('unsafe-inline');
      for (const [format, answer] of Object.entries(answers(page))) {
        expect(answer.status, `${format} ${page}`).toBe(200);
        expect(answer.headers['content-security-policy'], `${format} ${page}`).toBe(expected);
        expect(answer.headers['cache-control'], `${format} ${page}`).toBe(REVALIDATE);
        // Apache and nginx also answer a folder's page asked for by its file name.
        if (format !== '_headers' && page.endsWith('/'))
          expect(answers(`${page}index.html`)[format as 'apache'].headers['content-security-policy'], `${format} ${page}index.html`).toBe(
            expected,
          );
      }
    }
  });

  it('let the site and the school website of content/school.json (if it has one) frame the embeds (dist/: the content)', () => {
    const site = requireBuiltSite();
    const website = checkContent().model.school.website;
    const expected = website ? `'self' ${new URL(website).origin}` : "'self'";
    const rules = parseHeadersFile(readFileSync(path.join(site, '_headers'), 'utf8'));
    const ancestors = (p: string) => headersFileAnswer(rules, p).headers['content-security-policy']?.split('frame-ancestors ')[1];
    expect(EMBEDS.map((p) => ancestors(p.replace(BASE, '/')))).toEqual(EMBEDS.map(() => expected));
    expect(ancestors('/buj/')).toBe("'none'");
    const resolveDist: Resolve = (p) => (existsSync(path.join(site, p, 'index.html')) ? `${p.slice(1)}index.html` : undefined);
    const apache = apacheAnswer(parseHtaccess(readFileSync(path.join(site, '.htaccess'), 'utf8')), '/iegult/buj/', resolveDist);
    const nginx = nginxAnswer(parseNginx(readFileSync(path.join(site, 'nginx-snippet.conf'), 'utf8')), '/iegult/buj/', resolveDist);
    expect([apache, nginx].map((a) => a.headers['content-security-policy']?.split('frame-ancestors ')[1])).toEqual([expected, expected]);
  });

  it('answer an unknown path with the 404 page and its policy (Apache, nginx)', () => {
    for (const [format, answer] of Object.entries(answers(`${BASE}no-such-page/`))) {
      if (format === '_headers') continue; // the host answers it; a rule matches the path asked for
      expect(answer.status, format).toBe(404);
      expect(answer.headers['content-security-policy'], format).toBe(pagePolicy(`${BASE}404.html`));
    }
  });

  it('send no policy with other files, nosniff with all of them, and cache only content-hashed files for good', () => {
    const all = files();
    expect(all.filter(hashedName).length).toBeGreaterThan(10);
    for (const file of all) {
      for (const [format, answer] of Object.entries(answers(`${BASE}${file}`))) {
        expect(answer.headers['content-security-policy'], `${format} ${file}`).toBeUndefined();
        expect(answer.headers['x-content-type-options'], `${format} ${file}`).toBe('nosniff');
        // A _headers host revalidates what no rule names (Netlify and Cloudflare Pages: max-age=0, must-revalidate).
        const expected = hashedName(file) ? IMMUTABLE : format === '_headers' ? undefined : REVALIDATE;
        expect(answer.headers['cache-control'], `${format} ${file}`).toBe(expected);
      }
    }
  });

  it('call immutable only names that change whenever the content does (compared with the build in dist/)', () => {
    // The two builds differ (base path, a second edition): a name they share must hold the same bytes.
    const other = requireBuiltSite();
    const shared = files().filter((f) => existsSync(path.join(other, f)));
    const same = (f: string) => readFileSync(path.join(out, f)).equals(readFileSync(path.join(other, f)));
    expect(shared.filter(hashedName).filter((f) => !same(f))).toEqual([]);
    // Pagefind's entry file keeps its name while its content changes: it must never be cached for good.
    const changed = shared.filter((f) => !same(f));
    expect(changed).toContain('pagefind/pagefind-entry.json');
    for (const f of changed) expect(hashedName(f), f).toBe(false);
    for (const name of ['pagefind/pagefind.js', 'pagefind/pagefind-worker.js', 'pagefind/pagefind-entry.json', 'pagefind/wasm.en.pagefind'])
      expect(hashedName(name), name).toBe(false);
  });

  it('serve .wasm as application/wasm and hide their own files (Apache, nginx)', () => {
    const probe: Resolve = (p) => (p === `${BASE}probe.wasm` ? 'probe.wasm' : resolve(p));
    expect(apacheAnswer(parseHtaccess(read('.htaccess')), `${BASE}probe.wasm`, probe).type).toBe('application/wasm');
    expect(nginxAnswer(parseNginx(read('nginx-snippet.conf')), `${BASE}probe.wasm`, probe).type).toBe('application/wasm');
    for (const name of CONFIG_FILES) {
      const { apache, nginx } = answers(`${BASE}${name}`);
      expect([apache.status, nginx.status], name).toEqual([404, 404]);
    }
  });

  it('name no path outside the base path', () => {
    const apache = parseHtaccess(read('.htaccess')).paths;
    const nginx = nginxPaths(parseNginx(read('nginx-snippet.conf')));
    const headers = parseHeadersFile(read('_headers')).map((r) => r.path);
    expect(apache.length + nginx.length + headers.length).toBeGreaterThan(30);
    for (const p of [...apache, ...nginx, ...headers]) expect(p.replace(/^\^/, '').replaceAll('\\', ''), p).toMatch(new RegExp(`^${BASE}`));
  });

  /** What a real server sent for a path, against what the site says it should send. */
  async function checkServer(url: string, server: string): Promise<void> {
    const probe = { 'probe.wasm': 'not really WebAssembly' };
    const problems: string[] = [];
    const origin = new URL(url).origin;
    const get = (p: string) => fetch(`${origin}${p}`, { redirect: 'manual' });
    for (const page of links.pages) {
      const response = await get(page);
      const csp = response.headers.get('content-security-policy');
      if (response.status !== 200 || csp !== pagePolicy(page) || response.headers.get('cache-control') !== REVALIDATE)
        problems.push(`${page}: ${response.status} ${response.headers.get('cache-control')} ${csp?.slice(-40)}`);
    }
    for (const file of [...files(), ...Object.keys(probe)]) {
      const response = await get(`${BASE}${file}`);
      const type = response.headers.get('content-type') ?? '';
      const expected = hashedName(file) ? IMMUTABLE : REVALIDATE;
      if (
        response.status !== 200 ||
        response.headers.get('cache-control') !== expected ||
        response.headers.has('content-security-policy') ||
        response.headers.has('expires')
      ) {
        problems.push(`${file}: ${response.status} ${response.headers.get('cache-control')} expires=${response.headers.get('expires')}`);
      }
      if (
        response.headers.get('x-content-type-options') !== 'nosniff' ||
        response.headers.get('referrer-policy') !== 'strict-origin-when-cross-origin'
      )
        problems.push(`${file}: security headers missing`);
      // With nosniff, scripts and styles only run when their type says so.
      if (file.endsWith('.js') && !/^(text|application)\/javascript/.test(type)) problems.push(`${file}: served as ${type}`);
      if (file.endsWith('.css') && !type.startsWith('text/css')) problems.push(`${file}: served as ${type}`);
      if (file.endsWith('.wasm') && type !== 'application/wasm') problems.push(`${file}: served as ${type}`);
    }
    const missing = await get(`${BASE}no-such-page/`);
    const body = await missing.text();
    if (
      missing.status !== 404 ||
      !body.includes(/<title>[^<]*<\/title>/.exec(read('404.html'))![0]) ||
      missing.headers.get('content-security-policy') !== pagePolicy(`${BASE}404.html`)
    )
      problems.push(`no-such-page/: ${missing.status}`);
    for (const name of CONFIG_FILES) if ((await get(`${BASE}${name}`)).status !== 404) problems.push(`${name} is served`);
    expect(problems, server).toEqual([]);
  }

  it.skipIf(SERVERS.apache)(
    `are obeyed by Apache from the .htaccess alone (AllowOverride FileInfo, the host's mod_expires on)${SERVERS.apache ? ` — skipped: ${SERVERS.apache}` : ''}`,
    async () => {
      const apache = await startApache(out, BASE, {
        files: { 'probe.wasm': 'x' },
        config: ['ExpiresActive On', 'ExpiresDefault "access plus 1 month"'],
      });
      try {
        await checkServer(apache.url, 'Apache');
      } finally {
        await apache.close();
      }
    },
  );

  it.skipIf(SERVERS.nginx)(
    `are obeyed by nginx with the snippet included from the site's folder${SERVERS.nginx ? ` — skipped: ${SERVERS.nginx}` : ''}`,
    async () => {
      const nginx = await startNginx(out, BASE, { files: { 'probe.wasm': 'x' } });
      try {
        await checkServer(nginx.url, 'nginx');
      } finally {
        await nginx.close();
      }
    },
  );

  it.skipIf(SERVERS.nginx)(
    `in Chromium (served by nginx): the school's page may frame the embeds, no other site may, nobody may frame other pages, and search works${SERVERS.nginx ? ` — skipped: ${SERVERS.nginx}` : ''}`,
    async () => {
      // A page that frames ?src= and records the height messages the embeds send (src/browser/embed.ts).
      const framing = createServer((req, res) => {
        const src = new URL(req.url ?? '/', 'http://x').searchParams.get('src') ?? '';
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end(
          `<!doctype html><title>Skolas lapa</title><iframe src="${src.replace(/"/g, '&quot;')}"></iframe><script>window.heights = []; addEventListener('message', (e) => { if (e.data && e.data.type === 'erasmus-plan:height') heights.push(e.data.height); });</script>`,
        );
      });
      const stranger = createServer((req, res) => framing.emit('request', req, res));
      await new Promise<void>((r) => framing.listen(Number(new URL(schoolOrigin).port), '127.0.0.1', r));
      await new Promise<void>((r) => stranger.listen(0, '127.0.0.1', r));
      const strangerOrigin = `http://127.0.0.1:${(stranger.address() as { port: number }).port}`;
      const nginx = await startNginx(out, BASE);
      const browser = await launchBrowser();
      try {
        /** "shown" when the framed page reports its height, "blocked" when Chromium refuses to frame it. */
        const frame = async (host: string, target: string) => {
          const tab = await browser.newPage();
          const blocked = tab.waitForEvent('console', { predicate: (m) => m.text().includes('frame-ancestors'), timeout: 10_000 }).then(
            () => 'blocked',
            () => 'no refusal',
          );
          const shown = tab
            .waitForFunction(() => (window as unknown as { heights: number[] }).heights.length > 0, undefined, { timeout: 10_000 })
            .then(
              () => 'shown',
              () => 'not shown',
            );
          await tab.goto(`${host}/?src=${encodeURIComponent(target)}`);
          const result = await Promise.race([blocked, shown]);
          await tab.close();
          return result;
        };
        expect(await frame(schoolOrigin, `${nginx.url}iegult/buj/`)).toBe('shown');
        expect(await frame(schoolOrigin, `${nginx.url}en/embed/table-1-1/`)).toBe('shown');
        expect(await frame(strangerOrigin, `${nginx.url}iegult/buj/`)).toBe('blocked');
        expect(await frame(schoolOrigin, `${nginx.url}buj/`)).toBe('blocked');

        // The header policy is the <meta> policy plus frame-ancestors: search (a worker, WebAssembly) still runs.
        const tab = await browser.newPage();
        const errors: string[] = [];
        tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
        tab.on('pageerror', (e) => errors.push(e.message));
        await tab.goto(`${nginx.url}meklet/?q=${encodeURIComponent('plāns')}`);
        await tab.waitForSelector('main .search-result a');
        expect(errors).toEqual([]);
      } finally {
        await browser.close();
        await nginx.close();
        await new Promise((r) => framing.close(r));
        await new Promise((r) => stranger.close(r));
      }
    },
  );
});
