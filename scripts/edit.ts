/**
 * npm run edit: the development server with the browser editor (src/integrations/editor), then the editor
 * opened in the browser. The editor writes into content/ through the browser (Chrome or Edge: "Work with
 * Local Repository"); the development server checks every change and the site's pages show it.
 *
 *   npm run edit                       port 4321, opens the browser
 *   npm run edit -- --port 4401 --no-open
 */
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { dev } from 'astro';
import { contentEditor, EDITOR_PATH } from '../src/integrations/editor/index.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
process.env.ASTRO_DISABLE_UPDATE_CHECK = 'true';
const { values } = parseArgs({ options: { port: { type: 'string', default: '4321' }, 'no-open': { type: 'boolean', default: false } } });

/** Opens the address in a browser that can write to a folder: Edge on Windows, Chrome on macOS if present. */
function openBrowser(url: string): void {
  const run = (command: string, args: string[]) => {
    const child = spawn(command, args, { stdio: 'ignore', detached: true, windowsVerbatimArguments: process.platform === 'win32' });
    child.on('error', () => console.log(`Atveriet ${url} pārlūkā Chrome vai Edge. / Open ${url} in Chrome or Edge.`));
    child.unref();
  };
  if (process.platform === 'win32') run('cmd', ['/c', 'start', '""', 'msedge', url]);
  else if (process.platform === 'darwin') run('open', ['-a', 'Google Chrome', url]);
  else run('xdg-open', [url]);
}

const server = await dev({
  integrations: [contentEditor()],
  server: { host: '127.0.0.1', port: Number(values.port) },
  devToolbar: { enabled: false },
});
const url = `http://127.0.0.1:${server.address.port}/${EDITOR_PATH}`;
console.log(
  `\nRedaktors: ${url}\nVietne / site: http://127.0.0.1:${server.address.port}/\nLai beigtu, aizveriet šo logu (vai Ctrl+C). / To stop, close this window (or Ctrl+C).\n`,
);
if (!values['no-open']) openBrowser(url);
