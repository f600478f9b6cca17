/**
 * A failed build never replaces a good one: with broken content, `npm run build` (a plain `astro build`) fails
 * and the previous output folder is left exactly as it was, whether the content check or Astro itself finds
 * the fault, and no half-written folder is left behind.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyFixtureContent, type ContentCopy } from '../../support/fixture-content.ts';
import { runBuild } from '../../support/build.ts';
import { pathOf } from '../../../support/site.ts';
import { checkContent } from '../../../src/content/check.ts';
import { currentEdition } from '../../../src/lib/content/model.ts';
import { LOCALES } from '../../../src/lib/locales.ts';
import { messageLanguage } from '../../../src/lib/content/issues.ts';
import { useCheckMessages } from '../../../src/lib/i18n.ts';
import { PAGE_KEYS, pageKind } from '../../../src/lib/urls.ts';
import {
  apacheAnswer,
  headersFileAnswer,
  nginxAnswer,
  parseHeadersFile,
  parseHtaccess,
  parseNginx,
  type Resolve,
} from '../../support/host-config.ts';

/** What the build says, in the language it speaks to the editor (the site's main language). */
const say = useCheckMessages(messageLanguage());
const previousUnchanged = (folder: string) => say('cli.previousUnchanged', { folder });

let copy: ContentCopy | undefined;
let out: string | undefined;
afterEach(() => {
  copy?.dispose();
  if (out) rmSync(path.dirname(out), { recursive: true, force: true });
});

function previousSite(): string {
  out = path.join(mkdtempSync(path.join(tmpdir(), 'erasmus-out-')), 'dist');
  mkdirSync(path.join(out, 'buj'), { recursive: true });
  writeFileSync(path.join(out, 'index.html'), '<!doctype html><title>previous good site</title>');
  writeFileSync(path.join(out, 'buj', 'index.html'), '<!doctype html><title>previous FAQ</title>');
  return out;
}

function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else files[path.relative(dir, full)] = readFileSync(full, 'utf8');
    }
  };
  walk(dir);
  return files;
}

/** What a build in progress writes to (.build/site-<pid>/): a failed build removes its own. */
const halfBuilt = () => (existsSync('.build') ? readdirSync('.build').filter((name) => name.startsWith('site-')) : []);

const build = (contentRoot: string, outDir: string) => runBuild({ CONTENT_DIR: contentRoot, OUT_DIR: outDir });

