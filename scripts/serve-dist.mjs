import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** Where the build goes: dist/, or DIST_DIR (the test suite builds into .test-dist/). */
export const builtSiteDir = process.env.DIST_DIR || 'dist';

/**
 * Serves a built site the way a static host does: under its base path, directory URLs to
 * index.html, and the site's own 404 page; `headers` go on every response (a host's CSP, say).
 * Resolves with the server and its origin.
 */
export function serveDist({ dir = builtSiteDir, base = '/', port = 0, headers = {} } = {}) {
  const prefix = base.replace(/\/?$/, '/');
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8', ...headers });
      return res.end('Bad request: the address is not valid percent-encoding.');
    }
    if (!path.startsWith(prefix)) return send(res, 404, join(dir, '404.html'), headers);
    path = normalize(path.slice(prefix.length)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, path);
    try {
      if ((await stat(file)).isDirectory()) {
        if (!url.pathname.endsWith('/')) {
          res.writeHead(301, { location: `${url.pathname}/${url.search}` });
          return res.end();
        }
        file = join(file, 'index.html');
      }
      await send(res, 200, file, headers);
    } catch {
      await send(res, 404, join(dir, '404.html'), headers);
    }
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      resolve({ server, origin: `http://127.0.0.1:${actual}`, url: `http://127.0.0.1:${actual}${prefix}` });
    });
  });
}

/** Text is compressed and hashed assets are cached, as a static host (GitHub Pages) does. */
const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt']);

async function send(res, status, file, headers) {
  try {
    let body = await readFile(file);
    const extra = {};
    if (compressible.has(extname(file)) && /\bgzip\b/.test(String(res.req.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body);
      Object.assign(extra, { 'content-encoding': 'gzip', vary: 'accept-encoding' });
    }
    if (/[\\/]_astro[\\/]/.test(file)) extra['cache-control'] = 'public, max-age=31536000, immutable';
    res.writeHead(status, { ...headers, ...extra, 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(status, { 'content-type': 'text/plain' });
    res.end('Not found');
  }
}
