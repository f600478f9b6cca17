/**
 * Every built HTML page passes html-validate (html-validate:recommended) with zero errors.
 * Loosened rules, each for a stated reason:
 *  - long-title: the recommended 70 characters is a search-snippet heuristic, not validity. Our titles are
 *    "page · site · school" and the school's official name alone is ~47 characters; a bound of 120 still
 *    catches a runaway title.
 *  - prefer-native-element for role="region": the table's scroll container is a labelled, focusable
 *    region so keyboard users can scroll it (axe scrollable-region-focusable); it is not a thematic
 *    <section> of the document, so the ARIA role is the right tool there. Every other role is checked.
 */
import { HtmlValidate, type ConfigData } from 'html-validate';
import { expect, test } from 'vitest';
import { readPage, requireBuiltSite, sitePages } from '../../../support/site.ts';

requireBuiltSite();
const pages = sitePages();

export const HTML_VALIDATE_CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    'long-title': ['error', { maxlength: 120 }],
    'prefer-native-element': ['error', { exclude: ['region'] }],
  },
};
const validator = new HtmlValidate(HTML_VALIDATE_CONFIG);

test('there are pages to validate', () => {
  expect(pages.length).toBeGreaterThanOrEqual(16);
});

test.each(pages)('%s is valid HTML', async (pathname) => {
  const report = await validator.validateString(readPage(pathname), pathname);
  const messages = report.results.flatMap((r) =>
    r.messages.map((m) => `${pathname}:${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`),
  );
  expect(messages).toEqual([]);
});

test('the validator catches a broken page (it can fail)', async () => {
  const report = await validator.validateString(
    '<!doctype html><html lang="lv"><head><title>x</title></head><body><p id="a"></p><p id="a"></p><dl><dt><h2>t</h2></dt></dl></body></html>',
    'bad.html',
  );
  const rules = report.results.flatMap((r) => r.messages.map((m) => m.ruleId));
  expect(rules).toEqual(expect.arrayContaining(['no-dup-id', 'element-permitted-content']));
});
