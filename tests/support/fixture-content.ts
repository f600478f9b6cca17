/** A writable copy of tests/another-school/content in a temporary folder, for tests that break it on purpose. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const FIXTURE_CONTENT = path.resolve('tests/another-school/content');
export const FIXTURE_EDITION = '2030-2032';

export interface ContentCopy {
  root: string;
  file(rel: string): string;
  editJson(rel: string, edit: (data: any) => void): void; // eslint-disable-line @typescript-eslint/no-explicit-any -- fixtures are edited freely
  read(rel: string): string;
  write(rel: string, text: string): void;
  writeJson(rel: string, data: unknown): void;
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
    read: (rel) => readFileSync(file(rel), 'utf8'),
    write: (rel, text) => writeFileSync(file(rel), text),
    writeJson: (rel, data) => writeFileSync(file(rel), JSON.stringify(data, null, 2)),
    remove: (rel) => rmSync(file(rel), { force: true }),
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
}
