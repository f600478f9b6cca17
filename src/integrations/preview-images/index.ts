/**
 * Writes the social preview images (og:image, src/lib/social-image.ts): one PNG per preview kind in PAGES,
 * language and edition. Drawing them (opentype.js layout, sharp's PNG) takes about as long as rendering the
 * pages, so a worker thread (at the lowest priority: ../worker.ts) draws them on the machine's second core
 * from the start of the build (astro:build:start), and they are written when Astro has written the pages.
 * Not under `astro dev` (no page needs the image files there).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { PlanContent } from '../content/index.ts';
import { buildReport } from '../report.ts';
import { drawPreviewImages } from './preview-images.ts';

export function previewImages(content: PlanContent): AstroIntegration {
  let drawing: ReturnType<typeof drawPreviewImages> | undefined;
  return {
    name: 'preview-images',
    hooks: {
      // When a build starts (not when a tool only loads the configuration "for a build"): the content is checked by then.
      'astro:build:start': () => {
        drawing = drawPreviewImages(content.model());
        // A failure is reported at build:done; it must not end the process before then.
        drawing.catch(() => undefined);
      },
      'astro:build:done': async ({ dir }) => {
        if (!drawing) return;
        const { images, ms } = await drawing;
        const site = fileURLToPath(dir);
        for (const [route, png] of images) {
          const file = path.join(site, route);
          mkdirSync(path.dirname(file), { recursive: true });
          writeFileSync(file, png);
        }
        buildReport.previewMs = ms;
      },
    },
  };
}
