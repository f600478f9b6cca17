/**
 * The plan's citations "[1]": found in an answer's parsed tree (for the content check) and turned into links
 * to the reference list on the same page when Astro renders the answer (every page that shows answers lists
 * the references with ids ref-1, ref-2, …). Authors keep typing [1]. One matcher for both.
 */
import type { PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { useTranslations } from '../i18n.ts';
import { isLocale, LOCALES, type Locale } from '../locales.ts';

const CITATION = /\[(\d+)\]/g;

export function referenceAnchor(number: number): string {
  return `ref-${number}`;
}

/** Reference numbers cited in a parsed text, in order of appearance. */
export function citationsIn(tree: Root): number[] {
  const numbers: number[] = [];
  visit(tree, 'text', (node: Text) => {
    for (const match of node.value.matchAll(CITATION)) numbers.push(Number(match[1]));
  });
  return numbers;
}

/**
 * The language of a content file: the folder it sits in (content/editions/<years>/questions/<lang>/…,
 * content/pages/<lang>/…), checked against the site's languages.
 */
export function localeOfContentFile(file: string): Locale {
  const folder = file.split(/[\\/]/).at(-2) ?? '';
  if (!isLocale(folder))
    throw new Error(`${file}: cannot tell its language: it is in the folder "${folder}", expected one of ${LOCALES.join(', ')}`);
  return folder;
}

export function remarkCitations() {
  return (tree: Root, file: { path?: string }) => {
    let t: ReturnType<typeof useTranslations> | undefined;
    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined || !CITATION.test(node.value)) return;
      CITATION.lastIndex = 0;
      t ??= useTranslations(localeOfContentFile(file.path ?? ''));
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
