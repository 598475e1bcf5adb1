/**
 * `npm start`: serves the demo storefront (and the built widget under /dist/) and runs the
 * answers collector beside it, on another port, so the widget posts cross-origin with CORS
 * exactly as it would from a retail site to a separate answers endpoint. The collector takes
 * answers from the storefront's origin only, and keeps them in data/ (outside every served folder).
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCollector } from './collector.js';
import { startStatic } from './static-server.js';

const demoDir = dirname(fileURLToPath(import.meta.url));
const distDir = join(demoDir, '..', 'dist');
const dataDir = process.env.DATA_DIR || join(demoDir, '..', 'data');
/** The pages' snippet names this port, so another one needs the pages edited too. */
const PAGES_COLLECTOR_PORT = 4174;

/** A whole number from the environment, or the default; anything else is a mistake worth stopping for. */
function wholeFrom(name, fallback, max, what) {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (Number.isInteger(number) && number >= 0 && number <= max) return number;
  console.error(`${name}=${value} is not ${what}.`);
  process.exit(1);
}
const portFrom = (name, fallback) => wholeFrom(name, fallback, 65535, 'a port number');

/** A comma-separated list from the environment. */
const listFrom = (name) =>
  (process.env[name] ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

if (!existsSync(join(distDir, 'feelback.js'))) {
  console.error('dist/feelback.js is missing: run `npm start` (it builds first).');
  process.exit(1);
}

const port = portFrom('PORT', 4173);
const collectorPort = portFrom('COLLECTOR_PORT', PAGES_COLLECTOR_PORT);
const running = [];

try {
  running.push(
    await startStatic({
      port,
      roots: [
        { prefix: '/dist/', dir: distDir },
        { prefix: '/', dir: demoDir },
      ],
    }),
  );
  const shop = running[0].url;
  running.push(
    await startCollector({
      port: collectorPort,
      host: process.env.COLLECTOR_HOST || '127.0.0.1',
      database: join(dataDir, 'answers.sqlite'),
      dataFile: join(dataDir, 'answers.ndjson'),
      allowedOrigins: [shop, shop.replace('127.0.0.1', 'localhost'), ...listFrom('ALLOWED_ORIGINS')],
      token: process.env.COLLECTOR_TOKEN || undefined,
      alerts: process.env.ALERT_WEBHOOK
        ? {
            webhook: process.env.ALERT_WEBHOOK,
            intervalMs: 1000 * wholeFrom('ALERT_INTERVAL_S', 300, 86400, 'a number of seconds (0–86400)'),
          }
        : undefined,
    }),
  );
} catch (error) {
  const hint = error.code === 'EADDRINUSE' ? ` Is the demo already running? Set PORT or COLLECTOR_PORT.` : '';
  console.error(`Could not start the demo: ${error.message}.${hint}`);
  await Promise.all(running.map((server) => server.close()));
  process.exit(1);
}

const [storefront, collector] = running;
if (existsSync(join(demoDir, 'data'))) {
  console.warn(`\nNote: demo/data/ (where answers were kept before) is served by the storefront: move or delete it.`);
}
// The studio posts to the collector on its own origin, whatever port either got (answers only:
// the collector's reads stay on its own origin).
storefront.forward(collector.url, { prefix: '/collector', methods: ['POST', 'OPTIONS'] });
console.log(`
feelback demo
  storefront   ${storefront.url}/
  studio       ${storefront.url}/studio.html
  insights     ${collector.url}/
  endpoint     ${collector.endpoint}
  saved in     ${relative(process.cwd(), dataDir) || dataDir}/ (answers.sqlite, answers.ndjson)

Press Ctrl+C to stop.`);
if (collectorPort !== PAGES_COLLECTOR_PORT) {
  // The port it got: COLLECTOR_PORT=0 asks for any free one.
  const got = new URL(collector.url).port;
  console.warn(`\nNote: the demo pages post to port ${PAGES_COLLECTOR_PORT}; edit their snippet to use ${got}.`);
}

let stopping = false;
/** Closes both servers (open keep-alive sockets included) so the ports are free at once. */
async function stop(signal) {
  if (stopping) process.exit(1); // A second Ctrl+C means "now".
  stopping = true;
  console.log(`\n${signal}: stopping the demo.`);
  await Promise.all(running.map((server) => server.close()));
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
