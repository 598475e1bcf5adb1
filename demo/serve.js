/**
 * `npm start`: serves the demo storefront (and the built widget under /dist/) and runs the
 * answers collector beside it, on another port, so the widget posts cross-origin with CORS
 * exactly as it would from a retail site to a separate answers endpoint.
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCollector } from './collector.js';
import { startStatic } from './static-server.js';

const demoDir = dirname(fileURLToPath(import.meta.url));
const distDir = join(demoDir, '..', 'dist');
const dataFile = join(demoDir, 'data', 'answers.ndjson');
/** The pages' snippet names this port, so another one needs the pages edited too. */
const PAGES_COLLECTOR_PORT = 4174;

/** A port from the environment, or the default; anything else is a mistake worth stopping for. */
function portFrom(name, fallback) {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const port = Number(value);
  if (Number.isInteger(port) && port >= 0 && port <= 65535) return port;
  console.error(`${name}=${value} is not a port number.`);
  process.exit(1);
}

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
  running.push(await startCollector({ port: collectorPort, dataFile }));
} catch (error) {
  const hint = error.code === 'EADDRINUSE' ? ` Is the demo already running? Set PORT or COLLECTOR_PORT.` : '';
  console.error(`Could not start the demo: ${error.message}.${hint}`);
  await Promise.all(running.map((server) => server.close()));
  process.exit(1);
}

const [storefront, collector] = running;
// The studio finds the collector on its own origin, whatever port either got.
storefront.forward(collector.url, '/collector');
console.log(`
feelback demo
  storefront   ${storefront.url}/
  studio       ${storefront.url}/studio.html
  answers      ${collector.url}/
  endpoint     ${collector.endpoint}
  saved in     ${relative(process.cwd(), dataFile) || dataFile}

Press Ctrl+C to stop.`);
if (collectorPort !== PAGES_COLLECTOR_PORT) {
  console.warn(
    `\nNote: the demo pages post to port ${PAGES_COLLECTOR_PORT}; edit their snippet to use ${collectorPort}.`,
  );
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
