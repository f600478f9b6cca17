/**
 * The home page's block for learners and parents is found by search (Pagefind indexes only that block, with
 * its own title), and nothing else of the home page (menu, footer, funding text) gets into the index.
 * Asked of Pagefind's own API in the page, so the test does not depend on the search UI.
 */
import { expect, test } from 'vitest';
import { useE2E } from '../support/e2e.ts';
import { requireBuiltSite } from '../../support/site.ts';

requireBuiltSite();
const e2e = useE2E();

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

test.each([
  ['/', 'vecākiem', '/', 'Izglītojamajiem un vecākiem'],
  ['/en/', 'parents', '/en/', 'For learners and parents'],
])('%s: "%s" finds the home page\'s block for learners and parents', async (home, query, url, title) => {
  const results = await search(home, query);
  const block = results.find((r) => r.url === url);
  expect(block, JSON.stringify(results.map((r) => r.url))).toBeDefined();
  expect(block!.title).toBe(title);
  // Only the block: not the skip link, the menu, the funding disclaimer or the footer.
  for (const chrome of [
    'Pāriet uz saturu',
    'Skip to content',
    'Tomēr paustie viedokļi',
    'Views and opinions expressed',
    'Izdevējs',
    'Published by',
  ]) {
    expect(block!.content).not.toContain(chrome);
  }
});
