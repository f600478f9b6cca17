/**
 * A static file server for a built site on 127.0.0.1, mounted under a base path like a real host would,
 * with the site's 404.html for unknown paths. Test-only: no caching; gzip on request (benchmarks). It counts
 * what it sends (headers and body, as on the wire), so a benchmark sees every request a page makes, its web
 * workers' included.
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticSite {
  origin: string;
  /** origin + base, ending in "/". */
  url: string;
  /** Bytes sent (headers and body, compressed as sent) and responses finished since the last reset. */
  traffic: { read(): { bytes: number; requests: number }; reset(): void };
  close(): Promise<void>;
}

export interface ServeOptions {
  headers?: Record<string, string>;
  /** gzip text, scripts and WebAssembly for clients that accept it, as a real host would (benchmarks). */
  gzip?: boolean;
}

const COMPRESSIBLE = /^(text\/|application\/(json|wasm|xml)|image\/svg)/;

export async function serveSite(root: string, base = '/', options: ServeOptions = {}): Promise<StaticSite> {
  const headers = options.headers ?? {};
  let bytes = 0;
  let requests = 0;
  // A keep-alive socket carries one response after another: each response is what its socket sent meanwhile.
  const counted = new WeakMap<object, number>();
  const server: Server = createServer((req, res) => {
    res.on('finish', () => {
      const socket = res.socket ?? req.socket;
      const total = socket.bytesWritten;
      bytes += total - (counted.get(socket) ?? 0);
      counted.set(socket, total);
      requests++;
    });
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const send = (file: string, status = 200) => {
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      const gzip = options.gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      res.writeHead(status, { 'Content-Type': type, ...(gzip ? { 'Content-Encoding': 'gzip' } : {}), ...headers });
      const stream = createReadStream(file);
      if (gzip) stream.pipe(createGzip({ level: 9 })).pipe(res);
      else stream.pipe(res);
    };
    if (!pathname.startsWith(base)) return send(path.join(root, '404.html'), 404);
    let file = path.join(root, pathname.slice(base.length));
    if (!file.startsWith(root)) return send(path.join(root, '404.html'), 404);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { Location: `${pathname}/` });
        return res.end();
      }
      file = path.join(file, 'index.html');
    }
    if (!existsSync(file)) return send(path.join(root, '404.html'), 404);
    send(file);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}${base}`,
    traffic: {
      read: () => ({ bytes, requests }),
      reset: () => {
        bytes = 0;
        requests = 0;
      },
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
