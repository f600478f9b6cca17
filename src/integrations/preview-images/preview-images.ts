/**
 * The preview images drawn on the build's second core. Drawing them (opentype.js layout, sharp's PNG) takes
 * about as long as the rest of rendering the pages; `npm run build` starts a worker thread for them before
 * Astro starts, and the image route takes the finished PNGs from here. Under a plain `astro build` nothing
 * was started and the route draws each image itself, so the output is the same either way.
 */
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

interface Drawn {
  images: Map<string, Uint8Array>;
  /** Wall-clock milliseconds from starting the worker to the last image. */
  ms: number;
}

const KEY = Symbol.for('erasmus-plan.preview-images');
type Slot = { drawn?: Promise<Drawn> };
const slot = (): Slot => ((globalThis as Record<symbol, Slot | undefined>)[KEY] ??= {});

/** Every preview image of the site, with what it shows. */
export function previewJobs(model: ContentModel): PreviewJob[] {
  return siteRoutes(model, 'png').map((route) => ({ path: route.path, text: previewText(model, route.page as PreviewKey, route.locale as Locale, route.edition) }));
}

/** Starts drawing every preview image in a worker thread. */
export function startPreviewImages(model: ContentModel): void {
  const jobs = previewJobs(model);
  const started = performance.now();
  slot().drawn = new Promise<Drawn>((resolve, reject) => {
    const worker = new Worker(new URL('./preview-worker.ts', import.meta.url), { workerData: jobs });
    worker.once('message', (result: [string, Uint8Array][]) => resolve({ images: new Map(result), ms: performance.now() - started }));
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`the preview image worker stopped with code ${code}`)));
  });
  // The route reports a failure; an unawaited rejection must not end the process before that.
  slot().drawn!.catch(() => undefined);
}

/** The image drawn in the worker for a path, or undefined when no worker was started. */
export async function drawnPreview(path: string): Promise<Uint8Array | undefined> {
  const drawn = slot().drawn;
  return drawn ? (await drawn).images.get(path) : undefined;
}

/** How long the worker took, for the build's summary (undefined when none ran). */
export async function previewDrawingMs(): Promise<number | undefined> {
  const drawn = slot().drawn;
  return drawn ? (await drawn).ms : undefined;
}
