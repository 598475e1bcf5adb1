/**
 * A minimal static file server for the demo storefront and the end-to-end tests: enough to load
 * pages and the built widget over real HTTP (IndexedDB, fetch and CORS behave as on a real site,
 * which they do not on file:// URLs), and nothing a dev server would add behind our back.
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { listen } from './listen.js';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

const inside = (dir, file) => file === dir || file.startsWith(dir + sep);

/**
 * Finds the file for a URL path, or undefined. The path is decoded first (so `%2e%2e%2f` counts
 * as `../`), then resolved and checked to stay inside its root, also after following symlinks.
 */
async function findFile(urlPath, roots) {
  let path;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  // No NUL bytes and no dotfiles (.git, .env): nothing a storefront would ever link to.
  if (path.includes('\0') || /(^|[/\\])\./.test(path)) return undefined;
  const root = roots.find((candidate) => path.startsWith(candidate.prefix));
  if (!root) return undefined;
  const file = join(root.dir, path.slice(root.prefix.length));
  if (!inside(root.dir, file)) return undefined;
  try {
    const info = await stat(file);
    if (info.isDirectory()) {
      if (path.endsWith('/')) return findFile(`${urlPath}index.html`, roots);
      // One leading slash only: `//host/dir` must not become a redirect to another site.
      return { redirect: `/${urlPath.replace(/^[/\\]+/, '')}/` };
    }
    if (!info.isFile() || !inside(root.real, await realpath(file))) return undefined;
    return { file, size: info.size };
  } catch {
    return undefined;
  }
}

/**
 * Serves each root's `dir` under its URL `prefix` (e.g. `{ prefix: '/dist/', dir }`); the longest
 * matching prefix wins, so `/` can be the catch-all. Resolves once listening; `port: 0` picks a
 * free port. Returns `{ url, port, close() }`.
 */
export async function startStatic({ port = 0, host = '127.0.0.1', roots }) {
  const table = await Promise.all(
    roots.map(async ({ prefix, dir }) => {
      const absolute = resolve(dir);
      return { prefix: prefix.endsWith('/') ? prefix : `${prefix}/`, dir: absolute, real: await realpath(absolute) };
    }),
  );
  table.sort((a, b) => b.prefix.length - a.prefix.length);

  const server = createServer(async (req, res) => {
    const fail = (status, message, headers = {}) => {
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
      res.end(`${message}\n`);
    };
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') return fail(405, 'Method not allowed', { Allow: 'GET, HEAD' });
      const urlPath = (req.url ?? '/').split(/[?#]/)[0];
      const found = await findFile(urlPath, table);
      if (!found) return fail(404, 'Not found');
      if (found.redirect) return fail(301, 'Moved', { Location: found.redirect });
      res.writeHead(200, {
        'Content-Type': TYPES[extname(found.file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Length': found.size,
        // The widget is rebuilt while the demo runs: always revalidate.
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
      });
      if (req.method === 'HEAD') return res.end();
      createReadStream(found.file)
        .on('error', () => res.destroy())
        .pipe(res);
    } catch {
      if (!res.headersSent) fail(500, 'Internal error');
      else res.destroy();
    }
  });
  return listen(server, { port, host });
}
