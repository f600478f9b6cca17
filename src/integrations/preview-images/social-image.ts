/**
 * The social preview image (og:image) of a page, 1200×630, drawn at build time. Text is laid out with
 * opentype.js from a typeface in an npm package and written as outlines, never <text>, so no installed font
 * is asked for and every machine draws the same picture; sharp turns the SVG into a PNG.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as opentypeModule from 'opentype.js';
import type { Font, Path, PathCommand } from 'opentype.js';
import sharp from 'sharp';
import { emblemGeometry, EU_BLUE, EU_YELLOW } from '../../lib/eu-emblem.ts';
import { IMAGE_SIZE, type PreviewText } from '../../lib/social-preview.ts';

// Node loads opentype.js's CommonJS build (only a default export), a bundler its ES build (only named ones).
const parse = (opentypeModule as Partial<typeof opentypeModule>).parse ?? opentypeModule.default.parse;

/**
 * One weight of the typeface, as Fontsource ships it: split by Unicode range into a Latin file and a Latin
 * Extended file (where ā č ē ģ ī ķ ļ ņ š ū ž are). A character is drawn from the first file that has it.
 */
export type Face = readonly Font[];
export interface Fonts {
  regular: Face;
  bold: Face;
}

/**
 * Atkinson Hyperlegible Next (SIL Open Font License 1.1), made by the Braille Institute for readers with
 * low vision: letters that stay distinct when a preview is shown small. WOFF, which opentype.js reads.
 */
const FONT_PACKAGE = '@fontsource/atkinson-hyperlegible-next';

function loadFonts(): Fonts {
  const require = createRequire(import.meta.url);
  const face = (weight: number): Face =>
    ['latin', 'latin-ext'].map((subset) =>
      parse(readFileSync(require.resolve(`${FONT_PACKAGE}/files/atkinson-hyperlegible-next-${subset}-${weight}-normal.woff`))),
    );
  return { regular: face(400), bold: face(700) };
}

let loaded: Fonts | undefined;
/** The fonts, read once per process. */
export function fonts(): Fonts {
  return (loaded ??= loadFonts());
}

/** Consecutive characters drawn from the same file of a face. */
function runs(text: string, face: Face): { font: Font; text: string }[] {
  const out: { font: Font; text: string }[] = [];
  for (const char of text) {
    const font = face.find((f) => f.hasChar(char));
    if (!font)
      throw new Error(
        `The preview images' typeface has no letter "${char}" (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}), in "${text}"`,
      );
    const last = out.at(-1);
    if (last?.font === font) last.text += char;
    else out.push({ font, text: char });
  }
  return out;
}

const unitWidths = new WeakMap<Face, Map<string, number>>();

/**
 * Width of a line of text in pixels, kerned (pairs across the two files of a face are not kerned). Widths
 * scale exactly with the size (no hinting), so each string is measured once, at 1 px: trying every size
 * for a title would otherwise measure the same words again and again.
 */
export function measure(text: string, face: Face, size: number): number {
  let widths = unitWidths.get(face);
  if (!widths) unitWidths.set(face, (widths = new Map()));
  let width = widths.get(text);
  if (width === undefined)
    widths.set(text, (width = runs(text, face).reduce((sum, run) => sum + run.font.getAdvanceWidth(run.text, 1), 0)));
  return width * size;
}

function outline(text: string, face: Face, size: number, x: number, baseline: number): Path[] {
  const paths: Path[] = [];
  for (const run of runs(text, face)) {
    const glyphs = run.font.stringToGlyphs(run.text);
    // One path per glyph (a space has none), so each zero can be told apart.
    run.font.getPaths(run.text, x, baseline, size).forEach((path, i) => {
      if (path.commands.length) paths.push(/^zero\b/.test(glyphs[i]?.name ?? '') ? unslashedZero(path) : path);
    });
    x += run.font.getAdvanceWidth(run.text, size);
  }
  return paths;
}

type Contour = PathCommand[];
type Box = { x1: number; y1: number; x2: number; y2: number };

function contoursOf(path: Path): Contour[] {
  const contours: Contour[] = [];
  for (const command of path.commands) {
    if (command.type === 'M' || contours.length === 0) contours.push([]);
    contours.at(-1)!.push(command);
  }
  return contours;
}

