/**
 * The code's layout keeps its promises (docs/architecture.md): no state shared through globalThis
 * (integrations hand the content model on explicitly), and folder names that say where code runs (nothing
 * named build/ inside src/; browser code only in src/browser/; src/lib/ and src/browser/ run in the browser, so
 * no Node modules there: the content model's Node side is src/content/, the build's is src/integrations/).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve('src');
const entries = readdirSync(SRC, { recursive: true, withFileTypes: true });
const sources = entries.filter((e) => e.isFile() && /\.(ts|astro)$/.test(e.name)).map((e) => path.join(e.parentPath, e.name));

describe('src/', () => {
  it('shares no state through globalThis', () => {
    expect(sources.filter((f) => /\bglobalThis\b/.test(readFileSync(f, 'utf8'))).map((f) => path.relative(SRC, f))).toEqual([]);
  });

  it('has no folder named build/', () => {
    expect(
      entries.filter((e) => e.isDirectory() && e.name === 'build').map((e) => path.relative(SRC, path.join(e.parentPath, e.name))),
    ).toEqual([]);
  });

  it('loads browser code (client <script> imports) only from src/browser/', () => {
    const scripts = sources
      .filter((f) => f.endsWith('.astro'))
      .flatMap((f) =>
        [...readFileSync(f, 'utf8').matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].flatMap((m) =>
          [...m[1]!.matchAll(/import\s+(?:[^'"]+from\s+)?['"]([^'"]+)['"]/g)].map((i) => [f, i[1]!] as const),
        ),
      );
    expect(scripts.length).toBeGreaterThan(0);
    expect(
      scripts
        .filter(([file, spec]) => !path.resolve(path.dirname(file), spec).startsWith(path.join(SRC, 'browser') + path.sep))
        .map(([f, s]) => `${path.relative(SRC, f)}: ${s}`),
    ).toEqual([]);
  });
});

/** Folders that run in the browser too, and the folders they may import from (none on the Node side). */
const SHARED = [
  { folder: 'lib', reads: ['lib', 'i18n'] },
  { folder: 'browser', reads: ['browser', 'lib', 'i18n'] },
];

describe.each(SHARED)('src/$folder/', ({ folder, reads }) => {
  const dir = path.join(SRC, folder);
  const imports = sources
    .filter((f) => f.startsWith(dir + path.sep) && f.endsWith('.ts'))
    .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => [f, m[1]!] as const));
  const named = (list: (readonly [string, string])[]) => list.map(([f, s]) => `${path.relative(SRC, f)}: ${s}`);

  it('imports no Node module (it runs in the browser too)', () => {
    expect(imports.length).toBeGreaterThan(0);
    expect(named(imports.filter(([, spec]) => spec.startsWith('node:')))).toEqual([]);
  });

  it('imports nothing of the Node side (src/content/, src/integrations/)', () => {
    const inside = reads.map((d) => path.join(SRC, d) + path.sep);
    expect(
      named(imports.filter(([f, spec]) => spec.startsWith('.') && !inside.some((d) => path.resolve(path.dirname(f), spec).startsWith(d)))),
    ).toEqual([]);
  });
});

describe('the npm scripts', () => {
  // npm runs scripts in cmd.exe on Windows: no `VAR=value command`, no sh-only tests such as `test -d`, no
  // variables written `$NAME`, no single quotes (cmd.exe passes them on as part of the word).
  const SH_ONLY = /(^|&&\s*|\|\|\s*|\(\s*)\w+=|\btest -[defx]\b|\[ |\$\w+|'/;
  it('run the same on Windows, macOS and Linux', () => {
    const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    for (const name of ['start', 'dev', 'edit', 'build', 'preview', 'check', 'package', 'test']) expect(scripts).toHaveProperty(name);
    expect(Object.entries(scripts).filter(([, script]) => SH_ONLY.test(script))).toEqual([]);
  });

  it('would name a script written for sh only', () => {
    for (const script of [
      'ASTRO_TELEMETRY_DISABLED=1 astro sync',
      'npm run a && X=1 b',
      'test -d x || npm ci',
      "echo 'hi'",
      'echo $HOME',
    ]) {
      expect(SH_ONLY.test(script), script).toBe(true);
    }
    expect(SH_ONLY.test('node scripts/astro.ts build && npm run preview')).toBe(false);
  });
});
