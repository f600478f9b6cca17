/**
 * One build path: a plain `astro build` does everything `npm run build` does (the content check, the pages,
 * the search index and vocabularies, the preview images, the host configuration, the site check); the npm
 * script adds only the atomic swap and the summary. Compared with dist/, which npm test built before.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { siteFiles } from '../../src/integrations/site-check/site-files.ts';
import { requireBuiltSite } from '../../support/site.ts';
import { cleanEnv } from '../support/build.ts';

const out = path.join(mkdtempSync(path.join(tmpdir(), 'erasmus-astro-build-')), 'site');
afterAll(() => rmSync(path.dirname(out), { recursive: true, force: true }));

describe('astro build alone', () => {
  it('writes the same files as npm run build, and the same pages', () => {
    const dist = requireBuiltSite();
    const result = spawnSync(path.resolve('node_modules/.bin/astro'), ['build', '--silent'], {
      encoding: 'utf8',
      env: { ...cleanEnv(), OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    expect(result.status, result.stderr).toBe(0);
    const built = siteFiles(out);
    expect(built).toEqual(siteFiles(dist));
    for (const file of built.filter((f) => /\.(html|csv|json|conf|txt|xml)$|_headers|\.htaccess/.test(f))) {
      expect(readFileSync(path.join(out, file), 'utf8'), file).toBe(readFileSync(path.join(dist, file), 'utf8'));
    }
  }, 180_000);
});
