/**
 * Photos in answers and pages are drawn no wider than the page needs: twice the text's measure (46rem, for
 * sharp screens). A wider image gets that width, and Astro's image service (which never enlarges) writes it
 * at that size; a 6000 × 4000 photo is not published as it came from the camera.
 */
import path from 'node:path';
import type { Image, Root } from 'mdast';
import sharp from 'sharp';
import { visit } from 'unist-util-visit';

type HastData = { hProperties?: Record<string, unknown> };

/** Widest image the site publishes, in pixels (the guide names it too). */
export const IMAGE_MAX_WIDTH = 1472;

/** Addresses that are not files next to the content (another site, the site's root, inline data). */
const NOT_A_CONTENT_FILE = /^([a-z][a-z0-9+.-]*:|\/)/i;

export function remarkContentImages() {
  return async (tree: Root, file: { path?: string }) => {
    const images: Image[] = [];
    visit(tree, 'image', (node: Image) => {
      if (!NOT_A_CONTENT_FILE.test(node.url)) images.push(node);
    });
    if (!file.path) return;
    await Promise.all(
      images.map(async (node) => {
        const source = path.resolve(path.dirname(file.path!), decodeURI(node.url));
        const { width, height } = await sharp(source)
          .metadata()
          .catch(() => ({ width: undefined, height: undefined }));
        if (!width || !height || width <= IMAGE_MAX_WIDTH) return;
        // hProperties become the <img> attributes, which Astro's image service draws the image at.
        const data = (node.data ?? {}) as HastData;
        const hProperties = { ...data.hProperties, width: IMAGE_MAX_WIDTH, height: Math.round((height * IMAGE_MAX_WIDTH) / width) };
        node.data = { ...data, hProperties } as Image['data'];
      }),
    );
  };
}
