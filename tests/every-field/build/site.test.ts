/**
 * A site built from the every-field content (../content.ts): every field a school fills reaches its readers,
 * on a page in each language or in that language's search index, as the fill says; a note for editors is in
 * no file of the site. Nothing a school writes is dropped without a word.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from '../../support/build.ts';
import type { ContentCopy } from '../../support/fixture-content.ts';
import { LOCALES, type Locale } from '../../../src/lib/locales.ts';
import { copyEveryFieldContent, FILLS } from '../content.ts';

let work: string;
let content: ContentCopy;
/** The text of the site's pages per language, its search index per language, and every file of it. */
const pages: Record<string, string> = {};
const index: Record<string, string> = {};
let everything = '';

/** The page's language: English pages are under /en/. */
const pageLocale = (rel: string): Locale => (rel.split(path.sep)[0] === 'en' ? 'en' : 'lv');
/** Text as Astro writes it into HTML. */
const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/'/g, '&#39;');

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'erasmus-every-field-'));
  content = copyEveryFieldContent();
  const site = path.join(work, 'dist');
  const result = runBuild({ CONTENT_DIR: content.root, OUT_DIR: site });
  if (result.status !== 0) throw new Error(`every-field build failed:\n${result.stdout}\n${result.stderr}`);
  const files = readdirSync(site, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  for (const entry of files) {
    const file = path.join(entry.parentPath, entry.name);
    const rel = path.relative(site, file);
    const bytes = readFileSync(file);
    // Pagefind's fragments (one per search result: its text and metadata) are gzip-compressed.
    const text = rel.endsWith('.pf_fragment') ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
    everything += text;
    if (rel.endsWith('.html')) pages[pageLocale(rel)] = (pages[pageLocale(rel)] ?? '') + text;
    if (rel.endsWith('.pf_fragment')) index[entry.name.split('_')[0]!] = (index[entry.name.split('_')[0]!] ?? '') + text;
  }
}, 300_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  content?.dispose();
});

describe('a site built from content with every field filled', () => {
  it.each(FILLS.map((fill) => [fill.field, fill] as const))('%s reaches its readers where it should', (_, { shows }) => {
    if ('nowhere' in shows) {
      expect(everything).not.toContain(shows.nowhere);
      return;
    }
    const [where, words] = 'pages' in shows ? (['pages', shows.pages] as const) : (['search', shows.search] as const);
    for (const locale of LOCALES) {
      const text = (where === 'pages' ? pages[locale] : index[locale]) ?? '';
      const sought = words[locale];
      if (sought instanceof RegExp) expect(text, `${locale} ${where}`).toMatch(sought);
      else expect(text, `${locale} ${where}`).toContain(where === 'pages' ? escaped(sought) : sought);
    }
  });
});
