/**
 * A build is published whole or not at all. Astro writes the site into a folder of this build's own
 * (.build/site-<pid>/), and only once every other part of the build (../site/index.ts) has written and checked
 * its files is that folder swapped in as the output folder (dist/, or OUT_DIR, or `--outDir`), with two renames:
 * a build that fails at any point, the content check included, leaves the previous site exactly as it was.
 * Then a short summary of what was built: Astro's own progress log (a line per page) is off for `astro build`,
 * warnings and errors stay.
 */
import type { AstroConfig, AstroUserConfig } from 'astro';
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFolder } from '../leftovers.ts';
import { siteFiles } from '../site-check/site-files.ts';
import { userError } from '../user-error.ts';
import { displayPath } from '../../content/files.ts';
import { messageLanguage } from '../../lib/content/issues.ts';
import { useCheckMessages, type CheckTranslate } from '../../lib/i18n.ts';

/**
 * Is this process `astro build` run from the command line (npm run build)? Tools that load the configuration
 * (Vitest, knip) run the integrations' setup "for a build" too, but build nothing and say nothing about a site.
 */
const buildCommand = process.argv[2] === 'build';

/** Warnings and errors only, under `astro build`; `astro dev` and `astro preview` keep Astro's usual output (the server's address). */
export const buildLogger: AstroUserConfig['logger'] = buildCommand
  ? { entrypoint: 'astro/logger/node', config: { level: 'warn' } }
  : undefined;

export interface Stage {
  /** Where the site goes once it is complete. */
  outDir: string;
  /** Where Astro and the build's parts write it meanwhile (Astro's outDir). */
  staging: string;
  published: boolean;
}

/**
 * The build's own folder, to give Astro as its outDir; whatever stops the build after this (a content error,
 * Astro, a part of the build), the half-written folder goes and the previous site stays.
 */
export function stageBuild(config: AstroConfig): Stage {
  const outDir = fileURLToPath(config.outDir).replace(/[\\/]$/, '');
  const root = fileURLToPath(config.root).replace(/[\\/]$/, '');
  // Astro refuses the project folder as its output; the output folder is now ours to replace, so the check is ours too.
  if (root === outDir || root.startsWith(outDir + path.sep))
    throw userError(`the output folder ${outDir} holds the project itself: build into a folder of its own, such as dist (OUT_DIR=dist)`);
  const stage: Stage = { outDir, staging: buildFolder(path.join(root, '.build'), 'site'), published: false };
  process.on('exit', (code) => {
    if (stage.published) return;
    rmSync(stage.staging, { recursive: true, force: true });
    if (code !== 0 && buildCommand)
      console.error(
        existsSync(stage.outDir) ? say('cli.previousUnchanged', { folder: displayPath(stage.outDir) }) : say('cli.nothingPublished'),
      );
  });
  return stage;
}

/** The complete site replaces the previous one: two renames on the same file system, never a half-written folder. */
export function publishStaged(stage: Stage): void {
  const { outDir, staging } = stage;
  const previous = buildFolder(path.dirname(staging), 'previous');
  try {
    if (existsSync(outDir)) renameSync(outDir, previous);
    renameSync(staging, outDir);
  } catch (error) {
    // Only the first rename can cross file systems: after it, the output folder's disk is the project's.
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    throw userError(
      `the output folder ${outDir} is on another disk than the project: build into a folder beside the project and copy it from there`,
    );
  }
  stage.published = true;
  rmSync(previous, { recursive: true, force: true });
}

/** The build's own lines, in the language of the content's messages (the site's main language). */
const say: CheckTranslate = (key, values) => useCheckMessages(messageLanguage())(key, values);

/** What the build's parts report for the summary, each its own line or value. */
export interface BuildReport {
  /** What the content holds, and how often it was read. */
  content: string;
  /** Search index entries per language. */
  indexEntries: Record<string, number>;
  /** Wall-clock milliseconds the preview images took, drawn beside the pages. */
  previewMs: number;
  /** Where the site is published, when known ("https://www.example.lv/erasmus/"). */
  address: string | undefined;
  /** What the site leaves out, and what to set to have it (one line each), e.g. while its address is not known. */
  notes: string[];
}

/** What this build wrote, in a few lines; said unless the build was asked to be silent. */
export function summary(outDir: string, report: BuildReport): string {
  const files = siteFiles(outDir);
  const pages = files.filter((f) => f.endsWith('.html'));
  const images = files.filter((f) => f.endsWith('.png')).map((f) => statSync(path.join(outDir, f)).size / 1000);
  const entries = Object.entries(report.indexEntries).map(([locale, count]) => say('cli.summaryEntries', { locale, count }));
  const seconds = (performance.now() / 1000).toFixed(1);
  const folder = displayPath(outDir);
  return [
    '',
    report.content,
    say('cli.summaryBuilt', { pages: pages.length, files: files.length - pages.length, entries: entries.join(', ') }),
    images.length
      ? say('cli.summaryPreviews', {
          count: images.length,
          min: Math.min(...images).toFixed(1),
          max: Math.max(...images).toFixed(1),
          ms: report.previewMs.toFixed(0),
        })
      : say('cli.summaryNoPreviews'),
    ...report.notes,
    // The process's age: the whole build, Node's start included.
    report.address ? say('cli.readyAt', { folder, address: report.address, seconds }) : say('cli.ready', { folder, seconds }),
  ].join('\n');
}
