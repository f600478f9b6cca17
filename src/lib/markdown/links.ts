/**
 * Links an editor writes from the site's root ("/buj/#school-goals") are made to work under any base path
 * the site is published at ("/erasmus/buj/#school-goals") when an answer or page is rendered, and carry the
 * address paper prints after them (the full address where the site's is known, else the path; never a made-up
 * host). The content check (src/content/links.ts) has made sure they lead somewhere.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { printedAddress } from '../imprint.ts';
import { normalizeBase } from '../urls.ts';

/** A value, or a function that tells it when a file is rendered (the site's address is known only once content is read). */
type Known<T> = T | (() => T);
const now = <T>(value: Known<T>): T => (typeof value === 'function' ? (value as () => T)() : value);

/** `base`: the folder the site is built for; `site`: its origin, when known. */
export function remarkBaseLinks(options: { base?: Known<string>; site?: Known<string | undefined> } = {}) {
  return (tree: Root) => {
    const base = normalizeBase(now(options.base ?? '/'));
    const site = now(options.site);
    visit(tree, ['link', 'definition'], (node) => {
      if (!('url' in node)) return;
      if (!node.url.startsWith('/') || node.url.startsWith('//')) return;
      if (!node.url.startsWith(base)) node.url = base + node.url.slice(1);
      if (node.type === 'link') {
        // mdast-util-to-hast puts data.hProperties on the <a> it makes.
        const data = (node.data ?? {}) as { hProperties?: Record<string, string> };
        data.hProperties = { ...data.hProperties, 'data-print-address': printedAddress(node.url, site ? new URL(site) : undefined) };
        node.data = data;
      }
    });
  };
}
