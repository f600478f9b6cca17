/**
 * What a reader sees is set by one typographic rule (src/lib/content/typography.ts): en dashes in ranges of
 * years and between words, a space after "2023.", the language's quotation marks. Every page's visible
 * text, in each language it holds (elements with a lang of their own apart), with every answer opened; only
 * the Sources page's list of typographic repairs shows the "before" on purpose.
 */
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useE2E } from '../../support/e2e.ts';
import { pathOf, requireBuiltSite, sitePages } from '../../../support/site.ts';
import { typographyProblems } from '../../../src/lib/content/typography.ts';
import { isLocale } from '../../../src/lib/locales.ts';

requireBuiltSite();
const e2e = useE2E();

/** The page's visible text per language: parts in another language than the page's are taken out first. */
async function textByLanguage(page: Page): Promise<[string, string][]> {
  return page.evaluate(() => {
    document.querySelectorAll('[data-typography-before]').forEach((el) => el.remove());
    document.querySelectorAll('details').forEach((d) => (d.open = true));
    // Items of a list on one line are apart by a drawn separator, which innerText leaves out.
    document.querySelectorAll('li').forEach((li) => li.prepend('\u00a0'));
    const pageLang = document.documentElement.lang;
    const texts: [string, string][] = [];
    for (const el of [...document.body.querySelectorAll<HTMLElement>('[lang]')].reverse()) {
      if (el.lang === pageLang) continue;
      texts.push([el.lang, el.innerText]);
      el.remove();
    }
    texts.push([pageLang, document.body.innerText]);
    return texts;
  });
}

async function problemsOn(page: Page): Promise<string[]> {
  return (await textByLanguage(page)).flatMap(([lang, text]) =>
    isLocale(lang) ? typographyProblems(text, lang).map((p) => `${lang}: ${p.rule}: "${p.found}" → "${p.expected}"`) : [],
  );
}

test.each(sitePages())('%s follows the typographic rule', async (pathname) => {
  const page = await e2e().visit(pathname);
  expect(await problemsOn(page)).toEqual([]);
});

test('the check finds a hyphen in a range of years, a missing space and wrong quotation marks (it can fail)', async () => {
  const page = await e2e().visit(pathOf('faq', 'lv'));
  await page.evaluate(() => document.querySelector('main p')!.append(' Plāns 2020.-2022.gadam par “Erasmus+”.'));
  const problems = await problemsOn(page);
  expect(problems.join('\n')).toMatch(/yearRange/);
  expect(problems.join('\n')).toMatch(/yearSpace/);
  expect(problems.join('\n')).toMatch(/quotes/);
});
