/**
 * Writes the social preview images (og:image, social-image.ts): one PNG per preview kind in PAGES,
 * language and edition. Drawing them (opentype.js layout, sharp's PNG) takes about as long as rendering the
 * pages, so a worker thread (at the lowest priority: ../worker.ts) draws them on the machine's second core
 * from the start of the build (astro:build:start), and they are written when Astro has written the pages.
 * Not under `astro dev` (no page needs the image files there).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentModel } from '../../lib/content/model.ts';
import { drawPreviewImages } from './preview-images.ts';

export interface PreviewImagesRun {
  /** Once Astro has written the pages: writes the images into the site; the milliseconds they took to draw. */
  write(siteDir: string): Promise<number>;
}

/** When a build starts (not when a tool only loads the configuration "for a build"): the content is checked by then. */
export function startPreviewImages(model: ContentModel): PreviewImagesRun {
  const drawing = drawPreviewImages(model);
  // A failure is reported when the images are written; it must not end the process before then.
  drawing.catch(() => undefined);
  return {
    async write(site) {
      const { images, ms } = await drawing;
      for (const [route, png] of images) {
        const file = path.join(site, route);
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, png);
      }
      return ms;
    },
  };
}