/** The box of a contour's on- and off-curve points (enough to compare and place contours). */
function boxOf(contour: Contour): Box {
  const points = contour.flatMap((c) =>
    c.type === 'Z'
      ? []
      : c.type === 'C'
        ? [
            [c.x1, c.y1],
            [c.x2, c.y2],
            [c.x, c.y],
          ]
        : c.type === 'Q'
          ? [
              [c.x1, c.y1],
              [c.x, c.y],
            ]
          : [[c.x, c.y]],
  );
  const xs = points.map((p) => p[0]!);
  const ys = points.map((p) => p[1]!);
  return { x1: Math.min(...xs), y1: Math.min(...ys), x2: Math.max(...xs), y2: Math.max(...ys) };
}

/** The same closed contour drawn the other way round (a hole under the non-zero fill rule). */
function reversed(contour: Contour): Contour {
  const start = contour[0]!;
  if (start.type !== 'M') return contour;
  const segments = contour.slice(1).filter((c) => c.type !== 'Z');
  const ends = [{ x: start.x, y: start.y }, ...segments.map((c) => ({ x: (c as { x: number }).x, y: (c as { y: number }).y }))];
  const out: Contour = [{ type: 'M', ...ends.at(-1)! }];
  for (let i = segments.length - 1; i >= 0; i--) {
    const c = segments[i]!;
    const to = ends[i]!;
    if (c.type === 'C') out.push({ type: 'C', x1: c.x2, y1: c.y2, x2: c.x1, y2: c.y1, ...to });
    else if (c.type === 'Q') out.push({ type: 'Q', x1: c.x1, y1: c.y1, ...to });
    else out.push({ type: 'L', ...to });
  }
  out.push({ type: 'Z' });
  return out;
}

/**
 * The typeface draws zero with a slash (its counter is two pieces, the slash the gap between them), and
 * this build of it has no plain zero: on a preview "2020" read as "2Ø2Ø". The plain zero keeps the outer
 * outline and cuts one counter, the outer outline scaled into the box the two pieces fill.
 */
