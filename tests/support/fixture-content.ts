/** A writable copy of tests/fixtures/content in a temporary folder, for tests that break it on purpose. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const FIXTURE_CONTENT = path.resolve('tests/fixtures/content');
export const FIXTURE_EDITION = '2030-2032';

export interface ContentCopy {
  root: string;
  file(rel: string): string;
  editJson(rel: string, edit: (data: any) => void): void; // eslint-disable-line @typescript-eslint/no-explicit-any -- fixtures are edited freely
  write(rel: string, text: string): void;
  remove(rel: string): void;
  dispose(): void;
}

export function copyFixtureContent(source = FIXTURE_CONTENT): ContentCopy {
  const root = mkdtempSync(path.join(tmpdir(), 'erasmus-content-'));
  cpSync(source, root, { recursive: true });
  const file = (rel: string) => path.join(root, rel);
  return {
    root,
    file,
    editJson(rel, edit) {
      const data = JSON.parse(readFileSync(file(rel), 'utf8'));
      edit(data);
      writeFileSync(file(rel), JSON.stringify(data, null, 2));
    },
    write: (rel, text) => writeFileSync(file(rel), text),
    remove: (rel) => rmSync(file(rel), { force: true }),
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
}

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
