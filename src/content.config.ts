/**
 * Content collections: the answers (MDX) and the stand-alone pages (Markdown), which Astro renders. Their
 * entries come from the checked content model (src/integrations/content/), so content/ is read and checked
 * once; every other kind of content goes from the model to the pages directly.
 */
import { defineCollection } from 'astro:content';
import model from 'virtual:plan/content';
import { modelLoader } from './integrations/content/loader.ts';

export const collections = {
  questions: defineCollection({ loader: modelLoader(model, 'questions') }),
  pages: defineCollection({ loader: modelLoader(model, 'pages') }),
};
