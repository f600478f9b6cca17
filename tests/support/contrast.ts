/**
 * Colour arithmetic for the browser tests: CSS colours as Chromium computes them, layers composited
 * over each other, and the WCAG 2.1 contrast ratio.
 */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** "rgb(1, 2, 3)", "rgba(1, 2, 3, 0.5)", "rgb(1 2 3 / 50%)" or "transparent". */
export function parseColor(css: string): Rgba {
  if (css === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%?))?\s*\)$/.exec(css.trim());
  if (!m) throw new Error(`cannot read the colour "${css}"`);
  const alpha = m[4] === undefined ? 1 : Number(m[4]) / (m[5] ? 100 : 1);
  return { r: Number(m[1]), g: Number(m[2]), b: Number(m[3]), a: alpha };
}

/** Layers from the top down (the element's own first) composited into one opaque colour, over white. */
export function composite(layers: Rgba[]): Rgba {
  let result: Rgba = { r: 255, g: 255, b: 255, a: 1 };
  for (const layer of [...layers].reverse()) {
    result = {
      r: layer.r * layer.a + result.r * (1 - layer.a),
      g: layer.g * layer.a + result.g * (1 - layer.a),
      b: layer.b * layer.a + result.b * (1 - layer.a),
      a: 1,
    };
  }
  return result;
}

function luminance({ r, g, b }: Rgba): number {
  const [R, G, B] = [r, g, b].map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * R + 0.7152 * G + 0.0722 * B;
}

export function contrastRatio(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export const hex = ({ r, g, b }: Rgba) => `#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
