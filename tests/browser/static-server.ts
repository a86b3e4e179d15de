import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { headersFor, parseHeadersFile, type HeadersRule } from '../../scripts/check-site/headers-file.ts';

/** A running static file server and how to stop it. */
export interface StaticServer {
  /** Origin without a trailing slash, e.g. "http://127.0.0.1:40123". */
  url: string;
  close: () => Promise<void>;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

/** The Content-Type a host sends for `file`; Pagefind's index chunks (.pf_meta, .pf_index, .pf_fragment, .pf_filter) are binary. */
export function contentTypeOf(file: string): string {
  const ext = extname(file).toLowerCase();
  if (ext.startsWith('.pf_')) return 'application/octet-stream';
  return contentTypes[ext] ?? 'application/octet-stream';
}

/** Serves `root` on 127.0.0.1 at a free port, like a static host: dir/ -> dir/index.html, 404.html, `_headers`. */
export async function serveStatic(root: string): Promise<StaticServer> {
  const headersPath = join(root, '_headers');
  const rules: HeadersRule[] = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      response.writeHead(400).end('bad path');
      return;
    }
    const file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) {
      response.writeHead(403).end('outside the site');
      return;
    }
    const send = (status: number, target: string, urlPath: string): void => {
      const headers: Record<string, string> = { 'Content-Type': contentTypeOf(target), 'Cache-Control': 'no-cache' };
      for (const [name, value] of headersFor(rules, urlPath)) headers[name] = value;
      response.writeHead(status, headers);
      if (request.method === 'HEAD') response.end();
      else createReadStream(target).pipe(response);
    };
    const stat = existsSync(file) ? statSync(file) : undefined;
    if (stat?.isDirectory()) {
      if (!path.endsWith('/')) {
        response.writeHead(301, { Location: `${path}/${url.search}` }).end();
        return;
      }
      const index = join(file, 'index.html');
      if (existsSync(index)) return send(200, index, path);
    } else if (stat?.isFile()) {
      return send(200, file, path);
    }
    const notFound = join(root, '404.html');
    if (existsSync(notFound)) return send(404, notFound, path);
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
