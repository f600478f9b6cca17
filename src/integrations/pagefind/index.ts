/**
 * Builds the Pagefind search index once Astro has written the site: one index per language
 * (Pagefind splits by <html lang>), written to <outDir>/pagefind/, and beside it each language's vocabulary
 * (pagefind/vocabulary-<lang>.json: the indexed words with their counts, for correcting typing mistakes) and
 * its dictionary (pagefind/spelling-<lang>/: Hunspell affix rules and lemmas, so a real word is never corrected).
 * The dictionaries do not depend on the site: a worker thread (at the lowest priority: ../worker.ts) writes them
 * from the start of the build into Astro's cache folder, and they are moved into place once Pagefind has written
 * its files (written at the end, they had made every build about half a second longer).
 * Under `astro dev` nothing is indexed: it says so once, and the search UI says so too.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { LOCALES } from '../../lib/locales.ts';
import { currentEdition } from '../../lib/content/model.ts';
import type { PlanContent } from '../content/index.ts';
import { buildReport } from '../report.ts';
import { glossaryRecords, searchRecords, searchTexts } from './records.ts';
import { vocabularyFile } from '../../lib/search/vocabulary.ts';
import { spellingRulesFile } from '../../lib/search/spelling.ts';
import { buildVocabulary, encodeVocabulary } from './vocabulary.ts';
import { runInWorker, type WorkerRun } from '../worker.ts';

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

/** Is a process with this id running? (EPERM: yes, but another user's.) */
function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
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

export function pagefindIndex(content: PlanContent): AstroIntegration {
  let spelling: { dir: string; run: WorkerRun<number> } | undefined;
  return {
    name: 'pagefind-index',
    hooks: {
      // From the very start of a build: the worker uses what Astro leaves of the machine's cores until the files are needed.
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build') return;
        const cache = fileURLToPath(config.cacheDir);
        const dir = path.join(cache, `spelling-${process.pid}`);
        // What a failed build left (its process is gone); a build running beside this one keeps its own.
        for (const name of existsSync(cache) ? readdirSync(cache) : []) {
          const pid = /^spelling-(\d+)$/.exec(name)?.[1];
          if (pid && (Number(pid) === process.pid || !processRuns(Number(pid))))
            rmSync(path.join(cache, name), { recursive: true, force: true });
        }
        spelling = { dir, run: runInWorker(new URL('./spelling-worker.ts', import.meta.url), { dir, locales: [...LOCALES] }) };
      },
      'astro:server:start': ({ logger }) => {
        logger.warn('search needs a built site: the dev server has no search index. Run npm run build && npm run preview to search.');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        // HTML pages that carry data-pagefind-body (Table 1.1), then the answers and glossary terms as records.
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
        const model = content.model();
        const edition = currentEdition(model);
        // Sent all at once: Pagefind's process answers them in turn, without a round trip between records.
        const records = LOCALES.flatMap((locale) => [
          ...searchRecords(edition, locale, model.search[locale]),
          ...glossaryRecords(model.glossary, locale, model.search[locale]),
        ]);
        const results = await Promise.all(records.map((record) => index.addCustomRecord(record)));
        results.forEach((result, i) => {
          if (result.errors.length) throw new Error(`Pagefind could not index ${records[i]!.url}: ${result.errors.join('; ')}`);
        });
        const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
        // Our own search UI uses Pagefind's JS API only, on the page: drop its UI kits (about 430 kB) and worker.
        const outDir = path.join(site, 'pagefind');
        for (const name of readdirSync(outDir)) if (UNUSED.test(name)) rmSync(path.join(outDir, name));
        for (const locale of LOCALES) {
          // Names no dictionary has, of every language (a name is the same in each), are never corrected.
          const names = LOCALES.flatMap((l) => model.search[l].words);
          const vocabulary = encodeVocabulary(buildVocabulary(searchTexts(model, edition, locale), names));
          writeFileSync(path.join(site, vocabularyFile(locale)), JSON.stringify(vocabulary));
        }
        // Each language's dictionary, so that only what is no word at all is corrected (spelling.ts).
        if (!spelling) throw new Error('the dictionaries were not started (astro:config:setup did not run for a build)');
        await spelling.run.result;
        for (const locale of LOCALES) {
          const folder = path.dirname(spellingRulesFile(locale));
          moveFolder(path.join(spelling.dir, folder), path.join(site, folder));
        }
        rmSync(spelling.dir, { recursive: true, force: true });
        logger.info(`indexed ${pages} pages and ${records.length} answer records`);
        const entry = JSON.parse(readFileSync(path.join(outDir, 'pagefind-entry.json'), 'utf8')) as {
          languages: Record<string, { page_count: number }>;
        };
        buildReport.indexEntries = Object.fromEntries(LOCALES.map((l) => [l, entry.languages[l]?.page_count ?? 0]));
        await pagefind.close();
      },
    },
  };
}
