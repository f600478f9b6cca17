/**
 * The second-edition scenario's content: the other school's (tests/another-school/content) with a second, older
 * plan edition in its archive. Published under a base path by tests/second-edition/build/publishing.test.ts.
 */
import { cpSync, readFileSync } from 'node:fs';
import { copyFixtureContent, FIXTURE_EDITION, type ContentCopy } from '../support/fixture-content.ts';

/** The older edition `copyFixtureWithArchive` adds: the fixture's own, under another id, title and questions. */
export const ARCHIVED_EDITION = '2027-2029';

/**
 * The fixture content with a second, older plan edition, as a site with an archive has: a copy of the fixture
 * edition as 2027–2029 ("Vecais testa plāns"), whose first question reads "Kas bija vecais plāns?" / "What was
 * the old plan?" and whose Table 1.1 figures are all unknown.
 */
export function copyFixtureWithArchive(): ContentCopy {
  const copy = copyFixtureContent();
  const old = `editions/${ARCHIVED_EDITION}`;
  cpSync(copy.file(`editions/${FIXTURE_EDITION}`), copy.file(old), { recursive: true });
  copy.editJson(`${old}/edition.json`, (d) => {
    d.title = { lv: 'Vecais testa plāns', en: 'The old test plan' };
    d.period = { start: 2027, end: 2029 };
  });
  copy.editJson(`${old}/table-1-1.json`, (d) => {
    for (const row of d.rows) for (const key of Object.keys(row.counts)) row.counts[key] = null;
  });
  for (const [locale, title] of [
    ['lv', 'Kas bija vecais plāns?'],
    ['en', 'What was the old plan?'],
  ] as const) {
    const file = `${old}/questions/${locale}/what-is-the-plan.mdx`;
    copy.write(file, readFileSync(copy.file(file), 'utf8').replace(/^title: .*$/m, `title: "${title}"`));
  }
  return copy;
}
