/**
 * Builds the Pagefind search index once Astro has written the site: one index per language
 * (Pagefind splits by <html lang>), written to <outDir>/pagefind/, and beside it each language's vocabulary
 * (pagefind/vocabulary-<lang>.json: the indexed words with their counts, for correcting typing mistakes) and
 * its dictionary (pagefind/spelling-<lang>/: Hunspell affix rules and lemmas, so a real word is never corrected).
 * The dictionaries do not depend on the site: a worker thread (at the lowest priority: ../worker.ts) writes them
 * from the start of the build into Astro's cache folder, and they are moved into place once Pagefind has written
 * its files (written at the end, they had made every build about half a second longer). The answers' records
 * come from the content model, and are indexed while Astro renders; only Table 1.1's pages are read from the site.
 * Under `astro dev` nothing is indexed: it says so once, and the search UI says so too.
 */
import type { AstroIntegrationLogger } from 'astro';
import { cpSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { PagefindIndex } from 'pagefind';
import { LOCALES, perLocale, type Locale } from '../../lib/locales.ts';
import { currentEdition, type ContentModel } from '../../lib/content/model.ts';
import { contactRecord, glossaryRecords, participationRecords, searchRecords, searchTexts } from './records.ts';
import { vocabularyFile } from '../../lib/search/vocabulary.ts';
import { spellingRulesFile } from '../../lib/search/spelling.ts';
import { buildVocabulary, encodeVocabulary } from './vocabulary.ts';
import { runInWorker } from '../worker.ts';
import { buildFolder } from '../leftovers.ts';

/** Pagefind's UI kits (our UI uses its JS API) and its web worker (search runs on the page: run.ts). */
const UNUSED = /^pagefind-(component-ui|modular-ui|ui|highlight|worker)\.(js|css)$/;

/**
 * A page as Pagefind should read it: Pagefind joins the text of neighbouring table cells and headings
 * without a space ("skaitsAktivitāte2020./2021."), which runs excerpts' words together; a space after
 * each cell, caption and list item keeps them apart. Only what is indexed changes, not the page.
 */
function apartCells(html: string): string {
  return html.replace(/<\/(td|th|caption|li|dt|dd)>/g, '$& ');
}

/** Moves a folder, or copies it where the two folders are on different file systems. */
function moveFolder(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true });
  }
}

/**
 * A Pagefind index holding every answer and glossary term of the current plan as a record, and each language's
 * vocabulary (as the JSON to write): all of it comes from the content model, none from the built pages.
 */
async function indexContent(model: ContentModel): Promise<{ index: PagefindIndex; records: number; vocabularies: Record<Locale, string> }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const edition = currentEdition(model);
  // Sent all at once: Pagefind's process answers them in turn, without a round trip between records.
  const records = LOCALES.flatMap((locale) => [
    ...searchRecords(edition, locale, model.search[locale]),
    ...participationRecords(model.participation, locale, model.search[locale]),
    ...glossaryRecords(model.glossary, locale, model.search[locale]),
    contactRecord(model.school, locale),
  ]);
  const results = await Promise.all(records.map((record) => index.addCustomRecord(record)));
  results.forEach((result, i) => {
    if (result.errors.length) throw new Error(`Pagefind could not index ${records[i]!.url}: ${result.errors.join('; ')}`);
  });
  // Names no dictionary has, of every language (a name is the same in each), are never corrected.
  const names = LOCALES.flatMap((l) => model.search[l].words);
  const vocabularies = perLocale((locale) => JSON.stringify(encodeVocabulary(buildVocabulary(searchTexts(model, edition, locale), names))));
  return { index, records: records.length, vocabularies };
}

export interface SearchIndexRun {
  /** Once Astro has written the pages: indexes Table 1.1's, writes the index beside them; the entries per language. */
  finish(siteDir: string, logger: AstroIntegrationLogger): Promise<Record<Locale, number>>;
}

/**
 * When a build starts (not when a tool such as Vitest or knip only loads the configuration "for a build"): the
 * dictionaries on a worker thread, and the answers and glossary terms (they come from the content alone),
 * indexed while Astro bundles and renders the pages.
 */
export function startSearchIndex(model: ContentModel, cacheDir: string): SearchIndexRun {
  const dir = buildFolder(cacheDir, 'spelling');
  const spelling = runInWorker<number>(new URL('./spelling-worker.ts', import.meta.url), { dir, locales: [...LOCALES] });
  const started = indexContent(model);
  started.catch(() => {}); // said when the build is done (below), not as an unhandled rejection before then
  return {
    async finish(site, logger) {
      const { index, records, vocabularies } = await started;
      // The HTML pages that carry data-pagefind-body (Table 1.1).
      let pages = 0;
      for (const file of readdirSync(site, { recursive: true, encoding: 'utf8' })) {
        if (!file.endsWith('.html')) continue;
        const html = readFileSync(path.join(site, file), 'utf8');
        if (!html.includes('data-pagefind-body')) continue;
        const url = `/${file.split(path.sep).join('/')}`.replace(/index\.html$/, '');
        const result = await index.addHTMLFile({ url, content: apartCells(html) });
        if (result.errors.length) throw new Error(`Pagefind could not index ${url}: ${result.errors.join('; ')}`);
        pages++;
      }
      const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
      if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
      // Our own search UI uses Pagefind's JS API only, on the page: drop its UI kits (about 430 kB) and worker.
      const outDir = path.join(site, 'pagefind');
      for (const name of readdirSync(outDir)) if (UNUSED.test(name)) rmSync(path.join(outDir, name));
      for (const locale of LOCALES) writeFileSync(path.join(site, vocabularyFile(locale)), vocabularies[locale]);
      // Each language's dictionary, so that only what is no word at all is corrected (spelling.ts).
      await spelling.result;
      for (const locale of LOCALES) {
        const folder = path.dirname(spellingRulesFile(locale));
        moveFolder(path.join(dir, folder), path.join(site, folder));
      }
      rmSync(dir, { recursive: true, force: true });
      logger.info(`indexed ${pages} pages and ${records} answer records`);
      const entry = JSON.parse(readFileSync(path.join(outDir, 'pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, { page_count: number }>;
      };
      await pagefind.close();
      return perLocale((l) => entry.languages[l]?.page_count ?? 0);
    },
  };
}

/** Under `astro dev` nothing is indexed: said once, and the search UI says so too. */
export const DEV_SERVER_NOTE =
  'search needs a built site: the dev server has no search index. Run npm run build && npm run preview to search.';
