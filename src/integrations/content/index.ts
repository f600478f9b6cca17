/**
 * The plan's content, read and checked once per build: under `astro build`, `astro dev` and `npm run build`
 * alike. Errors stop a build (and are printed under `astro dev`, again on every change under content/);
 * warnings go to Astro's log, grouped. The checked model reaches
 * - the pages, the middleware and the content collections as the virtual module `virtual:plan/content`
 *   (Vite plugin below; Astro renders pages in a module graph of its own),
 * - the other integrations (search index, preview images, host configuration, site check) through
 *   `PlanContent.model()`, which astro.config.mjs hands them.
 */
import path from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { checkContent, type ContentReport } from '../../lib/content/check.ts';
import { contentDir } from '../../lib/content/files.ts';
import { formatIssue, messageLanguage } from '../../lib/content/issues.ts';
import { useCheckMessages } from '../../lib/i18n.ts';
import { currentEdition, type ContentModel } from '../../lib/content/model.ts';
import { warningSummary } from '../../lib/content/summary.ts';
import { LOCALES } from '../../lib/locales.ts';
import { buildReport, resetBuildReport } from '../report.ts';
import { stopBuild } from '../user-error.ts';

const CONTENT_MODULE = 'virtual:plan/content';
const RESOLVED = `\0${CONTENT_MODULE}`;

export interface PlanContent {
  integration: AstroIntegration;
  /** The checked content model; throws when content has errors (the build has stopped before then). */
  model(): ContentModel;
}

function errorList(report: ContentReport): string {
  return report.errors.map((e) => `  ${formatIssue(e)}`).join('\n');
}

/** What a failed build says: the errors in the editor's words, and nothing of the code. */
function failure(report: ContentReport): string {
  return `${useCheckMessages(messageLanguage())('cli.buildFailed')}\n${errorList(report)}`;
}

export function planContent(): PlanContent {
  let report: ContentReport | undefined;
  const read = (): ContentReport => {
    if (!report) {
      report = checkContent({ root: contentDir(), record: true });
      buildReport.contentReads++;
    }
    return report;
  };
  const model = (): ContentModel => {
    const current = read();
    if (current.errors.length) throw new Error(`Content has ${current.errors.length} error(s):\n${errorList(current)}`);
    return current.model;
  };
  let logger: AstroIntegrationLogger | undefined;

  const integration: AstroIntegration = {
    name: 'plan-content',
    hooks: {
      'astro:config:setup': ({ command, updateConfig, logger: log }) => {
        logger = log;
        resetBuildReport();
        report = undefined;
        if (command === 'build') {
          const checked = read();
          if (checked.errors.length) stopBuild(failure(checked));
          const edition = currentEdition(checked.model);
          const archived = checked.model.editions.length - 1;
          buildReport.content = `plan ${edition.id}${archived ? ` (+ ${archived} archived)` : ''}, ${LOCALES.map((l) => `${edition.questions[l].length} questions in ${l}`).join(', ')}, ${checked.model.glossary.length} glossary terms`;
        }
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'plan-content',
                resolveId: (id: string) => (id === CONTENT_MODULE ? RESOLVED : undefined),
                load: (id: string) => (id === RESOLVED ? `export default ${JSON.stringify(model())};` : undefined),
                configureServer(server) {
                  // astro dev: a change under content/ is checked at once, and the pages reload with it.
                  const dir = contentDir();
                  server.watcher.add(dir);
                  server.watcher.on('all', (_event: string, file: string) => {
                    if (!path.resolve(file).startsWith(dir + path.sep)) return;
                    report = undefined;
                    const checked = read();
                    if (checked.errors.length) logger?.error(failure(checked));
                    else logger?.info('content checked: no errors');
                    for (const environment of Object.values(server.environments)) {
                      const mod = environment.moduleGraph.getModuleById(RESOLVED);
                      if (mod) environment.moduleGraph.invalidateModule(mod);
                    }
                    server.ws.send({ type: 'full-reload' });
                  });
                },
              },
            ],
          },
        });
      },
      // Said when a build starts (not when a tool only loads the configuration).
      'astro:build:start': () => {
        for (const line of warningSummary(read().warnings)) logger?.warn(line);
      },
      'astro:server:start': () => {
        const checked = read();
        if (checked.errors.length) logger?.error(failure(checked));
        else for (const line of warningSummary(checked.warnings)) logger?.warn(line);
      },
    },
  };
  return { integration, model };
}