export function unslashedZero(path: Path): Path {
  const contours = contoursOf(path);
  if (contours.length !== 3) return path;
  const area = (b: Box) => (b.x2 - b.x1) * (b.y2 - b.y1);
  const sorted = [...contours].sort((a, b) => area(boxOf(b)) - area(boxOf(a)));
  const outer = sorted[0]!;
  const pieces = sorted.slice(1).map(boxOf);
  const o = boxOf(outer);
  const hole = {
    x1: Math.min(...pieces.map((b) => b.x1)),
    y1: Math.min(...pieces.map((b) => b.y1)),
    x2: Math.max(...pieces.map((b) => b.x2)),
    y2: Math.max(...pieces.map((b) => b.y2)),
  };
  const sx = (hole.x2 - hole.x1) / (o.x2 - o.x1);
  const sy = (hole.y2 - hole.y1) / (o.y2 - o.y1);
  const fx = (x: number) => hole.x1 + (x - o.x1) * sx;
  const fy = (y: number) => hole.y1 + (y - o.y1) * sy;
  const scaled: Contour = outer.map((c) =>
    c.type === 'Z'
      ? c
      : c.type === 'C'
        ? { ...c, x1: fx(c.x1), y1: fy(c.y1), x2: fx(c.x2), y2: fy(c.y2), x: fx(c.x), y: fy(c.y) }
        : c.type === 'Q'
          ? { ...c, x1: fx(c.x1), y1: fy(c.y1), x: fx(c.x), y: fy(c.y) }
          : { ...c, x: fx(c.x), y: fy(c.y) },
  );
  return { ...path, commands: [...outer, ...reversed(scaled)], getBoundingBox: () => path.getBoundingBox() };
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** Lines broken at spaces, or undefined if a word alone is wider than the line or more lines are needed. */
function wrap(text: string, face: Face, size: number, width: number, maxLines: number): string[] | undefined {
  const lines: string[] = [];
  for (const word of words(text)) {
    const last = lines.at(-1);
    if (last !== undefined && measure(`${last} ${word}`, face, size) <= width) lines[lines.length - 1] = `${last} ${word}`;
    else if (measure(word, face, size) > width) return undefined;
    else lines.push(word);
  }
  return lines.length <= maxLines ? lines : undefined;
}

/** The last resort for text too long for its place: break anywhere, keep `maxLines`, end with "…". */
function cut(text: string, face: Face, size: number, width: number, maxLines: number): string[] {
  const fits = (line: string) => measure(line, face, size) <= width;
  const lines: string[] = [];
  let line = '';
  for (const word of words(text)) {
    if (fits(line ? `${line} ${word}` : word)) {
      line = line ? `${line} ${word}` : word;
      continue;
    }
    if (line) lines.push(line);
    let rest = [...word];
    while (!fits(rest.join(''))) {
      let n = rest.length - 1;
      while (n > 1 && !fits(rest.slice(0, n).join(''))) n--;
      lines.push(rest.slice(0, n).join(''));
      rest = rest.slice(n);
    }
    line = rest.join('');
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = [...kept[maxLines - 1]!];
  while (last.length && !fits(`${last.join('').trimEnd()}…`)) last = last.slice(0, -1);
  kept[maxLines - 1] = `${last.join('').trimEnd()}…`;
  return kept;
}

interface TextLine {
  text: string;
  size: number;
  x: number;
  baseline: number;
  /** The line's outlines, in image coordinates. */
  paths: Path[];
}

interface TextBlock {
  role: 'label' | 'title' | 'school' | 'statement';
  colour: string;
  lines: TextLine[];
}

export interface ImageLayout {
  width: number;
  height: number;
  /** Where the white band at the foot begins. */
  bandTop: number;
  blocks: TextBlock[];
  emblem: { x: number; y: number; height: number };
}

/** The page's margins: text stays this far from the left and right edges and from the top. */
export const MARGIN = { side: 80, top: 64 } as const;
const BAND_HEIGHT = 130;
const EMBLEM_HEIGHT = 72;

interface Style {
  face: Face;
  /** Sizes to try, largest first: the first at which the text fits is used. */
  sizes: number[];
  /** Line spacing as a multiple of the size. */
  leading: number;
  maxLines: number;
}

/** Cap height as a share of the size, so a block's top is where its capitals begin. */
const capHeight = (face: Face) => face[0]!.tables.os2.sCapHeight / face[0]!.unitsPerEm;

/** The largest size at which `text` fits `width` within `maxLines`, and its lines (cut with "…" if none). */
function fit(text: string, style: Style, width: number, linesAt: (size: number) => number): { size: number; lines: string[] } {
  for (const size of style.sizes) {
    const lines = wrap(text, style.face, size, width, Math.min(style.maxLines, linesAt(size)));
    if (lines) return { size, lines };
  }
  const size = style.sizes.at(-1)!;
  return { size, lines: cut(text, style.face, size, width, Math.max(1, Math.min(style.maxLines, linesAt(size)))) };
}

function block(
  role: TextBlock['role'],
  colour: string,
  style: Style,
  size: number,
  lines: string[],
  x: number,
  firstBaseline: number,
): TextBlock {
  return {
    role,
    colour,
    lines: lines.map((text, i) => {
      const baseline = firstBaseline + i * size * style.leading;
      return { text, size, x, baseline, paths: outline(text, style.face, size, x, baseline) };
    }),
  };
}

/**
 * Where everything goes. From the top: the label, then the title as large as fits (72 px down to 40 px,
 * at most four lines, cut with "…" only if even that fails); the school's name sits above the band, so
 * the title's room is what the label and the name leave.
 */
export function imageLayout(text: PreviewText, f: Fonts = fonts()): ImageLayout {
  const { width, height } = IMAGE_SIZE;
  const bandTop = height - BAND_HEIGHT;
  const textWidth = width - 2 * MARGIN.side;
  const label: Style = { face: f.bold, sizes: [34, 30], leading: 1.2, maxLines: 1 };
  const title: Style = { face: f.bold, sizes: [72, 68, 64, 60, 56, 52, 48, 44, 40], leading: 1.15, maxLines: 4 };
  const school: Style = { face: f.regular, sizes: [40, 36, 32, 28], leading: 1.25, maxLines: 2 };
  const statement: Style = { face: f.regular, sizes: [30, 26, 22], leading: 1.2, maxLines: 1 };
  const blocks: TextBlock[] = [];

  let top: number = MARGIN.top;
  if (text.label) {
    const fitted = fit(text.label, label, textWidth, () => 1);
    const b = block('label', EU_YELLOW, label, fitted.size, fitted.lines, MARGIN.side, top + capHeight(f.bold) * fitted.size);
    blocks.push(b);
    top = b.lines.at(-1)!.baseline + 44;
  }

  // The school's name: its last baseline 48 px above the band.
  const named = fit(text.school, school, textWidth, () => school.maxLines);
  const schoolFirst = bandTop - 48 - (named.lines.length - 1) * named.size * school.leading;
  const schoolBlock = block('school', '#ffffff', school, named.size, named.lines, MARGIN.side, schoolFirst);
  const schoolTop = schoolFirst - capHeight(f.regular) * named.size;

  // The title: its last baseline at least 56 px above the school name's capitals (room for descenders).
  const titleRoom = schoolTop - 56 - top;
  const titled = fit(
    text.title,
    title,
    textWidth,
    (size) => Math.floor((titleRoom - capHeight(f.bold) * size) / (size * title.leading)) + 1,
  );
  blocks.push(block('title', '#ffffff', title, titled.size, titled.lines, MARGIN.side, top + capHeight(f.bold) * titled.size));
  blocks.push(schoolBlock);

  // The band: the emblem, then the statement centred on it.
  const emblem = { x: MARGIN.side, y: bandTop + (BAND_HEIGHT - EMBLEM_HEIGHT) / 2, height: EMBLEM_HEIGHT };
  const statementX = emblem.x + (EMBLEM_HEIGHT * 3) / 2 + 24;
  const stated = fit(text.statement, statement, width - MARGIN.side - statementX, () => 1);
  blocks.push(
    block(
      'statement',
      EU_BLUE,
      statement,
      stated.size,
      stated.lines,
      statementX,
      bandTop + BAND_HEIGHT / 2 + (capHeight(f.regular) * stated.size) / 2,
    ),
  );

  return { width, height, bandTop, blocks, emblem };
}

/**
 * SVG path data of an outline, rounded to 0.01 px. Not opentype.js's own toPathData: in 2.0.0 it writes
 * "NaN" for a coordinate whose fraction is float noise (48.00000000000001), and the renderer then drops the
 * rest of the line (opentypejs/opentype.js#868, fixed on its master but not released).
 */
export function pathData(path: Path): string {
  const n = (v: number) => String(Math.round(v * 100) / 100 || 0);
  return path.commands
    .map((c) => {
      switch (c.type) {
        case 'M':
        case 'L':
          return `${c.type}${n(c.x)} ${n(c.y)}`;
        case 'Q':
          return `Q${n(c.x1)} ${n(c.y1)} ${n(c.x)} ${n(c.y)}`;
        case 'C':
          return `C${n(c.x1)} ${n(c.y1)} ${n(c.x2)} ${n(c.y2)} ${n(c.x)} ${n(c.y)}`;
        case 'Z':
          return 'Z';
      }
    })
    .join('');
}

/** The picture as SVG: shapes and glyph outlines only (no <text>: nothing depends on installed fonts). */
export function imageSvg(layout: ImageLayout): string {
  const { width, height, bandTop, emblem } = layout;
  const flag = emblemGeometry(emblem.height);
  const text = layout.blocks
    .map((b) => `<path fill="${b.colour}" d="${b.lines.flatMap((l) => l.paths.map(pathData)).join('')}"/>`)
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="${EU_BLUE}"/>`,
    `<rect y="${bandTop}" width="${width}" height="${height - bandTop}" fill="#ffffff"/>`,
    `<g transform="translate(${emblem.x} ${emblem.y})"><rect width="${flag.width}" height="${flag.height}" fill="${EU_BLUE}"/><path fill="${EU_YELLOW}" d="${flag.path}"/></g>`,
    text,
    '</svg>',
  ].join('');
}

/**
 * The PNG, full colour at zlib level 3 without adaptive filtering: measured here, 6 images in 46–58 ms
 * at about 66 kB each, against 79–90 ms and 61 kB at level 6 (build time is what counts: the file is
 * fetched once per shared link by the platform, never by the site's readers). A 256-colour palette would
 * halve the file but double the time (quantising).
 */
export async function imagePng(text: PreviewText): Promise<Buffer> {
  const svg = imageSvg(imageLayout(text));
  return sharp(Buffer.from(svg)).png({ compressionLevel: 3, adaptiveFiltering: false }).toBuffer();
}
