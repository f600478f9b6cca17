/**
 * Astro collections fed from the content model: only what Astro renders (the answers and the stand-alone
 * pages, written in Markdown) is a collection; everything else the pages take straight from the model.
 * Each entry is rendered here, once, with the site's Markdown processor (citations become links); an
 * answer's lists are marked in its HTML (markup.ts) for Answer.astro to put in. Under `npm run dev` a
 * change under content/ reads and checks the content again.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader } from 'astro/loaders';
import { formatIssue } from './issues.ts';
import type { Page, Question } from './model.ts';
import { contentDir } from './files.ts';
import type { ContentReport } from './check.ts';
import { contentStore } from './store.ts';
import { listPlaceholders } from './markup.ts';

/**
 * The site's checked content: the report `npm run build` recorded, or (astro dev, astro build) read now.
 * The reader is imported only then, so a build that checked in a worker never loads it on this thread.
 */
async function siteReport(): Promise<ContentReport> {
  return contentStore().site ?? (await import('./load.ts')).loadContent();
}

export function questionEntryId(question: Pick<Question, 'edition' | 'locale' | 'id'>): string {
  return `${question.edition}/${question.locale}/${question.id}`;
}

export function pageEntryId(page: Pick<Page, 'locale' | 'id'>): string {
  return `${page.locale}/${page.id}`;
}

type Kind = 'questions' | 'pages';

/** Entries of one kind from the model, each rendered with the site's Markdown processor. */
export function modelLoader(kind: Kind): Loader {
  return {
    name: `content-model-${kind}`,
    async load({ store, generateDigest, config, logger, watcher, renderMarkdown }) {
      const root = fileURLToPath(config.root);
      const sync = async () => {
        const { model, errors } = await siteReport();
        store.clear();
        const entries =
          kind === 'questions'
            ? model.editions.flatMap((e) => Object.values(e.questions).flat().map((q) => ({ id: questionEntryId(q), item: q as Question | Page })))
            : model.pages.map((p) => ({ id: pageEntryId(p), item: p as Question | Page }));
        for (const { id, item } of entries) {
          const { body, file, ...data } = item;
          store.set({
            id,
            data: { ...data },
            body,
            // Relative to the project, as Astro's own glob loader gives it.
            filePath: path.relative(root, path.resolve(file)).split(path.sep).join('/'),
            digest: generateDigest(`${file}\n${body}\n${JSON.stringify(data)}`),
            // The file's address tells the citation links which language the text is in.
            rendered: await renderMarkdown(listPlaceholders(body), { fileURL: pathToFileURL(path.resolve(file)) }),
          });
        }
        return errors;
      };
      await sync();
      if (!watcher) return;
      const dir = contentDir();
      watcher.add(dir);
      watcher.on('all', async (_event, changed) => {
        if (!path.resolve(changed).startsWith(dir + path.sep)) return;
        (await import('./load.ts')).forgetContent();
        const errors = await sync();
        if (kind !== 'questions') return; // one report per change is enough
        if (errors.length) logger.error(`Content has ${errors.length} error(s):\n${errors.map((e) => `  ${formatIssue(e)}`).join('\n')}`);
        else logger.info('content checked: no errors');
      });
    },
  };
}
