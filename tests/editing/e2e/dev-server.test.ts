/**
 * The development server as an editor uses it (`npm run dev`, under `npm run edit` too), on a copy of the fixture
 * content: a saved answer shows without closing the question being read; a content mistake shows the check's own
 * messages as the page (no stack trace), and fixing it brings the page back as it was; files written into the
 * build's folders are not watched.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../../support/browser.ts';
import { checkContent } from '../../../src/content/check.ts';
import { formatIssue } from '../../../src/lib/content/issues.ts';
import { localizedUrl } from '../../../src/lib/urls.ts';
import { copyFixtureContent, FIXTURE_EDITION, type ContentCopy } from '../../support/fixture-content.ts';
import { freePort } from '../../support/host-servers.ts';

let content: ContentCopy;
let server: ChildProcess;
let log = '';
let origin: string;
let browser: Browser;
let page: Page;
/** The first answer of the fixture's FAQ, whose question the tests open. */
let answerFile: string;
let questionId: string;

beforeAll(async () => {
  content = copyFixtureContent();
  const { model } = checkContent({ root: content.root });
  const question = model.editions.at(-1)!.questions.lv[0]!;
  questionId = question.id;
  answerFile = content.file(`editions/${FIXTURE_EDITION}/questions/lv/${path.basename(question.file)}`);
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  // npm's and Vitest's variables would name this run, not a user's shell.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(npm_|VITEST|NODE_ENV$|MODE$|BASE_URL$|DEV$|PROD$|SSR$|TEST$)/i.test(k)),
  );
  server = spawn('npm', ['run', 'dev', '--', '--port', String(port), '--host', '127.0.0.1'], {
    env: { ...env, CONTENT_DIR: content.root },
    detached: true,
  });
  server.stdout!.on('data', (d: Buffer) => (log += d.toString()));
  server.stderr!.on('data', (d: Buffer) => (log += d.toString()));
  await until(
    () => log.includes(origin),
    90_000,
    () => `the dev server did not start:\n${log}`,
  );
  browser = await launchBrowser();
  page = await browser.newPage();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  // npm starts Astro in a process of its own: end the whole group this test started.
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  content?.dispose();
});

async function until(done: () => boolean, ms: number, message: () => string): Promise<void> {
  const end = Date.now() + ms;
  while (!done()) {
    if (Date.now() > end) throw new Error(message());
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Saves a file as an editor does, and waits for the page to load again. */
async function saveAndReload(file: string, text: string): Promise<void> {
  const loaded = page.waitForEvent('load', { timeout: 30_000 });
  // Whole, as editors save (a file written in two steps is checked, and reloads the page, at each).
  const saving = path.join(path.dirname(content.root), `saving-${process.pid}`); // outside content/, on its disk
  writeFileSync(saving, text);
  renameSync(saving, file);
  await loaded;
}

const openQuestion = () => page.locator(`details:has(#${questionId})`);

describe('npm run dev', () => {
  it('shows a saved answer without closing the question being read', async () => {
    await page.goto(`${origin}${localizedUrl('faq', 'lv', { base: '/' })}`);
    await openQuestion().locator('summary').click();
    expect(await openQuestion().evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const original = readFileSync(answerFile, 'utf8');
    await saveAndReload(answerFile, `${original.trimEnd()}\n\nŠo teikumu pievienoja izstrādes servera pārbaude.\n`);
    await page.getByText('Šo teikumu pievienoja izstrādes servera pārbaude.').waitFor();
    expect(await openQuestion().evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    // Only the question that was open: the others stay closed.
    expect(await page.locator('main details[open]').count()).toBe(1);
  });

  it("shows a content mistake as the check's own messages, and the page as it was once it is fixed", async () => {
    const school = content.file('school.json');
    const original = readFileSync(school, 'utf8');
    const broken = JSON.parse(original) as Record<string, unknown>;
    broken['websiet'] = broken['website'];
    delete broken['website'];
    await saveAndReload(school, JSON.stringify(broken, null, 2));
    const { errors } = checkContent({ root: content.root });
    expect(errors.length).toBeGreaterThan(0);
    const shown = await page.locator('pre').innerText();
    for (const error of errors) expect(shown).toContain(formatIssue(error));
    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(/\bat \S+ \(|node_modules|\.ts:\d+|Stack trace/i);
    await saveAndReload(school, original);
    await openQuestion().waitFor();
    expect(await openQuestion().evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
  });

  it('does not watch the folders a build writes', async () => {
    const probe = path.resolve('.build', `watch-probe-${process.pid}`);
    mkdirSync(probe, { recursive: true });
    const before = log.length;
    try {
      writeFileSync(path.join(probe, 'index.html'), '<!doctype html><title>probe</title>');
      writeFileSync(path.join(probe, 'page.js'), 'export {};');
      await new Promise((r) => setTimeout(r, 2000));
    } finally {
      rmSync(probe, { recursive: true, force: true });
    }
    expect(log.slice(before)).not.toContain('.build/');
  });
});
