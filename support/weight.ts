/**
 * What a page needs before any interaction, in gzip bytes: its HTML, the stylesheets it links, and the
 * JavaScript it loads up front (module scripts and modulepreloads, plus their static imports; a dynamic
 * import() — search — is not counted: it loads only when search is used).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const gz = (buf: Buffer | string) => gzipSync(buf, { level: 9 }).length;

/** Static imports of a built ES module (import … from "x", import "x", export … from "x"); not import(). */
export function staticImports(code: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(/(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'`]([^"'`]+)["'`]/g)) out.push(m[1]!);
  return out;
}

export interface Weight {
  page: string;
  html: number;
  css: number;
  js: number;
  jsFiles: string[];
  /** Classic scripts without defer/async: they block rendering. */
  blocking: number;
  /** gzip bytes of inline scripts (already inside html). */
  inlineJs: number;
}

/** @param siteDir the built site; @param pathname the page as a site path ("/buj/"); @param base the base path it was built for. */
export function weigh(siteDir: string, pathname: string, base = '/'): Weight {
  const fileOf = (url: string, from: string) => {
    const resolved = new URL(url, `http://x${from}`).pathname;
    if (!resolved.startsWith(base)) throw new Error(`${url} is outside the site`);
    const file = path.join(siteDir, resolved.slice(base.length));
    if (!existsSync(file)) throw new Error(`${url} (from ${from}) does not exist`);
    return file;
  };
  const html = readFileSync(path.join(siteDir, pathname.endsWith('/') ? `${pathname}index.html` : pathname), 'utf8');
  const css = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)].map((m) => /href="([^"]+)"/.exec(m[0])![1]!);
  const entries = [
    ...[...html.matchAll(/<script\b[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!),
  ];
  const blocking = [...html.matchAll(/<script\b([^>]*)>/g)].filter(
    ([, a]) => /\bsrc=/.test(a!) && !/type="module"|\bdefer\b|\basync\b/.test(a!),
  ).length;
  const js = new Map<string, number>();
  const visit = (file: string) => {
    if (js.has(file)) return;
    const code = readFileSync(file, 'utf8');
    js.set(file, gz(code));
    const from = '/' + path.relative(siteDir, file).split(path.sep).join('/');
    for (const spec of staticImports(code)) visit(fileOf(spec, base + from.slice(1)));
  };
  for (const src of entries) visit(fileOf(src, base + pathname.slice(1)));
  // Inline scripts (the embed views' height reporter) are part of the HTML bytes; listed, and their
  // own static imports followed, so they cannot smuggle in code.
  let inlineJs = 0;
  for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/\bsrc=|application\/(ld\+)?json/.test(attrs!)) continue;
    inlineJs += gz(body!);
    js.set(`inline script (${gz(body!)} B gzip, counted in html)`, 0);
    for (const spec of staticImports(body!)) visit(fileOf(spec, base + pathname.slice(1)));
  }
  return {
    page: pathname,
    html: gz(html),
    css: css.reduce((n, href) => n + gz(readFileSync(fileOf(href, base + pathname.slice(1)))), 0),
    js: [...js.values()].reduce((a, b) => a + b, 0),
    jsFiles: [...js.keys()].map((f) => path.basename(f)),
    blocking,
    inlineJs,
  };
}
