/**
 * A minimal static file server for the demo storefront and the end-to-end tests: enough to load
 * pages and the built widget over real HTTP (IndexedDB, fetch and CORS behave as on a real site,
 * which they do not on file:// URLs), and nothing a dev server would add behind our back. Tests
 * also register pages made on the fly and same-origin paths that forward to their collector.
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer, request } from 'node:http';
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

/** Passes a request through unchanged (cookies included) and the answer back. */
function proxy(req, res, url) {
  const upstream = request(url, { method: req.method, headers: { ...req.headers, host: url.host } }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  upstream.on('error', () => res.destroy());
  req.pipe(upstream);
}

/**
 * Serves each root's `dir` under its URL `prefix` (e.g. `{ prefix: '/dist/', dir }`); the longest
 * matching prefix wins, so `/` can be the catch-all. Pages registered with `page()` and prefixes
 * made with `forward()` come first. Resolves once listening; `port: 0` picks a free port.
 * Files are sent with `Access-Control-Allow-Origin: *` unless `cors` is false: the widget imports
 * its prompt and languages as modules, which browsers fetch with CORS, and a sandboxed iframe's
 * opaque origin makes even a same-host import cross-origin.
 */
export async function startStatic({ port = 0, host = '127.0.0.1', roots = [], cors = true } = {}) {
  const table = await Promise.all(
    roots.map(async ({ prefix, dir }) => {
      const absolute = resolve(dir);
      return { prefix: prefix.endsWith('/') ? prefix : `${prefix}/`, dir: absolute, real: await realpath(absolute) };
    }),
  );
  table.sort((a, b) => b.prefix.length - a.prefix.length);
  const pages = new Map();
  const forwards = new Map();

  const server = createServer(async (req, res) => {
    const fail = (status, message, headers = {}) => {
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
      res.end(`${message}\n`);
    };
    /** A 200 with these headers; `body()` writes the body, which HEAD does without. */
    const serve = (headers, body) => {
      // The widget is rebuilt while the demo runs: always revalidate.
      res.writeHead(200, { 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff', ...headers });
      if (req.method === 'HEAD') res.end();
      else body();
    };
    try {
      const urlPath = (req.url ?? '/').split(/[?#]/)[0];
      const forward = [...forwards.keys()].find((prefix) => urlPath === prefix || urlPath.startsWith(`${prefix}/`));
      if (forward) {
        const { target, methods } = forwards.get(forward);
        if (methods && !methods.includes(req.method))
          return fail(405, 'Method not allowed', { Allow: methods.join(', ') });
        // The rest starts with `/` or `?`, so it can never name another host.
        const rest = req.url.slice(forward.length) || '/';
        return proxy(req, res, new URL(target + rest));
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return fail(405, 'Method not allowed', { Allow: 'GET, HEAD' });
      const page = pages.get(urlPath);
      if (page) {
        const length = Buffer.byteLength(page.html);
        const headers = { 'Content-Type': TYPES['.html'], 'Content-Length': length, ...page.headers };
        return serve(headers, () => res.end(page.html));
      }
      const found = await findFile(urlPath, table);
      // A page without an icon makes the browser ask for one: no 404 noise in its console.
      if (!found && urlPath === '/favicon.ico') return res.writeHead(204).end();
      if (!found) return fail(404, 'Not found');
      if (found.redirect) return fail(301, 'Moved', { Location: found.redirect });
      const type = TYPES[extname(found.file).toLowerCase()] ?? 'application/octet-stream';
      const allow = cors ? { 'Access-Control-Allow-Origin': '*' } : {};
      serve({ 'Content-Type': type, 'Content-Length': found.size, ...allow }, () =>
        createReadStream(found.file)
          .on('error', () => res.destroy())
          .pipe(res),
      );
    } catch {
      if (!res.headersSent) fail(500, 'Internal error');
      else res.destroy();
    }
  });
  const listening = await listen(server, { port, host });
  let count = 0;
  return {
    ...listening,
    /** Serves `html` (with extra response `headers`, e.g. a CSP) at a new path, which it returns. */
    page(html, { headers = {} } = {}) {
      const path = `/p/${++count}.html`;
      pages.set(path, { html, headers });
      return path;
    },
    /**
     * Proxies `<prefix>/…` (by default `/fwd/<n>`) here to `target` + `/…`, for a same-origin
     * endpoint, only `methods` when given; returns the prefix.
     */
    forward(target, { prefix = `/fwd/${++count}`, methods } = {}) {
      forwards.set(prefix, { target: target.replace(/\/+$/, ''), methods });
      return prefix;
    },
  };
}
