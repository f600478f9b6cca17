/**
 * npm run shots:editor: screenshots of the browser editor for the editors' guide (docs/images/editor-*.png),
 * taken in headless Chromium on a copy of content/ (support/editor.ts: the folder picker cannot be shown
 * headless, so the editor opens a copy in the browser's private storage; the project's files are not touched).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchBrowser } from '../support/browser.ts';
import { filesUnder, openEditor, startEditServer } from '../support/editor.ts';

const OUT = 'docs/images';
mkdirSync(OUT, { recursive: true });
// The development server checks a copy of content/, so the last picture can show a mistake being reported.
const copy = mkdtempSync(path.join(os.tmpdir(), 'editor-shots-'));
cpSync('content', path.join(copy, 'content'), { recursive: true });
const server = await startEditServer(path.join(copy, 'content'));
const browser = await launchBrowser();
try {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await openEditor(page, `${server.url}redaktors/`, filesUnder('content', '.'));
  const edition = filesUnder('content/editions', '.')
    .map((f) => /^content\/editions\/(\d{4}-\d{4})\//.exec(f.path)?.[1])
    .filter(Boolean)
    .sort()
    .at(-1)!;
  const go = async (hash: string) => {
    await page.evaluate((h) => (location.hash = h), hash);
    await page.waitForTimeout(2000);
  };

  await go(`#/collections/questions-${edition}`);
  await page.screenshot({ path: `${OUT}/editor-collections.png` });

  await go(`#/collections/questions-${edition}/entries/school-goals`);
  // Latvian on the left, English on the right.
  await page.getByText('English', { exact: true }).last().click();
  await page.waitForTimeout(800);
  for (const title of await page.getByText('Virsraksts', { exact: true }).all()) await title.scrollIntoViewIfNeeded();
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${OUT}/editor-question.png` });

  await page.getByText('Kurš saraksts').first().scrollIntoViewIfNeeded();
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${OUT}/editor-list.png` });

  await go(`#/collections/plan-${edition}/entries/table`);
  await page.getByText('Aktivitātes (rindas)').first().scrollIntoViewIfNeeded();
  const expand = page.getByRole('button', { name: /^Expand/, disabled: false });
  if (await expand.count()) await expand.last().click();
  await page.waitForTimeout(500);
  await page.getByText('Dalībnieku skaits pa semestriem').first().scrollIntoViewIfNeeded();
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${OUT}/editor-table.png` });

  // A mistake saved: the content check's message in the editor.
  const answer = path.join(copy, 'content/editions', edition, 'questions/lv/school-goals.mdx');
  writeFileSync(answer, readFileSync(answer, 'utf8').replace(/^order: \d+$/m, 'order: 0'));
  await go(`#/collections/questions-${edition}`);
  await page.locator('#content-check').filter({ hasText: 'school-goals' }).waitFor({ timeout: 20_000 });
  await page.screenshot({ path: `${OUT}/editor-check.png` });
  console.log(
    `Editor screenshots in ${OUT}/: editor-collections.png, editor-question.png, editor-list.png, editor-table.png, editor-check.png`,
  );
} finally {
  await browser.close();
  await server.stop();
  rmSync(copy, { recursive: true, force: true });
}
