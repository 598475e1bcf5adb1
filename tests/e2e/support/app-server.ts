import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Where tests/apps/build.mjs puts the example apps (`npm run build:apps`). */
export const APPS_DIR = fileURLToPath(new URL('../../../test-results/apps/', import.meta.url));

export interface AppServer {
  readonly url: string;
  /** Where `/answers` is passed on to (the test's collector); until set, it answers 503. */
  endpoint: string | undefined;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html' };

/**
 * Serves the built example apps as a site would: `/<app>/assets/…` are files, any other path
 * under `/<app>/` is the app's page (a single-page app's routes; the server-rendered app renders
 * it on each request), and `/answers` is the site's own endpoint, passed on to `endpoint` (the
 * test's collector, which must allow this origin), so the apps use `endpoint: '/answers'` as the
 * README shows.
 */
export async function startAppServer(): Promise<AppServer> {
  if (!existsSync(join(APPS_DIR, 'react', 'index.html')))
    throw new Error('the example apps are not built: run `npm run build && npm run build:apps` first.');
  const ssr = (await import(pathToFileURL(join(APPS_DIR, 'ssr-server', 'entry-server.js')).href)) as {
    render(): string;
  };
  let url = '';
  const apps: AppServer = {
    get url() {
      return url;
    },
    endpoint: undefined,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split(/[?#]/)[0] ?? '/'));
    if (path === '/answers') {
      if (!apps.endpoint) return res.writeHead(503).end();
      const upstream = request(apps.endpoint, { method: req.method, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      upstream.on('error', () => res.destroy());
      req.pipe(upstream);
      return;
    }
    const [, app, rest = ''] = /^\/([\w-]+)\/(.*)$/.exec(path) ?? [];
    // A page without an icon makes the browser ask for one: no 404 in its console.
    if (path === '/favicon.ico') return res.writeHead(204).end();
    if (!app || !existsSync(join(APPS_DIR, app, 'index.html'))) return res.writeHead(404).end();
    if (rest.startsWith('assets/') && existsSync(join(APPS_DIR, app, rest))) {
      res.writeHead(200, { 'Content-Type': TYPES[extname(rest)] ?? 'application/octet-stream' });
      createReadStream(join(APPS_DIR, app, rest)).pipe(res);
      return;
    }
    if (extname(rest)) return res.writeHead(404).end();
    const page = readFileSync(join(APPS_DIR, app, 'index.html'), 'utf8');
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(app === 'ssr' ? page.replace('<!--app-->', ssr.render()) : page);
  });
  const sockets = new Set<import('node:net').Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  url = `http://127.0.0.1:${port}`;
  return apps;
}
