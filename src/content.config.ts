/**
 * Content collections over content/ (see src/lib/content/files.ts for the layout). The schemas are the ones
 * the content check uses (src/lib/content/schemas.ts); cross-references and translation parity are checked
 * before the build by the content-check integration.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import path from 'node:path';
import { contentDir, glossaryFile } from './lib/content/files.ts';
import { editionDataLoader } from './lib/content/loader.ts';
import {
  activitySchema,
  editionSchema,
  glossaryTermSchema,
  goalSchema,
  listSchema,
  needSchema,
  pageSchema,
  questionSchema,
  referenceSchema,
  repairSchema,
  sectionSchema,
  tableSchema,
} from './lib/content/schemas.ts';

export const collections = {
  editions: defineCollection({ loader: editionDataLoader('edition'), schema: editionSchema }),
  sections: defineCollection({ loader: editionDataLoader('sections'), schema: sectionSchema }),
  needs: defineCollection({ loader: editionDataLoader('needs'), schema: needSchema }),
  goals: defineCollection({ loader: editionDataLoader('goals'), schema: goalSchema }),
  activities: defineCollection({ loader: editionDataLoader('activities'), schema: activitySchema }),
  lists: defineCollection({ loader: editionDataLoader('lists'), schema: listSchema }),
  references: defineCollection({ loader: editionDataLoader('references'), schema: referenceSchema }),
  tables: defineCollection({ loader: editionDataLoader('table'), schema: tableSchema }),
  repairs: defineCollection({ loader: editionDataLoader('repairs'), schema: repairSchema }),
  glossary: defineCollection({ loader: file(path.relative(process.cwd(), glossaryFile())), schema: glossaryTermSchema }),
  pages: defineCollection({
    loader: glob({ base: path.join(contentDir(), 'pages'), pattern: '*/*.{md,mdx}', generateId: ({ entry }) => entry.replace(/\.mdx?$/, '') }),
    schema: pageSchema,
  }),
  questions: defineCollection({
    loader: glob({ base: path.join(contentDir(), 'editions'), pattern: '*/questions/*/*.{md,mdx}', generateId: ({ entry }) => entry.replace(/\.mdx?$/, '') }),
    schema: questionSchema,
  }),
};
