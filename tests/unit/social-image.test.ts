/**
 * The social preview image: what its layout holds (the plan's title, the school's name, the page's label
 * and the funding statement, in full unless too long), that no text leaves its place on the 1200×630
 * picture whatever its length, that it depends on no installed font, and that the PNG is what it claims.
 */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check.ts';
import { LOCALES } from '../../src/lib/locales.ts';
import { useTranslations } from '../../src/lib/i18n.ts';
import {
  imageLayout,
  imagePng,
  imageSvg,
  MARGIN,
  measure,
  fonts,
  pathData,
  unslashedZero,
  type ImageLayout,
} from '../../src/integrations/preview-images/social-image.ts';
import { IMAGE_SIZE, previewText, type PreviewText } from '../../src/lib/social-preview.ts';
import { EU_BLUE, EU_YELLOW } from '../../src/lib/eu-emblem.ts';

const model = checkContent().model;
const PREVIEWS = ['preview', 'faqPreview', 'tablePreview'] as const;

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The ink of each block: the union of its glyph outlines' exact boxes. */
function inkBoxes(layout: ImageLayout): Map<string, Box> {
  const boxes = new Map<string, Box>();
  for (const block of layout.blocks) {
    const all = block.lines.flatMap((l) => l.paths.map((p) => p.getBoundingBox()));
    boxes.set(block.role, {
      x1: Math.min(...all.map((b) => b.x1)),
      y1: Math.min(...all.map((b) => b.y1)),
      x2: Math.max(...all.map((b) => b.x2)),
      y2: Math.max(...all.map((b) => b.y2)),
    });
  }
  return boxes;
}

/** Every text block inside its place and none overlapping another: the blue field above the band, the band below. */
function expectInside(layout: ImageLayout) {
  const boxes = inkBoxes(layout);
  for (const [role, box] of boxes) {
    expect(box.x1, `${role} left`).toBeGreaterThanOrEqual(MARGIN.side - 8); // side bearings may reach a little left of the pen
    expect(box.x2, `${role} right`).toBeLessThanOrEqual(IMAGE_SIZE.width - MARGIN.side);
    if (role === 'statement') {
      expect(box.y1, role).toBeGreaterThan(layout.bandTop);
      expect(box.y2, role).toBeLessThan(IMAGE_SIZE.height);
    } else {
      expect(box.y1, `${role} top`).toBeGreaterThanOrEqual(MARGIN.top - 24); // accents above capitals
      expect(box.y2, `${role} bottom`).toBeLessThan(layout.bandTop);
    }
  }
  const order = ['label', 'title', 'school'].filter((r) => boxes.has(r)).map((r) => boxes.get(r)!);
  for (let i = 1; i < order.length; i++) expect(order[i]!.y1, 'blocks in order, apart').toBeGreaterThan(order[i - 1]!.y2 + 8);
}

const textOf = (layout: ImageLayout, role: string) =>
  layout.blocks
    .find((b) => b.role === role)
    ?.lines.map((l) => l.text)
    .join(' ');

