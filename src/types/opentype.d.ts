/**
 * The part of opentype.js 2.x that src/integrations/preview-images/social-image.ts uses. The package ships no types, and
 * @types/opentype.js describes 1.3; this declares only what we call, as 2.0 has it.
 */
declare module 'opentype.js' {
  export interface BoundingBox {
    x1: number;
    y1: number;
    x2: number;
    y2: number;
  }

  /** Drawing commands with absolute coordinates, y growing downwards. */
  export type PathCommand =
    | { type: 'M' | 'L'; x: number; y: number }
    | { type: 'Q'; x1: number; y1: number; x: number; y: number }
    | { type: 'C'; x1: number; y1: number; x2: number; y2: number; x: number; y: number }
    | { type: 'Z' };

  export interface Path {
    commands: PathCommand[];
    /** The exact box of the outline (curves evaluated), in the coordinates it was drawn at. */
    getBoundingBox(): BoundingBox;
  }

  export interface RenderOptions {
    /** Apply the font's pair kerning (GPOS or kern): on by default. */
    kerning?: boolean;
  }

  export interface Font {
    unitsPerEm: number;
    ascender: number;
    descender: number;
    tables: { os2: { sCapHeight: number } };
    hasChar(char: string): boolean;
    /** The outline of a line of text with its baseline's start at (x, y), y growing downwards. */
    getPath(text: string, x: number, y: number, fontSize: number, options?: RenderOptions): Path;
    getAdvanceWidth(text: string, fontSize: number, options?: RenderOptions): number;
    /** One outline per glyph, in the order of stringToGlyphs (same layout as getPath). */
    getPaths(text: string, x: number, y: number, fontSize: number, options?: RenderOptions): Path[];
    stringToGlyphs(text: string): { name?: string | null }[];
  }

  export function parse(buffer: ArrayBuffer | Uint8Array): Font;

  /** Node loads the package's CommonJS build, which has only this default export (bundlers take its ES build). */
  const opentype: { parse: typeof parse };
  export default opentype;
}
