/**
 * Astro collections fed from the content model: only what Astro renders (the answers and the stand-alone
 * pages) is a collection. Entries are rendered when a page renders them (`render(entry)`): MDX and Markdown
 * go through Astro's own pipelines (@astrojs/mdx, with the citation plugin), so an answer's components
 * (`<List id="…" />`) are real components given by the page (`<Content components={…} />`).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { ContentModel } from '../../lib/content/model.ts';
import { pageEntryId, questionEntryId } from '../../lib/content/entries.ts';

type Kind = 'questions' | 'pages';

export function modelLoader(model: ContentModel, kind: Kind): Loader {
  return {
    name: `content-model-${kind}`,
    load: async ({ store, generateDigest, config }) => {
      const root = fileURLToPath(config.root);
      store.clear();
      const items =
        kind === 'questions'
          ? model.editions.flatMap((e) => Object.values(e.questions).flat()).map((q) => ({ id: questionEntryId(q), file: q.file, body: q.body, data: { title: q.title } }))
          : model.pages.map((p) => ({ id: pageEntryId(p), file: p.file, body: p.body, data: { title: p.title } }));
      for (const { id, file, body, data } of items) {
        store.set({
          id,
          data,
          body,
          // Relative to the project, as Astro's own glob loader gives it; the module Astro renders.
          filePath: path.relative(root, path.resolve(file)).split(path.sep).join('/'),
          digest: generateDigest(`${file}\n${body}`),
          deferredRender: true,
        });
      }
    },
  };
}
