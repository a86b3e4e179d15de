/**
 * A static file server for a built site, on 127.0.0.1 and a free port, behaving like a static host:
 * dir/ -> dir/index.html, a folder without its slash redirects, 404.html, the `_headers` file.
 * The browser tests serve through it as it is; the bench asks it to gzip text types, as a real host would,
 * so its transfer figures are realistic.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersFor, parseHeadersFile, type HeadersRule } from './check-site/headers-file.ts';

/** How to serve. */
export interface ServeOptions {
  /** Gzip text types when the request accepts it (and send Content-Length); otherwise files are streamed as they are. */
  gzip?: boolean;
}

/** One response body sent: its URL path and its bytes as sent (after gzip, when gzipped). */
export interface ServedFile {
  path: string;
  bytes: number;
}

/** A running static file server and how to stop it. */
export interface StaticServer {
  /** Origin without a trailing slash, e.g. "http://127.0.0.1:40123". */
  url: string;
  /** Every file body sent, in order (redirects and refusals carry no file and are not listed). */
  served: ServedFile[];
  close: () => Promise<void>;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

/** Types worth compressing on the fly; Pagefind's own index chunks are gzip already and stay as they are. */
const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.txt', '.csv', '.xml', '.wasm']);

/** The Content-Type a host sends for `file`; Pagefind's index chunks (.pf_meta, .pf_index, .pf_fragment, .pf_filter) are binary. */
export function contentTypeOf(file: string): string {
  const ext = extname(file).toLowerCase();
  if (ext.startsWith('.pf_')) return 'application/octet-stream';
  return contentTypes[ext] ?? 'application/octet-stream';
}

/** Serves `root` until closed. */
export async function serveStatic(dir: string, options: ServeOptions = {}): Promise<StaticServer> {
  // Absolute, so the check that a request stays inside it compares like with like ("./dist" vs "dist/a").
  const root = resolve(dir);
  const headersPath = join(root, '_headers');
  const rules: HeadersRule[] = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
  const served: ServedFile[] = [];
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
      const ext = extname(target).toLowerCase();
      const head = request.method === 'HEAD';
      if (options.gzip) {
        let body = readFileSync(target);
        if (compressible.has(ext) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
          body = gzipSync(body);
          headers['Content-Encoding'] = 'gzip';
        }
        headers['Content-Length'] = String(body.length);
        if (!head) served.push({ path: urlPath, bytes: body.length });
        response.writeHead(status, headers).end(head ? undefined : body);
        return;
      }
      if (!head) served.push({ path: urlPath, bytes: statSync(target).size });
      response.writeHead(status, headers);
      if (head) response.end();
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
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    served,
    close: () =>
      new Promise<void>((closed, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : closed()));
      }),
  };
}
