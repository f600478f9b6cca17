/**
 * The content's typographic rule (src/lib/content/typography.ts) in the answers and pages Astro renders from
 * Markdown: every text node, in the language of the file's folder. Code and addresses are not text nodes.
 */
import type { Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { typeset } from '../content/typography.ts';
import { localeOfContentFile } from './citations.ts';

export function remarkTypography() {
  return (tree: Root, file: { path?: string }) => {
    const locale = localeOfContentFile(file.path ?? '');
    visit(tree, 'text', (node: Text) => {
      node.value = typeset(node.value, locale);
    });
  };
}
