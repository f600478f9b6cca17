/** The social preview images (og:image): each preview kind in PAGES per language and edition. */
import type { APIContext } from 'astro';
import { drawnPreview } from '../integrations/preview-images/preview-images.ts';
import { siteContent } from '../lib/content/store.ts';
import { staticPaths, type Route } from '../lib/routes.ts';
import { previewText, type PreviewKey } from '../lib/social-preview.ts';

export const getStaticPaths = () => staticPaths(siteContent(), 'png');

export async function GET({ props }: APIContext<Route>): Promise<Response> {
  // npm run build draws the images in a worker while Astro renders the pages (src/integrations/preview-images/preview-images.ts);
  // a plain `astro build` draws each one here (opentype.js and sharp load only then).
  let png = await drawnPreview(props.path);
  if (!png) {
    const { imagePng } = await import('../lib/social-image.ts');
    png = new Uint8Array(await imagePng(previewText(siteContent(), props.page as PreviewKey, props.locale, props.edition)));
  }
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
