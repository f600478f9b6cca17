/**
 * The code's layout keeps its promises (docs/architecture.md): no state shared through globalThis
 * (integrations hand the content model on explicitly), and folder names that say where code runs (nothing
 * named build/ inside src/; browser code only in src/browser/; src/lib/ shared with the browser, so no Node
 * modules there: the content model's Node side is src/content/, the build's is src/integrations/).
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

describe('src/lib/', () => {
  const LIB = path.join(SRC, 'lib');
  const lib = sources.filter((f) => f.startsWith(LIB + path.sep) && f.endsWith('.ts'));
  const imports = lib.flatMap((f) =>
    [...readFileSync(f, 'utf8').matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => [f, m[1]!] as const),
  );

  it('imports no Node module (pages, the browser and the build share it)', () => {
    expect(imports.length).toBeGreaterThan(0);
    expect(imports.filter(([, spec]) => spec.startsWith('node:')).map(([f, s]) => `${path.relative(SRC, f)}: ${s}`)).toEqual([]);
  });

  it('imports nothing of the Node side (src/content/, src/integrations/)', () => {
    const inside = [LIB, path.join(SRC, 'i18n')].map((dir) => dir + path.sep);
    expect(
      imports
        .filter(([f, spec]) => spec.startsWith('.') && !inside.some((dir) => path.resolve(path.dirname(f), spec).startsWith(dir)))
        .map(([f, s]) => `${path.relative(SRC, f)}: ${s}`),
    ).toEqual([]);
  });
});

describe("the school's commands", () => {
  // npm runs scripts in cmd.exe on Windows: no `VAR=value command`, no sh-only tests such as `test -d`.
  it('run the same on Windows, macOS and Linux', () => {
    const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    const commands = ['start', 'dev', 'build', 'preview', 'check', 'package'].map((name) => [name, scripts[name]] as const);
    expect(commands.every(([, script]) => script !== undefined)).toBe(true);
    expect(commands.filter(([, script]) => /(^|&&\s*)\w+=|\btest -[def]\b|\$\w+/.test(script!))).toEqual([]);
  });
});
