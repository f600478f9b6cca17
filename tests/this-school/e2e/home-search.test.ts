/**
 * The home page's block for learners and parents is found by search (Pagefind indexes only that block, with
 * its own title), and nothing else of the home page (menu, footer, funding text) gets into the index.
 * Asked of Pagefind's own API in the page, so the test does not depend on the search UI.
 */
import { expect, test } from 'vitest';
import { useE2E } from '../../support/e2e.ts';
import { requireBuiltSite, pathOf } from '../../../support/site.ts';
import { checkContent } from '../../../src/content/check.ts';
import { currentEdition } from '../../../src/lib/content/model.ts';
import { useTranslations } from '../../../src/lib/i18n.ts';
import { LOCALES } from '../../../src/lib/locales.ts';

requireBuiltSite();
const e2e = useE2E();
const funding = currentEdition(checkContent().model).meta.funding;

interface Found {
  url: string;
  title: string;
  content: string;
}

async function search(home: string, query: string): Promise<Found[]> {
  const page = await e2e().newPage();
  await page.goto(e2e().url(home));
  // A string, so the test runner does not rewrite the browser's import().
  const found = (await page.evaluate(`(async () => {
    const pagefind = await import(new URL('/pagefind/pagefind.js', location.href).href);
    await pagefind.options({ baseUrl: '/' });
    const response = await pagefind.search(${JSON.stringify(query)});
    const data = await Promise.all(response.results.map((r) => r.data()));
    return data.map((d) => ({ url: d.url, title: d.meta.title ?? '', content: d.content }));
  })()`)) as Found[];
  await page.context().close();
  return found;
}

// The block's title (a UI string) and its last word as the query ("vecākiem", "parents").
test.each(
  LOCALES.map((locale) => {
    const title = useTranslations(locale)('home.forLearners');
    return [pathOf('home', locale), title.split(' ').at(-1)!, title, locale] as const;
  }),
)('%s: "%s" finds the home page\'s block for learners and parents', async (home, query, title, locale) => {
  const results = await search(home, query);
  const block = results.find((r) => r.url === home);
  expect(block, JSON.stringify(results.map((r) => r.url))).toBeDefined();
  expect(block!.title).toBe(title);
  // Only the block: not the skip link, the menu, the funding disclaimer (its sentence after the statement) or the footer.
  const t = useTranslations(locale);
  const disclaimer = funding.disclaimer[locale].replace(funding.statement[locale], '').replace(/^[.\s]+/, '');
  for (const chrome of [t('skipLink'), disclaimer.slice(0, 30), t('footer.publisher')]) {
    expect(chrome.length).toBeGreaterThan(0);
    expect(block!.content).not.toContain(chrome);
  }
});
