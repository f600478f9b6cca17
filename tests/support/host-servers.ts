/**
 * Real Apache and nginx (Debian's apache2 / apache2-bin and nginx packages) on 127.0.0.1, serving a built
 * site under its base path with the configuration the build wrote: Apache reads the site's .htaccess
 * (AllowOverride FileInfo, as little as a shared host may allow), nginx includes nginx-snippet.conf from
 * the site's folder, as docs/publishing.md tells a webmaster to. Each runs in the foreground from a temporary
 * folder of its own and is stopped by its process id. When a server is not installed, `available` says so.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HOST_FILES } from '../../src/integrations/host-config/host-config.ts';

const APACHE = ['/usr/sbin/apache2', '/usr/sbin/httpd'].find((p) => existsSync(p));
const APACHE_MODULES = '/usr/lib/apache2/modules';
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));

export const SERVERS = {
  apache:
    APACHE && existsSync(path.join(APACHE_MODULES, 'mod_headers.so')) ? undefined : 'Apache is not installed (apt-get install apache2-bin)',
  nginx: NGINX ? undefined : 'nginx is not installed (apt-get install nginx)',
} as const;

export interface RunningServer {
  /** origin + base path, ending in "/". */
  url: string;
  origin: string;
  close(): Promise<void>;
}

/** A free TCP port on a loopback address (closed again; taken by whoever asks next). */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface ServerOptions {
  /** Files to add to the served copy of the site (relative to it), e.g. a probe the site does not have. */
  files?: Record<string, string>;
  /** Lines for the server's own configuration (Apache), e.g. a host's mod_expires defaults. */
  config?: string[];
}

/** The site copied to <folder>/www/<base>, readable by the server's unprivileged workers. */
function stage(site: string, base: string, files: Record<string, string> = {}): { folder: string; docroot: string; siteDir: string } {
  const folder = mkdtempSync(path.join(tmpdir(), 'erasmus-server-'));
  const docroot = path.join(folder, 'www');
  const siteDir = path.join(docroot, base);
  mkdirSync(siteDir, { recursive: true });
  cpSync(site, siteDir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(siteDir, name), text);
  chmodSync(folder, 0o755);
  spawnSync('chmod', ['-R', 'a+rX', folder]);
  return { folder, docroot, siteDir };
}

async function waitUntilServing(origin: string, child: ChildProcess, log: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null)
      throw new Error(`the server exited (${child.exitCode}):\n${existsSync(log) ? readFileSync(log, 'utf8') : ''}`);
    try {
      await fetch(origin, { method: 'HEAD' });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`the server did not answer at ${origin}`);
}

function stopper(child: ChildProcess, folder: string): () => Promise<void> {
  return async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(folder, { recursive: true, force: true });
  };
}

/** Apache with the site's .htaccess. */
export async function startApache(site: string, base: string, options: ServerOptions = {}): Promise<RunningServer> {
  if (SERVERS.apache) throw new Error(SERVERS.apache);
  const { folder, docroot } = stage(site, base, options.files);
  const port = await freePort();
  const log = path.join(folder, 'error.log');
  const modules = ['mpm_event', 'authz_core', 'mime', 'dir', 'headers', 'alias', 'expires'];
  const conf = [
    `ServerRoot ${folder}`,
    'ServerName 127.0.0.1',
    `Listen 127.0.0.1:${port}`,
    `PidFile ${folder}/httpd.pid`,
    `ErrorLog ${log}`,
    `Mutex file:${folder}`,
    // Only used when started as root: the workers then run unprivileged.
    'User nobody',
    'Group nogroup',
    ...modules.map((m) => `LoadModule ${m}_module ${APACHE_MODULES}/mod_${m}.so`),
    ...(existsSync('/etc/mime.types') ? ['TypesConfig /etc/mime.types'] : []),
    `DocumentRoot ${docroot}`,
    'DirectoryIndex index.html',
    `<Directory ${docroot}>`,
    '  AllowOverride FileInfo',
    '  Require all granted',
    '</Directory>',
    ...(options.config ?? []),
  ];
  writeFileSync(path.join(folder, 'httpd.conf'), conf.join('\n') + '\n');
  const check = spawnSync(APACHE!, ['-t', '-f', path.join(folder, 'httpd.conf')], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`apache2 -t: ${check.stderr}`);
  const child = spawn(APACHE!, ['-f', path.join(folder, 'httpd.conf'), '-DFOREGROUND'], { stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}`;
  await waitUntilServing(origin, child, log);
  return { origin, url: `${origin}${base}`, close: stopper(child, folder) };
}

/** nginx with the site's snippet included in a server block whose root holds the site's folder. */
export async function startNginx(site: string, base: string, options: ServerOptions = {}): Promise<RunningServer> {
  if (SERVERS.nginx) throw new Error(SERVERS.nginx);
  const { folder, docroot, siteDir } = stage(site, base, options.files);
  const port = await freePort();
  const log = path.join(folder, 'error.log');
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${folder}/${t};`);
  const conf = [
    'daemon off;',
    'master_process off;',
    `pid ${folder}/nginx.pid;`,
    `error_log ${log} warn;`,
    'events {}',
    'http {',
    ...(existsSync('/etc/nginx/mime.types') ? ['  include /etc/nginx/mime.types;'] : []),
    '  default_type application/octet-stream;',
    '  access_log off;',
    ...temp.map((t) => `  ${t}`),
    '  server {',
    `    listen 127.0.0.1:${port};`,
    `    root ${docroot};`,
    `    include ${path.join(siteDir, HOST_FILES.nginx)};`,
    '  }',
    '}',
  ];
  const file = path.join(folder, 'nginx.conf');
  writeFileSync(file, conf.join('\n') + '\n');
  const args = ['-p', folder, '-e', log, '-c', file];
  const check = spawnSync(NGINX!, ['-t', ...args], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t: ${check.stderr}`);
  const child = spawn(NGINX!, args, { stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}`;
  await waitUntilServing(origin, child, log);
  return { origin, url: `${origin}${base}`, close: stopper(child, folder) };
}
