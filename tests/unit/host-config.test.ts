/**
 * The host configuration on a small made-up site whose pages carry two different policies (as they would
 * if a page had an inline script of its own): each page gets exactly its own policy in every format, never
 * another page's, and only content-hashed files are cached for good. The real site, built under a base
 * path and served by real Apache and nginx, is tested in tests/second-edition/build/publishing.test.ts.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CACHE_IMMUTABLE,
  CACHE_REVALIDATE,
  frameAncestors,
  HEADERS_RULE_LIMIT,
  headerPolicy,
  HOST_FILES,
  metaPolicy,
  writeHostConfig,
  type WrittenHostConfig,
} from '../../src/integrations/host-config/host-config.ts';
import {
  apacheAnswer,
  headersFileAnswer,
  nginxAnswer,
  parseHeadersFile,
  parseHtaccess,
  parseNginx,
  type Resolve,
} from '../support/host-config.ts';

const BASE = '/plan/';
const A = "default-src 'self'; script-src 'self' 'sha256-AAAA'";
const B = "default-src 'self'; script-src 'self' 'sha256-BBBB'";
const page = (policy: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${policy.replace(/'/g, '&#39;')}"></head><body></body></html>`;

const SITE: Record<string, string> = {
  'index.html': page(A),
  'buj/index.html': page(A),
  'special/index.html': page(B),
  '404.html': page(A),
  'iegult/buj/index.html': page(A),
  'en/embed/faq/index.html': page(B),
  '_astro/app.AbCd12_-.js': 'js',
  'pagefind/pagefind.js': 'js',
  'pagefind/pagefind-entry.json': '{}',
  'pagefind/pagefind.en_0123456789.pf_meta': 'meta',
  'pagefind/fragment/en_abc1234.pf_fragment': 'fragment',
  'pagefind/wasm.en.pagefind': 'wasm',
  'table.csv': 'a,b',
  'module.wasm': 'wasm',
};
const EMBEDS = ['iegult/buj/', 'en/embed/faq/'];
const SCHOOL = 'https://www.school.example';

let root: string;
let written: WrittenHostConfig;
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'erasmus-host-'));
  for (const [file, text] of Object.entries(SITE)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  written = writeHostConfig(root, { base: BASE, site: 'https://plan.example', website: `${SCHOOL}/about/`, embeds: EMBEDS });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const read = (name: string) => readFileSync(path.join(root, name), 'utf8');
const resolve: Resolve = (p) => {
  if (!p.startsWith(BASE)) return undefined;
  const rel = p.slice(BASE.length);
  const file = rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
  return file in SITE ? file : undefined;
};
const pages = Object.keys(SITE)
  .filter((f) => f.endsWith('.html'))
  .map((f) => ({
    file: f,
    url: BASE + f.replace(/(^|\/)index\.html$/, '$1'),
    meta: f.startsWith('special/') || f.startsWith('en/embed/') ? B : A,
  }));

function answers(url: string) {
  const headers = headersFileAnswer(parseHeadersFile(read(HOST_FILES.headers)), url);
  expect(headers.conflicts).toEqual([]);
  return {
    apache: apacheAnswer(parseHtaccess(read(HOST_FILES.apache)), url, resolve),
    nginx: nginxAnswer(parseNginx(read(HOST_FILES.nginx)), url, resolve),
    headers: { status: 200, headers: headers.headers },
  };
}

describe('host configuration of a site whose pages differ in policy', () => {
  it('gives each page its own policy, with frame-ancestors for embeds and for other pages', () => {
    for (const p of pages) {
      const embed = EMBEDS.some((e) => p.url === BASE + e);
      const expected = `${p.meta}; frame-ancestors ${embed ? `'self' ${SCHOOL}` : "'none'"}`;
      for (const [format, answer] of Object.entries(answers(p.url))) {
        expect(answer.headers['content-security-policy'], `${format} ${p.url}`).toBe(expected);
        expect(answer.headers['cache-control'], `${format} ${p.url}`).toBe(CACHE_REVALIDATE);
        expect(answer.headers['x-content-type-options'], `${format} ${p.url}`).toBe('nosniff');
      }
    }
    // Four policies (two page policies × framed or not); 404.html's rule first, as every other HTML file's fallback.
    const rules = written.config.policies.map((r) => r.paths);
    expect(rules[0]).toEqual(['', '404.html', 'buj/']);
    expect(rules.slice(1).sort()).toEqual([['en/embed/faq/'], ['iegult/buj/'], ['special/']]);
  });

  it('answers a page asked for as index.html like the page itself (Apache, nginx)', () => {
    const { apache, nginx } = answers(`${BASE}special/index.html`);
    expect(apache.headers['content-security-policy']).toBe(`${B}; frame-ancestors 'none'`);
    expect(nginx.headers['content-security-policy']).toBe(`${B}; frame-ancestors 'none'`);
  });

  it('answers an unknown path with the 404 page and its policy (Apache, nginx)', () => {
    const { apache, nginx } = answers(`${BASE}missing/`);
    for (const answer of [apache, nginx]) {
      expect(answer.status).toBe(404);
      expect(answer.headers['content-security-policy']).toBe(`${A}; frame-ancestors 'none'`);
    }
  });

  it('caches only files named by a hash of their content for good', () => {
    const immutable = ['_astro/app.AbCd12_-.js', 'pagefind/pagefind.en_0123456789.pf_meta', 'pagefind/fragment/en_abc1234.pf_fragment'];
    for (const file of Object.keys(SITE).filter((f) => !f.endsWith('.html'))) {
      for (const [format, answer] of Object.entries(answers(BASE + file))) {
        if (format === 'headers' && !immutable.includes(file)) continue; // left to the host's default (revalidate)
        expect(answer.headers['cache-control'], `${format} ${file}`).toBe(immutable.includes(file) ? CACHE_IMMUTABLE : CACHE_REVALIDATE);
        expect(answer.headers['content-security-policy'], `${format} ${file}`).toBeUndefined();
      }
    }
  });

  it('serves .wasm as WebAssembly and hides its own files (Apache, nginx)', () => {
    const { apache, nginx } = answers(`${BASE}module.wasm`);
    expect(apache.type).toBe('application/wasm');
    expect(nginx.type).toBe('application/wasm');
    for (const file of Object.values(HOST_FILES)) {
      const hidden = answers(BASE + file);
      expect(hidden.apache.status, file).toBe(404);
      expect(hidden.nginx.status, file).toBe(404);
    }
  });

  it('warns neither about the website (it is set) nor about the number of _headers rules', () => {
    expect(written.warnings).toEqual([]);
  });
});

describe('host configuration parts', () => {
  it('lets embeds be framed by the site and the school website (its origin), other pages by nobody', () => {
    expect(frameAncestors(null, 'https://plan.example')).toEqual({ embed: "'self'", page: "'none'" });
    expect(frameAncestors('https://www.school.example/erasmus/', 'https://plan.example')).toEqual({
      embed: "'self' https://www.school.example",
      page: "'none'",
    });
    expect(frameAncestors('https://www.school.example/', 'https://www.school.example')).toEqual({ embed: "'self'", page: "'none'" });
  });

  it('adds frame-ancestors to a page policy, and refuses a policy that already has it', () => {
    expect(headerPolicy("default-src 'self'; ", "'none'")).toBe("default-src 'self'; frame-ancestors 'none'");
    expect(() => headerPolicy("default-src 'self'; frame-ancestors 'self'", "'none'")).toThrow(/security\.csp/);
  });

  it('reads the one <meta> policy of a page, decoding character references', () => {
    expect(metaPolicy(page(A), 'a.html')).toBe(A);
    expect(() => metaPolicy('<html></html>', 'a.html')).toThrow(/found 0/);
    expect(() => metaPolicy(page(A) + page(B), 'a.html')).toThrow(/found 2/);
    expect(() => metaPolicy(page('a &copy; b'), 'a.html')).toThrow(/&copy;/);
  });

  it('warns when the school website is unknown, and when _headers has more rules than Cloudflare Pages reads', () => {
    const site = mkdtempSync(path.join(tmpdir(), 'erasmus-host-'));
    try {
      writeFileSync(path.join(site, '404.html'), page(A));
      for (let i = 0; i < HEADERS_RULE_LIMIT; i++) {
        mkdirSync(path.join(site, `p${i}`));
        writeFileSync(path.join(site, `p${i}`, 'index.html'), page(A));
      }
      const { warnings } = writeHostConfig(site, { base: '/', site: undefined, website: null, embeds: [] });
      expect(warnings).toHaveLength(2);
      expect(warnings[0]).toContain('set "website" in content/school.json');
      expect(warnings[1]).toContain(`Cloudflare Pages reads only the first ${HEADERS_RULE_LIMIT}`);
      // No hashed file in this site: no caching rule at all (an empty one would match every path).
      const only404: Resolve = (p) => (p === '/404.html' ? '404.html' : undefined);
      const table = apacheAnswer(parseHtaccess(readFileSync(path.join(site, HOST_FILES.apache), 'utf8')), '/404.html', only404);
      expect(table.headers['cache-control']).toBe(CACHE_REVALIDATE);
      for (const file of Object.values(HOST_FILES))
        expect(readFileSync(path.join(site, file), 'utf8'), file).not.toContain(CACHE_IMMUTABLE);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });
});
