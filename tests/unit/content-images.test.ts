/** Photos in answers are drawn no wider than the page needs (src/content/images.ts). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Image, Root } from 'mdast';
import remarkParse from 'remark-parse';
import sharp from 'sharp';
import { unified } from 'unified';
import { afterAll, describe, expect, it } from 'vitest';
import { IMAGE_MAX_WIDTH, remarkContentImages } from '../../src/content/images.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'erasmus-images-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function imageAfter(markdown: string): Promise<Image> {
  const tree = unified().use(remarkParse).parse(markdown) as Root;
  await (remarkContentImages() as (t: Root, f: { path: string }) => Promise<void>)(tree, { path: path.join(dir, 'answer.mdx') });
  return (tree.children[0] as { children: Image[] }).children[0]!;
}

describe('content images', () => {
  it('gives a photo wider than the page its largest width, keeping its proportions', async () => {
    await sharp({ create: { width: 6000, height: 4000, channels: 3, background: '#888' } })
      .jpeg()
      .toFile(path.join(dir, 'big.jpg'));
    const image = await imageAfter('![Foto](./big.jpg)');
    expect((image.data as { hProperties?: unknown } | undefined)?.hProperties).toEqual({
      width: IMAGE_MAX_WIDTH,
      height: Math.round((4000 * IMAGE_MAX_WIDTH) / 6000),
    });
  });

  it('leaves a small image, and addresses that are not files beside the content, as they are', async () => {
    await sharp({ create: { width: 400, height: 300, channels: 3, background: '#888' } })
      .png()
      .toFile(path.join(dir, 'small.png'));
    expect((await imageAfter('![Foto](./small.png)')).data).toBeUndefined();
    expect((await imageAfter('![Foto](https://example.org/a.jpg)')).data).toBeUndefined();
  });
});
