/**
 * The plan's content, read and checked once per build: under `astro build` and `astro dev` alike. Errors stop a
 * build (under `astro dev` they are printed, again on every change under content/, and shown as the page:
 * ./error-page.ts); warnings are grouped. The checked model reaches
 * - the pages, the middleware and the content collections as the virtual module `virtual:plan/content`
 *   (Vite plugin below; Astro renders pages in a module graph of its own),
 * - the build's other parts (../site/index.ts) through `model()`.
 */
import path from 'node:path';
import type { HookParameters } from 'astro';
import { checkContent, type ContentReport } from '../../content/check.ts';
import { contentDir } from '../../content/files.ts';
import { formatIssue, messageLanguage } from '../../lib/content/issues.ts';
import { useCheckMessages } from '../../lib/i18n.ts';
import { currentEdition, type ContentModel } from '../../lib/content/model.ts';
import { warningSummary } from '../../lib/content/summary.ts';
import { stopBuild } from '../user-error.ts';
import { errorPage, wantsPage } from './error-page.ts';

const CONTENT_MODULE = 'virtual:plan/content';
const RESOLVED = `\0${CONTENT_MODULE}`;

export interface PlanContent {
  /**
   * astro:config:setup: reads and checks content/ afresh (a build or a restarted server in the same process
   * starts again), serves the model to the pages, and under a build stops it on errors. Returns the model.
   */
  setup(params: Pick<HookParameters<'astro:config:setup'>, 'command' | 'updateConfig' | 'logger'>): ContentModel;
  /** The checked content model; throws when content has errors (a build has stopped before then). */
  model(): ContentModel;
  /** The grouped warnings, for the log (a build says them when it starts; the dev server, when it starts). */
  warnings(): string[];
  /** The errors, as the check says them (under `astro dev`; a build has stopped on them). */
  errors(): string | undefined;
  /** One line for the build's summary: what the content holds and how often it was read. */
  summary(): string;
}

function errorList(report: ContentReport): string {
  return report.errors.map((e) => `  ${formatIssue(e)}`).join('\n');
}

/** What a failed check says: the errors in the editor's words, and nothing of the code. */
function failure(report: ContentReport): string {
  return `${useCheckMessages(messageLanguage())('cli.buildFailed')}\n${errorList(report)}`;
}

export function planContent(): PlanContent {
  let report: ContentReport | undefined;
  let reads = 0;
  const read = (): ContentReport => {
    if (!report) {
      report = checkContent({ root: contentDir(), record: true });
      reads++;
    }
    return report;
  };
  const model = (): ContentModel => {
    const current = read();
    if (current.errors.length) throw new Error(failure(current));
    return current.model;
  };
  const errors = (): string | undefined => {
    const current = read();
    return current.errors.length ? failure(current) : undefined;
  };

  return {
    setup({ command, updateConfig, logger }) {
      report = undefined;
      reads = 0;
      const checked = read();
      if (command === 'build' && checked.errors.length) stopBuild(failure(checked));
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
                  const problems = errors();
                  if (problems) logger.error(problems);
                  else logger.info('content checked: no errors');
                  for (const environment of Object.values(server.environments)) {
                    const mod = environment.moduleGraph.getModuleById(RESOLVED);
                    if (mod) environment.moduleGraph.invalidateModule(mod);
                  }
                  server.ws.send({ type: 'full-reload' });
                });
                // While content has errors, a page is the check's messages (not Astro's stack trace page).
                server.middlewares.use((request, response, next) => {
                  const problems = wantsPage(request) ? errors() : undefined;
                  if (!problems) return next();
                  response.writeHead(500, { 'Content-Type': 'text/html; charset=utf-8' });
                  response.end(errorPage(problems, server.config.base));
                });
              },
            },
          ],
        },
      });
      return checked.model;
    },
    model,
    warnings: () => warningSummary(read().warnings),
    errors,
    summary() {
      const { model: content } = read();
      const edition = currentEdition(content);
      const archived = content.editions.length - 1;
      const t = useCheckMessages(messageLanguage());
      return t('cli.summaryContent', {
        edition: edition.id,
        archived: archived ? t('cli.summaryArchived', { count: archived }) : '',
        lv: edition.questions.lv.length,
        en: edition.questions.en.length,
        terms: content.glossary.length,
        reads,
      });
    },
  };
}
