/**
 * The browser editor is served only by npm run edit (src/integrations/editor): nothing of it is in the built
 * site: no editor page, no copy of its script, icon font or configuration.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { requireBuiltSite, SITE_DIR } from '../../../support/site.ts';
import { EDITOR_PATH } from '../../../src/integrations/editor/index.ts';

requireBuiltSite();

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? files(file) : [file];
  });
}

test('dist/ has no file of the editor', () => {
  const all = files(SITE_DIR).map((f) => path.relative(SITE_DIR, f).split(path.sep).join('/'));
  expect(all.length).toBeGreaterThan(10);
  expect(all.filter((f) => f.startsWith(EDITOR_PATH) || /sveltia|material-symbols|config\.yml$/i.test(f))).toEqual([]);
  const text = all.filter((f) => /\.(html|js|css|json|xml|txt)$/.test(f));
  const mentions = text.filter((f) =>
    /sveltia|registerEditorComponent|Work with Local Repository/i.test(readFileSync(path.join(SITE_DIR, f), 'utf8')),
  );
  expect(mentions).toEqual([]);
});
