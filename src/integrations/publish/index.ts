/**
 * A build is published whole or not at all. Astro writes the site into a folder of this build's own
 * (.build/site-<pid>/), and only once every other integration has written and checked its files is that folder
 * swapped in as the output folder (dist/, or OUT_DIR, or `--outDir`), with two renames: a build that fails at
 * any point, the content check included, leaves the previous site exactly as it was. Then a short summary of
 * what was built: Astro's own progress log (a line per page) is off for `astro build`, warnings and errors stay.
 *
 * Two integrations: `begin` must be the first in astro.config.mjs (so that a failed content check is covered)
 * and `end` the last (after the site check); and `logger`, the configuration's logger.
 */
import type { AstroIntegration, AstroUserConfig } from 'astro';
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildReport } from '../report.ts';
import { buildFolder } from '../leftovers.ts';
import { siteFiles } from '../site-check/site-files.ts';
import { userError } from '../user-error.ts';
import { displayPath } from '../../lib/content/files.ts';

/**
 * Is this process `astro build` run from the command line (npm run build)? Tools that load the configuration
 * (Vitest, knip) run the integrations' setup "for a build" too, but build nothing and say nothing about a site.
 */
const buildCommand = process.argv[2] === 'build';

/** What this build wrote, in a few lines. */
function summary(outDir: string): string {
  const files = siteFiles(outDir);
  const pages = files.filter((f) => f.endsWith('.html'));
  const images = files.filter((f) => f.endsWith('.png')).map((f) => statSync(path.join(outDir, f)).size / 1000);
  const entries = Object.entries(buildReport.indexEntries ?? {}).map(([locale, count]) => `${count} entries (${locale})`);
  return [
    '',
    `Content: ${buildReport.content ?? '?'} (read and checked ${buildReport.contentReads}×).`,
    `Built ${pages.length} HTML pages and ${files.length - pages.length} other files; search index: ${entries.join(', ')}.`,
    images.length
      ? `Preview images: ${images.length} PNG, ${Math.min(...images).toFixed(1)}–${Math.max(...images).toFixed(1)} kB each, drawn in ${(buildReport.previewMs ?? 0).toFixed(0)} ms beside the build.`
      : 'Preview images: none.',
    // The process's age: the whole build, Node's start included.
    `Site ready in ${displayPath(outDir)}/ (${(performance.now() / 1000).toFixed(1)} s).`,
  ].join('\n');
}

export function publishSite(): { begin: AstroIntegration; end: AstroIntegration; logger: AstroUserConfig['logger'] } {
  let build: { outDir: string; staging: string; published: boolean } | undefined;

  const begin: AstroIntegration = {
    name: 'publish-begin',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const outDir = fileURLToPath(config.outDir).replace(/[\\/]$/, '');
        const root = fileURLToPath(config.root).replace(/[\\/]$/, '');
        // Astro refuses the project folder as its output; the output folder is now ours to replace, so the check is ours too.
        if (root === outDir || root.startsWith(outDir + path.sep))
          throw userError(
            `the output folder ${outDir} holds the project itself: build into a folder of its own, such as dist (OUT_DIR=dist)`,
          );
        const staging = buildFolder(path.join(root, '.build'), 'site');
        build = { outDir, staging, published: false };
        updateConfig({ outDir: pathToFileURL(`${staging}/`) });
        const current = build;
        // Whatever stopped the build (a content error, Astro, an integration), the half-written folder goes.
        process.on('exit', (code) => {
          if (current.published) return;
          rmSync(current.staging, { recursive: true, force: true });
          if (code !== 0 && buildCommand)
            console.error(
              existsSync(current.outDir) ? `The previous site in ${displayPath(current.outDir)}/ is unchanged.` : 'Nothing was published.',
            );
        });
      },
    },
  };

  const end: AstroIntegration = {
    name: 'publish',
    hooks: {
      'astro:build:done': ({ logger }) => {
        if (!build) throw new Error('publishSite().begin did not run: it must be the first integration in astro.config.mjs');
        const { outDir, staging } = build;
        // Two renames on the same file system: the output folder is never half-written.
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
        build.published = true;
        rmSync(previous, { recursive: true, force: true });
        // Astro's logger writes only warnings during a build; the summary is said unless the build was asked to be silent.
        if (logger.options.level !== 'silent') console.log(summary(outDir));
      },
    },
  };

  // Warnings and errors only, under `astro build`; `astro dev` and `astro preview` keep Astro's usual output (the server's address).
  const logger = buildCommand ? { entrypoint: 'astro/logger/node', config: { level: 'warn' } } : undefined;
  return { begin, end, logger };
}
