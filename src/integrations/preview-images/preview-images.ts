/** The preview images of a site and the worker thread that draws them (index.ts writes them). */
import { Worker } from 'node:worker_threads';
import type { ContentModel } from '../../lib/content/model.ts';
import type { Locale } from '../../lib/locales.ts';
import { siteRoutes } from '../../lib/routes.ts';
import { previewText, type PreviewKey, type PreviewText } from '../../lib/social-preview.ts';

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
export function drawPreviewImages(model: ContentModel): Promise<{ images: Map<string, Uint8Array>; ms: number }> {
  const jobs = previewJobs(model);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./preview-worker.ts', import.meta.url), { workerData: jobs });
    worker.once('message', (result: [string, Uint8Array][]) => resolve({ images: new Map(result), ms: performance.now() - started }));
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`the preview image worker stopped with code ${code}`)));
  });
}
