/**
 * The cascade layers of src/styles/global.css hold for every page: the first layer the page's stylesheets
 * name is `tokens`, so a component's `@layer components` (in its scoped <style>) can never come first and
 * sink below the element defaults, whichever order the bundler gives the files.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { readPage, requireBuiltSite, SITE_DIR, sitePages } from '../../../support/site.ts';

requireBuiltSite();
const pages = sitePages();
const ORDER = ['tokens', 'base', 'components', 'utilities'];

/** The layer names in the order they first appear in the CSS (`@layer a, b;` and `@layer a { … }`). */
export function layerOrder(css: string): string[] {
  const names: string[] = [];
  for (const match of css.matchAll(/@layer\s+([\w\s,-]+?)\s*[{;]/g)) {
    for (const name of match[1]!.split(',').map((n) => n.trim())) if (name && !names.includes(name)) names.push(name);
  }
  return names;
}

const stylesheets = (html: string): string[] =>
  [...html.matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g)].map((m) => readFileSync(path.join(SITE_DIR, m[1]!), 'utf8'));

test('there are pages to check', () => {
  expect(pages.length).toBeGreaterThanOrEqual(16);
});

test.each(pages)('%s declares the layers in order before any component', (pathname) => {
  const css = stylesheets(readPage(pathname)).join('\n');
  expect(css.length).toBeGreaterThan(0);
  expect(layerOrder(css)).toEqual(ORDER);
});

test('a component sheet first would fail the check', () => {
  expect(layerOrder('@layer components{.a{color:red}}@layer tokens,base,components,utilities;')).not.toEqual(ORDER);
});
