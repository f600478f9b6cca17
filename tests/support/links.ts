/**
 * Internal link checking on a built site: every <a href>, <link href>, <script src>, <img src> and
 * og:image that points inside the site (relative, or absolute on the site's own origin) must lead to a
 * file, and a #fragment to an id on that page. Works for a site built under any base path.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { sitePages } from '../../support/site.ts';

const LOCAL = 'http://site.invalid';
const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

export interface Ref {
  attr: string;
  url: string;
}

export function referencesOf(html: string): Ref[] {
  const refs: Ref[] = [];
  for (const [tag] of html.matchAll(/<(a|link|script|img|area|source|iframe)\b[^>]*>/g)) {
    for (const [, name, value] of tag.matchAll(/\s(href|src)="([^"]*)"/g))
      refs.push({ attr: `${tag.slice(0, tag.indexOf(' '))} ${name}`, url: decode(value!) });
  }
  // The link preview's picture is a URL of the site too.
  for (const [, value] of html.matchAll(/<meta property="og:image" content="([^"]*)"/g))
    refs.push({ attr: '<meta og:image', url: decode(value!) });
  return refs;
}

export class LinkChecker {
  private ids = new Map<string, Set<string>>();
  readonly pages: string[];
  readonly origin: string | undefined;
  readonly siteDir: string;
  readonly base: string;

  /** @param siteDir the built site; @param base the base path it was built for ("/" or "/erasmus/"). */
  constructor(siteDir: string, base = '/') {
    this.siteDir = siteDir;
    this.base = base;
    // Pages as served: the site's files under the base path.
    this.pages = sitePages(siteDir).map((p) => `${base}${p.slice(1)}`);
    this.origin = (() => {
      for (const p of this.pages) {
        const m = /<link rel="canonical" href="([^"]+)"/.exec(this.read(p));
        if (m) return new URL(m[1]!).origin;
      }
      return undefined;
    })();
  }

  read(servedPath: string): string {
    const file = this.fileFor(servedPath);
    if (!file) throw new Error(`no file for ${servedPath}`);
    return readFileSync(file, 'utf8');
  }

  /** The built file a served path leads to, as a static host would answer it, or undefined. */
  fileFor(pathname: string): string | undefined {
    if (!pathname.startsWith(this.base)) return undefined;
    const file = path.join(this.siteDir, decodeURIComponent(pathname.slice(this.base.length)));
    if (existsSync(file) && statSync(file).isFile()) return file;
    const index = path.join(file, 'index.html');
    return pathname.endsWith('/') && existsSync(index) ? index : undefined;
  }

  idsOf(file: string): Set<string> {
    let ids = this.ids.get(file);
    if (!ids) {
      ids = new Set([...readFileSync(file, 'utf8').matchAll(/\s(?:id|name)="([^"]*)"/g)].map((m) => decode(m[1]!)));
      this.ids.set(file, ids);
    }
    return ids;
  }

  problemsOf(servedPath: string): string[] {
    const problems: string[] = [];
    const pageUrl = new URL(servedPath, LOCAL);
    for (const ref of referencesOf(this.read(servedPath))) {
      let url: URL;
      try {
        url = new URL(ref.url, pageUrl);
      } catch {
        problems.push(`${ref.attr}="${ref.url}": not a URL`);
        continue;
      }
      if (url.origin === this.origin) url = new URL(url.pathname + url.search + url.hash, LOCAL);
      if (url.origin !== LOCAL) continue; // external (the privacy test proves pages never load those)
      const file = this.fileFor(url.pathname);
      if (!file) {
        problems.push(`${ref.attr}="${ref.url}": no file for ${url.pathname}`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (!fragment) continue;
      if (!file.endsWith('.html')) problems.push(`${ref.attr}="${ref.url}": #fragment on a non-HTML file`);
      else if (!this.idsOf(file).has(fragment)) problems.push(`${ref.attr}="${ref.url}": no id="${fragment}" on ${url.pathname}`);
    }
    return problems;
  }
}
