/**
 * No broken internal links or anchors: every <a href>, <link href> (alternates, canonical, stylesheets,
 * icon), <script src> and <img src> on every built page that points inside the site leads to a file that
 * exists, and its #fragment to an id on that page. Absolute links on the site's own origin (canonical,
 * hreflang alternates) count as internal.
 */
import { expect, test } from 'vitest';
import { requireBuiltSite, SITE_DIR } from '../../../support/site.ts';
import { LinkChecker, referencesOf } from '../../support/links.ts';
import { checkContent } from '../../../src/content/check.ts';
import { currentEdition } from '../../../src/lib/content/model.ts';
import { siteAddress } from '../../../src/integrations/site/address.ts';

requireBuiltSite();
// Where the site is published, as content/site.json says (its base path; its origin, when known).
const address = siteAddress(checkContent().model.site);
const base = address.base;

const links = new LinkChecker(SITE_DIR, base);

test("the site origin is known from canonical links when content/site.json gives the site's address, and there are none without it", () => {
  expect(links.origin).toBe(address.site);
});

test.each(links.pages)('%s has no broken internal links or anchors', (pathname) => {
  expect(links.problemsOf(pathname)).toEqual([]);
});

test('the check has something to check: every page has references, the site hundreds', () => {
  const counts = links.pages.map((p) => referencesOf(links.read(p)).length);
  for (const [i, n] of counts.entries()) expect(n, links.pages[i]).toBeGreaterThan(0);
  expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(300);
});

test('a missing page or anchor is reported (it can fail)', () => {
  expect(links.fileFor(`${base}nav-tadas-lapas/`)).toBeUndefined();
  const faq = links.fileFor(`${base}buj/`)!;
  expect(links.idsOf(faq).has(currentEdition(checkContent().model).questions.lv[0]!.id)).toBe(true);
  expect(links.idsOf(faq).has('no-such-question')).toBe(false);
});