describe('the preview image layout', () => {
  for (const locale of LOCALES) {
    for (const preview of PREVIEWS) {
      it(`${preview} (${locale}) shows the plan's title, the school's name and its label in full, within the picture`, () => {
        const text = previewText(model, preview, locale);
        const layout = imageLayout(text);
        expect(textOf(layout, 'title')).toBe(text.title);
        expect(textOf(layout, 'school')).toBe(model.school.name[locale]);
        expect(textOf(layout, 'statement')).toBe(text.statement);
        expect(textOf(layout, 'label')).toBe(text.label);
        // Legible at preview size: the title at least 56 px (about 24 px when a feed shows the card 500 px wide).
        expect(layout.blocks.find((b) => b.role === 'title')!.lines[0]!.size).toBeGreaterThanOrEqual(56);
        expectInside(layout);
      });
    }
  }

  it("labels the FAQ image with the FAQ's title in each language, and the site-wide one not at all", () => {
    for (const locale of LOCALES) expect(previewText(model, 'faqPreview', locale).label).toBe(useTranslations(locale)('faq.title'));
    expect(previewText(model, 'preview', 'lv').label).toBeUndefined();
  });

  const base: PreviewText = { title: 'Īss plāns', school: model.school.name.lv, statement: 'Līdzfinansē Eiropas Savienība' };

  it('wraps a longer title onto more lines at a smaller size, never past the margins', () => {
    const short = imageLayout(base).blocks.find((b) => b.role === 'title')!;
    const longTitle =
      'Erasmus+ projektu darba plāns profesionālās izglītības mobilitātei un personāla kvalifikācijas celšanai 2027.–2030. gadam';
    const long = imageLayout({ ...base, label: 'Jautājumi un atbildes', title: longTitle });
    const title = long.blocks.find((b) => b.role === 'title')!;
    expect(short.lines).toHaveLength(1);
    expect(title.lines.length).toBeGreaterThan(2);
    expect(title.lines[0]!.size).toBeLessThan(short.lines[0]!.size);
    expect(textOf(long, 'title')).toBe(longTitle);
    for (const line of title.lines)
      expect(measure(line.text, fonts().bold, line.size)).toBeLessThanOrEqual(IMAGE_SIZE.width - 2 * MARGIN.side);
    expectInside(long);
  });

  it('cuts a title too long for any size with "…" and keeps it inside; breaks a word wider than the picture', () => {
    const endless = Array.from({ length: 60 }, (_, i) => `vārds${i}`).join(' ');
    const cut = imageLayout({ ...base, label: 'Tabula 1.1', title: endless, school: Array(5).fill(model.school.name.lv).join(' un ') });
    expect(textOf(cut, 'title')!.endsWith('…')).toBe(true);
    expect(textOf(cut, 'school')!.endsWith('…')).toBe(true);
    expectInside(cut);
    const word = imageLayout({ ...base, title: 'Ā'.repeat(80) });
    expect(word.blocks.find((b) => b.role === 'title')!.lines.length).toBeGreaterThan(1);
    expectInside(word);
  });

  it('draws every Latvian letter from the packaged typeface, and refuses a letter it does not have', () => {
    const letters = 'āčēģīķļņšūž ĀČĒĢĪĶĻŅŠŪŽ';
    const layout = imageLayout({ ...base, title: letters });
    const title = layout.blocks.find((b) => b.role === 'title')!;
    // Each letter is an outline of its own: as many closed shapes at least as letters.
    const shapes = title.lines.flatMap((l) => l.paths).flatMap((p) => p.commands.filter((c) => c.type === 'M'));
    expect(shapes.length).toBeGreaterThanOrEqual(letters.replace(/ /g, '').length);
    expect(() => imageLayout({ ...base, title: 'План' })).toThrow(/no letter "П"/);
  });

  it('writes outlines only: no <text> (no installed font is ever used), no NaN in any path', () => {
    const svg = imageSvg(imageLayout(previewText(model, 'faqPreview', 'lv')));
    expect(svg).not.toMatch(/<text|font-family/);
    expect(svg).not.toMatch(/NaN|Infinity/);
    expect(svg.match(/<path /g)!.length).toBeGreaterThanOrEqual(5);
  });

  it('keeps text readable: colours against their background at WCAG AA contrast or better', () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5]
        .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
        .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const contrast = (a: string, b: string) =>
      (Math.max(luminance(a), luminance(b)) + 0.05) / (Math.min(luminance(a), luminance(b)) + 0.05);
    const layout = imageLayout(previewText(model, 'faqPreview', 'en'));
    for (const block of layout.blocks) {
      const background = block.role === 'statement' ? '#ffffff' : EU_BLUE;
      expect(contrast(block.colour, background), block.role).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrast(EU_YELLOW, EU_BLUE)).toBeGreaterThan(7);
  });
});

describe('the preview PNG', () => {
  it('is a 1200×630 PNG in the site colours, the same bytes every time', async () => {
    const text = previewText(model, 'faqPreview', 'lv');
    const png = await imagePng(text);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
    expect(Buffer.compare(png, await imagePng(text))).toBe(0);
    const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const pixel = (x: number, y: number) =>
      `#${[...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3)].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
    expect(pixel(5, 5)).toBe(EU_BLUE.toLowerCase());
    expect(pixel(1195, 625)).toBe('#ffffff');
    // The title is drawn: a row through its first line has white ink on the blue.
    const title = imageLayout(text).blocks.find((b) => b.role === 'title')!.lines[0]!;
    const row = Array.from({ length: 1040 }, (_, i) => pixel(80 + i, Math.round(title.baseline - title.size * 0.3)));
    expect(row.filter((p) => p === '#ffffff').length).toBeGreaterThan(50);
  });
});

describe('the zero', () => {
  // The typeface's zero is slashed (two counter pieces, the slash between them): "2020" read as "2Ø2Ø".
  const contours = (path: { commands: { type: string }[] }) => path.commands.filter((c) => c.type === 'M').length;
  const centreIsInk = async (path: Parameters<typeof pathData>[0]) => {
    const box = path.getBoundingBox();
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="300"><path d="${pathData(path)}"/></svg>`;
    const { data, info } = await sharp(Buffer.from(svg)).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    const x = Math.round((box.x1 + box.x2) / 2);
    const y = Math.round((box.y1 + box.y2) / 2);
    return data[(y * info.width + x) * info.channels + 3]! > 0;
  };

  it('is drawn without the slash: one outline and one open counter', async () => {
    const font = fonts().bold[0]!;
    const slashed = font.getPath('0', 20, 250, 250);
    expect(contours(slashed)).toBe(3);
    expect(await centreIsInk(slashed)).toBe(true);
    const plain = unslashedZero(slashed);
    expect(contours(plain)).toBe(2);
    expect(await centreIsInk(plain)).toBe(false);
  });

  it('is plain in every preview\'s title ("2020", not "2Ø2Ø")', () => {
    const layout = imageLayout({ title: '2020', school: 'S', statement: 'Co-funded by the European Union' });
    const title = layout.blocks.find((b) => b.role === 'title')!;
    // "2" is one contour, a plain "0" two: 1 + 2 + 1 + 2.
    expect(title.lines.flatMap((l) => l.paths).reduce((n, p) => n + contours(p), 0)).toBe(6);
  });
});
