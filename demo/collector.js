/**
 * A small, real answers collector for the demo and the end-to-end tests. It accepts the widget's
 * CloudEvents batches from the origins it is given, validates each with the zod schema, keeps each
 * event once in SQLite (by `id`, as a real endpoint must, because the widget retries until it
 * sees a 2xx), serves the insights page on loopback, and can misbehave on purpose (see
 * `collector.d.ts` for the modes) so tests can prove that answers survive a bad endpoint.
 */
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname } from 'node:path';
import { LOW_RATING_MAX } from '../dist/esm/schema.js';
import { createAccess } from './collector/access.js';
import { createAlerts } from './collector/alerts.js';
import { createIngest, createRecorder } from './collector/ingest.js';
import { createRateLimit } from './collector/rate-limit.js';
import { failed, sender } from './collector/respond.js';
import { idKey, openStore } from './collector/store.js';
import { checkMode } from './collector/test-modes.js';
import { createReads } from './insights/routes.js';
import { listen } from './listen.js';

const BASE = 'http://collector.invalid';

/**
 * The request headers a page may send here: the widget's own, and `X-Api-Key`, the
 * `delivery.headers` the demo's tests set. Never whatever a preflight asks for.
 */
const ALLOWED_HEADERS = 'content-type, idempotency-key, x-api-key';

const isLow = ({ data }) => data.rating !== undefined && data.rating <= LOW_RATING_MAX[data.instrument];

/** Starts the collector; resolves once it listens. `port: 0` picks a free port (see `url`). */
export async function startCollector({
  port = 0,
  host = '127.0.0.1',
  database = ':memory:',
  dataFile,
  allowedOrigins = [],
  token,
  record = false,
  rateLimit = {},
  alerts,
} = {}) {
  const access = createAccess({ host, allowedOrigins, token });
  if (database !== ':memory:') mkdirSync(dirname(database), { recursive: true });
  if (dataFile) mkdirSync(dirname(dataFile), { recursive: true });
  const store = openStore(database);
  const recorder = createRecorder(record);
  const alerter = alerts?.webhook ? createAlerts(alerts) : undefined;
  let duplicates = 0;
  let preflights = 0;
  let mode = 'ok';
  let queued = [];
  let judge;

  /**
   * Whether a new negative answer is news, so that a prompt is told once whatever order its
   * answers arrive in (insights count it once): not a partial answer a stored answer replaces, nor
   * an answer replacing a negative one stored, and so told, before this batch.
   */
  const isNews = (event, freshIds) =>
    isLow(event) &&
    !(event.data.partial && store.isReplaced(event.id)) &&
    !(event.data.replaces && !freshIds.has(idKey(event.data.replaces)) && store.isLow(event.data.replaces));

  /** Runs what follows a commit; a failure is logged, as the events are stored whatever happens to it. */
  const afterCommit = (what, task) => {
    try {
      task();
    } catch (error) {
      console.error(`collector: the ${what} of stored events failed: ${error?.message ?? error}`);
    }
  };

  /**
   * Stores a valid batch (one transaction). Once committed the request succeeds: failing it would
   * have the widget retry into duplicates, never exported nor told. The NDJSON export and the
   * alert get exactly the events this batch stored.
   */
  function accept(events) {
    const fresh = store.add(events);
    duplicates += events.length - fresh.length;
    afterCommit('export', () => {
      if (dataFile && fresh.length)
        appendFileSync(dataFile, fresh.map((event) => `${JSON.stringify(event)}\n`).join(''));
    });
    afterCommit('alert', () => {
      const freshIds = new Set(fresh.map((event) => idKey(event.id)));
      alerter?.add(fresh.filter((event) => isNews(event, freshIds)));
    });
    return { accepted: fresh.length, duplicates: events.length - fresh.length };
  }

  function reset() {
    store.clear();
    recorder.clear();
    duplicates = 0;
    preflights = 0;
    mode = 'ok';
    queued = [];
    judge = undefined;
  }

  const ingest = createIngest({
    access,
    rateLimit: rateLimit === false ? undefined : createRateLimit(rateLimit),
    recorder,
    nextMode: () => (queued.length ? queued.shift() : mode),
    judge: () => judge,
    accept,
  });
  function clear() {
    reset();
    if (dataFile) writeFileSync(dataFile, '');
  }
  const reads = createReads({ access, store, clear });

  async function handle(req, res) {
    const send = sender(res);
    // An absolute-form target (`GET http://[/answers`) is the client's mistake, not ours.
    if (!URL.canParse(req.url ?? '/', BASE)) return send(400, { error: 'the request target is not a URL' });
    const url = new URL(req.url ?? '/', BASE);
    if (url.pathname === '/answers' && req.method === 'OPTIONS') {
      preflights += 1;
      const cors = access.ingest(req);
      if (cors.refused) return send(403, { error: cors.refused });
      return send(204, undefined, {
        ...cors.headers,
        'Access-Control-Allow-Methods': 'POST',
        'Access-Control-Allow-Headers': ALLOWED_HEADERS,
        'Access-Control-Max-Age': '600',
      });
    }
    if (url.pathname === '/answers' && req.method === 'POST') return ingest(req, url.pathname, send);
    return reads(req, url, send);
  }

  // A client that sends its request slowly does not hold a connection for minutes. Node looks for
  // requests past these limits only every `connectionsCheckingInterval` (30 s by default, so a
  // 30 s limit held up to 60 s): each second, they hold within one.
  const server = createServer(
    { requestTimeout: 30_000, headersTimeout: 10_000, connectionsCheckingInterval: 1_000 },
    (req, res) => handle(req, res).catch((error) => failed(res, error)),
  );
  const listening = await listen(server, { port, host });
  return {
    url: listening.url,
    endpoint: `${listening.url}/answers`,
    get received() {
      return store.all();
    },
    requests: recorder.requests,
    get duplicates() {
      return duplicates;
    },
    /** CORS preflights answered: shows whether the widget's requests are "simple" ones. */
    get preflights() {
      return preflights;
    },
    setMode(next) {
      mode = checkMode(next);
    },
    queueModes(modes) {
      queued.push(...modes.map(checkMode));
    },
    judgeBatches(next) {
      if (next !== undefined && typeof next !== 'function') throw new TypeError('judgeBatches expects a function');
      judge = next;
    },
    reset,
    /** Also ends hanging requests, so a test never waits for a client timeout. */
    async close() {
      alerter?.close();
      await listening.close();
      store.close();
    },
  };
}
