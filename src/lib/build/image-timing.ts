/**
 * Time spent drawing the social preview images in this process, for the build's summary. Astro runs the
 * endpoint in a module graph of its own, so the tally lives on globalThis (as the content store does).
 */
export interface ImageTiming {
  images: number;
  /** Milliseconds spent in the image endpoint, summed (Astro calls it for one image at a time); the first call includes loading opentype.js, sharp and the fonts. */
  ms: number;
}

const KEY = Symbol.for('erasmus-plan.image-timing');

export function imageTiming(): ImageTiming {
  return ((globalThis as Record<symbol, ImageTiming | undefined>)[KEY] ??= { images: 0, ms: 0 });
}
