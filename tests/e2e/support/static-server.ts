import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, request, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { extname, resolve, sep } from 'node:path';

/** A folder served under a URL prefix, e.g. `{ prefix: '/dist/', dir: '/path/to/dist' }`. */
export interface StaticRoot {
  prefix: string;
  dir: string;
}

export interface PageOptions {
  /** Extra response headers, e.g. a Content-Security-Policy. */
  headers?: Record<string, string>;
}

export interface StaticServer {
  /** Origin, without a trailing slash: `http://127.0.0.1:PORT`. */
  url: string;
  /** Registers an HTML page and returns its path (`/p/<n>.html`). */
  page(html: string, options?: PageOptions): string;
  /**
   * Proxies `<prefix>/…` on this origin to `target` (another local server), so a page can use a
   * same-origin endpoint path. Returns the prefix (`/fwd/<n>`).
   */
  forward(target: string): string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/** The file under `dir` that `relative` names, or undefined when it would leave `dir`. */
function resolveInside(dir: string, relative: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(relative);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const root = resolve(dir);
  const file = resolve(root, `.${sep}${decoded}`);
  return file.startsWith(root + sep) ? file : undefined;
}

function send(res: ServerResponse, status: number, body: string | Buffer, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'Cache-Control': 'no-store', 'Content-Length': String(Buffer.byteLength(body)), ...headers });
  res.end(body);
}

/** A small static file server for the browser tests: the built widget and pages made per test. */
export async function startStaticServer({
  roots,
  host = '127.0.0.1',
  port = 0,
}: {
  roots: StaticRoot[];
  host?: string;
  port?: number;
}): Promise<StaticServer> {
  const pages = new Map<string, { html: string; headers: Record<string, string> }>();
  const forwards = new Map<string, string>();
  let nextPage = 0;
  let nextForward = 0;

  async function serveFile(res: ServerResponse, pathname: string): Promise<boolean> {
    const root = roots.find((candidate) => pathname.startsWith(candidate.prefix));
    if (!root) return false;
    const file = resolveInside(root.dir, pathname.slice(root.prefix.length));
    if (!file) {
      send(res, 403, 'Forbidden');
      return true;
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      const body = await readFile(file);
      send(res, 200, body, { 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
    } catch {
      send(res, 404, 'Not found');
    }
    return true;
  }

  /** Passes the request through unchanged (cookies included) and the answer back. */
  function proxy(req: IncomingMessage, res: ServerResponse, target: string, rest: string) {
    const url = new URL(rest || '/', target);
    const upstream = request(url, { method: req.method, headers: { ...req.headers, host: url.host } }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  }

  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const forward = /^\/fwd\/\d+/.exec(pathname);
    const target = forward && forwards.get(forward[0]);
    if (target) return proxy(req, res, target, pathname.slice(forward[0].length));
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', { Allow: 'GET' });
    if (pathname === '/favicon.ico') return send(res, 204, '');
    const page = pages.get(pathname);
    if (page) return send(res, 200, page.html, { 'Content-Type': CONTENT_TYPES['.html'] as string, ...page.headers });
    serveFile(res, pathname).then(
      (served) => served || send(res, 404, 'Not found'),
      () => send(res, 500, 'Error'),
    );
  });
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ready());
  });
  const { port: bound } = server.address() as AddressInfo;

  return {
    url: `http://${host}:${bound}`,
    page(html, options = {}) {
      const path = `/p/${++nextPage}.html`;
      pages.set(path, { html, headers: options.headers ?? {} });
      return path;
    },
    forward(target) {
      const prefix = `/fwd/${++nextForward}`;
      forwards.set(prefix, target);
      return prefix;
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((done) => server.close(() => done()));
    },
  };
}
