/** The social preview images (og:image): each preview kind in PAGES per language and edition. */
import type { APIContext } from 'astro';
import { performance } from 'node:perf_hooks';
import { imageTiming } from '../lib/build/image-timing.ts';
import { siteContent } from '../lib/content/store.ts';
import { staticPaths, type Route } from '../lib/routes.ts';
import { previewText, type PreviewKey } from '../lib/social-preview.ts';

export const getStaticPaths = () => staticPaths(siteContent(), 'png');

export async function GET({ props }: APIContext<Route>): Promise<Response> {
  const started = performance.now();
  // Imported here so that loading opentype.js, sharp and the fonts counts in the time the build reports.
  const { imagePng } = await import('../lib/social-image.ts');
  const png = await imagePng(previewText(siteContent(), props.page as PreviewKey, props.locale, props.edition));
  const timing = imageTiming();
  timing.images += 1;
  timing.ms += performance.now() - started;
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
