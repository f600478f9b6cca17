/**
 * Links an editor writes from the site's root ("/buj/#school-goals") are made to work under any base path
 * the site is published at ("/erasmus/buj/#school-goals") when an answer or page is rendered. The content
 * check (src/lib/content/links.ts) has made sure they lead somewhere.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { normalizeBase } from '../urls.ts';

export function remarkBaseLinks(options: { base?: string } = {}) {
  const base = normalizeBase(options.base);
  return (tree: Root) => {
    if (base === '/') return;
    visit(tree, ['link', 'definition'], (node) => {
      if (!('url' in node)) return;
      const { url } = node;
      if (url.startsWith('/') && !url.startsWith('//') && !url.startsWith(base)) node.url = base + url.slice(1);
    });
  };
}
