/**
 * The browser editor driven headless, for its browser test and the guide's screenshots: `npm run edit`'s
 * development server started on a port of its own, and the editor opened with a copy of the project's content.
 *
 * Headless Chromium cannot show the folder picker of "Work with Local Repository", so the picker is replaced
 * by a folder of the page's own private file system (OPFS, a real FileSystemDirectoryHandle) holding a copy of
 * content/: the editor then reads and writes files exactly as it does in the project folder.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import type { Page } from 'playwright-core';

export interface EditServer {
  url: string;
  stop(): Promise<void>;
}

/** A free port of 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** `npm run edit -- --no-open` on a free port; resolves once the editor answers. `contentDir` points it at a copy of content/. */
export async function startEditServer(contentDir?: string, root = process.cwd()): Promise<EditServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['scripts/edit.ts', '--port', String(port), '--no-open'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...(contentDir && { CONTENT_DIR: contentDir }) },
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm run edit stopped:\n${output}`);
    try {
      if ((await fetch(`${url}redaktors/config.yml`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`npm run edit did not answer within 90 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}

/** Every file under a folder, as paths relative to `base` with "/" and their text. */
export function filesUnder(dir: string, base: string): { path: string; text: string }[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return filesUnder(file, base);
    return [{ path: path.relative(base, file).split(path.sep).join('/'), text: readFileSync(file, 'utf8') }];
  });
}

/** The folder in the page's private file system that stands in for the project folder. */
const PROJECT = 'project';

/**
 * Opens the editor on a copy of `files` (project-relative paths): writes them into the page's private file
 * system, makes the folder picker return that folder, and signs in with "Work with Local Repository".
 */
export async function openEditor(page: Page, editorUrl: string, files: { path: string; text: string }[]): Promise<void> {
  await page.addInitScript((name) => {
    Object.defineProperty(window, 'showDirectoryPicker', {
      value: async () => (await navigator.storage.getDirectory()).getDirectoryHandle(name),
    });
  }, PROJECT);
  await page.goto(editorUrl);
  await page.evaluate(
    async ({ name, files }) => {
      const root = await navigator.storage.getDirectory();
      await root.removeEntry(name, { recursive: true }).catch(() => undefined);
      const project = await root.getDirectoryHandle(name, { create: true });
      // The editor checks that it was given a project folder (one with .git).
      await project.getDirectoryHandle('.git', { create: true });
      for (const file of files) {
        const parts = file.path.split('/');
        let dir = project;
        for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
        const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
        await writable.write(file.text);
        await writable.close();
      }
    },
    { name: PROJECT, files },
  );
  await page.reload();
  await page.getByRole('button', { name: /Work with Local Repository/i }).click();
}

/** A file the editor wrote (or left) in the stand-in project folder; undefined if it is not there. */
export async function readEditorFile(page: Page, file: string): Promise<string | undefined> {
  return page.evaluate(
    async ({ name, file }) => {
      try {
        let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle(name);
        const parts = file.split('/');
        for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
        return await (await (await dir.getFileHandle(parts.at(-1)!)).getFile()).text();
      } catch {
        return undefined;
      }
    },
    { name: PROJECT, file },
  );
}
