/**
 * Remark plugin: the plan's citations "[1]" become links to the reference list on the same page
 * (every page that shows answers lists the references with ids ref-1, ref-2, …). Authors keep typing [1].
 */
import type { Root, Text, PhrasingContent } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';
import { useTranslations } from '../i18n.ts';
import type { Locale } from '../locales.ts';

const CITATION = /\[(\d+)\]/g;

export function referenceAnchor(number: number): string {
  return `ref-${number}`;
}

export function remarkCitations() {
  return (tree: Root, file: { path?: string }) => {
    const locale: Locale = /[\\/]questions[\\/]en[\\/]/.test(file.path ?? '') ? 'en' : 'lv';
    const t = useTranslations(locale);
    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined || !CITATION.test(node.value)) return;
      CITATION.lastIndex = 0;
      const parts: PhrasingContent[] = [];
      let last = 0;
      for (const match of node.value.matchAll(CITATION)) {
        if (match.index > last) parts.push({ type: 'text', value: node.value.slice(last, match.index) });
        const number = Number(match[1]);
        parts.push({
          type: 'link',
          url: `#${referenceAnchor(number)}`,
          children: [{ type: 'text', value: match[0] }],
          // target _self: in an embedded view (<base target="_parent">) the link must stay in the frame.
          data: { hProperties: { className: ['citation'], target: '_self', 'aria-label': t('citation', { number }) } },
        });
        last = match.index + match[0].length;
      }
      if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
      parent.children.splice(index, 1, ...parts);
      return [SKIP, index + parts.length];
    });
  };
}
