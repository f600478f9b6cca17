/**
 * Links an editor writes from the site's root ("/buj/#school-goals") are made to work under any base path
 * the site is published at ("/erasmus/buj/#school-goals") when an answer or page is rendered. The content
 * check (src/content/links.ts) has made sure they lead somewhere.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { normalizeBase } from '../urls.ts';

/** `base`: the folder, or a function that tells it when a file is rendered (it is known only once content is read). */
export function remarkBaseLinks(options: { base?: string | (() => string) } = {}) {
  return (tree: Root) => {
    const base = normalizeBase(typeof options.base === 'function' ? options.base() : options.base);
    if (base === '/') return;
    visit(tree, ['link', 'definition'], (node) => {
      if (!('url' in node)) return;
      const { url } = node;
      if (url.startsWith('/') && !url.startsWith('//') && !url.startsWith(base)) node.url = base + url.slice(1);
    });
  };
}
