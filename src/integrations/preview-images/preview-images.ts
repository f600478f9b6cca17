/** The preview images of a site and the worker thread that draws them (index.ts writes them). */
import type { ContentModel } from '../../lib/content/model.ts';
import type { Locale } from '../../lib/locales.ts';
import { siteRoutes } from '../../lib/routes.ts';
import { previewText, type PreviewKey, type PreviewText } from '../../lib/social-preview.ts';
import { runInWorker } from '../worker.ts';

export interface PreviewJob {
  /** The image's address below the base path (its route's path). */
  path: string;
  text: PreviewText;
}

/** Every preview image of the site, with what it shows. */
function previewJobs(model: ContentModel): PreviewJob[] {
  return siteRoutes(model, 'png').map((route) => ({
    path: route.path,
    text: previewText(model, route.page as PreviewKey, route.locale as Locale, route.editionId),
  }));
}

/** Draws every preview image in a worker thread: the PNG of each route path, and the wall-clock time taken. */
export async function drawPreviewImages(model: ContentModel): Promise<{ images: Map<string, Uint8Array>; ms: number }> {
  const run = runInWorker<[string, Uint8Array][]>(new URL('./preview-worker.ts', import.meta.url), previewJobs(model));
  return { images: new Map(await run.result), ms: run.ms() };
}
