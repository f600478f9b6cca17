/**
 * Content collections: the answers and the stand-alone pages, which Astro renders from their Markdown.
 * Both are fed from the content model (src/lib/content/), read and checked once per build; every other
 * kind of content goes from the model to the pages directly.
 */
import { defineCollection } from 'astro:content';
import { modelLoader } from './lib/content/collections.ts';

export const collections = {
  questions: defineCollection({ loader: modelLoader('questions') }),
  pages: defineCollection({ loader: modelLoader('pages') }),
};