describe('atomic build', () => {
  it('keeps the previous site when the content check fails', () => {
    copy = copyFixtureContent();
    copy.editJson('editions/2030-2032/needs.json', (d) => (d[0].goal = 'goal-7'));
    const dist = previousSite();
    const before = snapshot(dist);
    const result = build(copy.root, dist);
    expect(result.status).toBe(1);
    // In the site's main language, with the line and the entry as the editor sees them, and no hook names.
    expect(result.stderr).toMatch(/needs\.json, \d+\. rinda → 1\. ieraksts \(need-1\) › goal: nezināms mērķis "goal-7"/);
    expect(result.stderr).not.toMatch(/hook|astro:config/);
    expect(result.stderr).toContain(previousUnchanged(dist));
    // Said to an editor without a stack trace: the message is about their file.
    expect(result.stderr).not.toMatch(/Stack trace|\bat .*\.ts:\d+/);
    expect(snapshot(dist)).toEqual(before);
    expect(halfBuilt()).toEqual([]);
  });

  it('keeps the previous site when Astro itself fails after the content check passed', () => {
    copy = copyFixtureContent();
    const dist = previousSite();
    const before = snapshot(dist);
    // Valid content, but a page shows an image that is not there: Astro finds it while bundling the pages.
    copy.write('pages/lv/accessibility.md', `${readFileSync(copy.file('pages/lv/accessibility.md'), 'utf8')}\n![attēls](./nav.png)\n`);
    const result = build(copy.root, dist);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Could not resolve './nav.png'");
    expect(result.stderr).toContain(previousUnchanged(dist));
    expect(snapshot(dist)).toEqual(before);
    expect(halfBuilt()).toEqual([]);
  }, 120_000);

  // /dev/shm is a file system of its own on Linux: an output folder there cannot be swapped in with a rename.
  const otherDisk = existsSync('/dev/shm') && statSync('/dev/shm').dev !== statSync('.').dev;
  it('keeps the previous site, and says what to do, when the output folder is on another disk', ({ skip }) => {
    if (!otherDisk) return skip('/dev/shm is missing or on the same file system as the project: no other disk to build onto');
    copy = copyFixtureContent();
    const dist = mkdtempSync('/dev/shm/erasmus-out-');
    out = path.join(dist, 'site'); // removed after the test with its folder
    mkdirSync(out);
    writeFileSync(path.join(out, 'index.html'), '<!doctype html><title>previous good site</title>');
    const result = build(copy.root, out);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`the output folder ${out} is on another disk than the project`);
    expect(result.stderr).toContain(previousUnchanged(out));
    expect(snapshot(out)).toEqual({ 'index.html': '<!doctype html><title>previous good site</title>' });
    expect(halfBuilt()).toEqual([]);
  }, 120_000);

  it('replaces the previous site when the build succeeds', () => {
    copy = copyFixtureContent();
    // Also (to spare a build): without the school's website, the summary says once how to let its pages embed the views.
    copy.editJson('school.json', (d) => (d.website = null));
    // …and without content/site.json: the summary says once that the address is not known.
    copy.remove('site.json');
    const dist = previousSite();
    const result = build(copy.root, dist);
    expect(result.status, result.stderr).toBe(0);
    // A quiet build: a short summary, and the content read and checked once for the whole build.
    const printed = `${result.stdout}${result.stderr}`.trim().split('\n');
    expect(printed.length, printed.join('\n')).toBeLessThanOrEqual(40);
    expect(result.stdout, 'read and checked once').toMatch(/ 1×\)\.$/m);
    expect(result.stdout).toContain(say('cli.ready', { folder: dist, seconds: '§' }).split('§')[0]);
    // No address (no content/site.json): said once, with what to set and where.
    expect(`${result.stdout}${result.stderr}`.match(/content\/site\.json/g)).toHaveLength(1);
    const after = snapshot(dist);
    const fixture = currentEdition(checkContent({ root: copy.root }).model);
    expect(after['index.html']).toContain(fixture.meta.title.lv);
    expect(after[`${pathOf('faq', 'lv').slice(1)}index.html`]).toContain(fixture.questions.lv[0]!.title);
    // Each warning once, saying what to do (Astro's log, the same under a plain `astro build`).
    expect(`${result.stdout}${result.stderr}`.match(/^.*\[WARN\].*set "website" in content\/school\.json.*$/gm)).toHaveLength(1);
    // …and only the site itself may frame the embeds (every host configuration), other pages nobody.
    const rules = parseHeadersFile(after['_headers']!);
    const ancestors = (p: string) => headersFileAnswer(rules, p).headers['content-security-policy']?.split('frame-ancestors ')[1];
    const embeds = PAGE_KEYS.filter((page) => pageKind(page).embed).flatMap((page) => LOCALES.map((locale) => pathOf(page, locale)));
    expect(embeds).toHaveLength(4);
    expect(embeds.map(ancestors)).toEqual(embeds.map(() => "'self'"));
    expect(ancestors(pathOf('faq', 'lv'))).toBe("'none'");
    const resolveDist: Resolve = (p) => (after[`${p.slice(1)}index.html`] !== undefined ? `${p.slice(1)}index.html` : undefined);
    const apache = apacheAnswer(parseHtaccess(after['.htaccess']!), pathOf('embedFaq', 'lv'), resolveDist);
    const nginx = nginxAnswer(parseNginx(after['nginx-snippet.conf']!), pathOf('embedFaq', 'lv'), resolveDist);
    expect([apache, nginx].map((a) => a.headers['content-security-policy']?.split('frame-ancestors ')[1])).toEqual(["'self'", "'self'"]);
  }, 180_000);
});
