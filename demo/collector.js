/**
 * A small, real answers collector for the demo and the end-to-end tests. It accepts the widget's
 * CloudEvents batches, keeps each answer once (by `id`, as a real endpoint must, because the
 * widget retries until it sees a 2xx), and can misbehave on purpose (see `collector.d.ts` for the
 * modes) so tests can prove that answers survive a bad endpoint.
 */
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname } from 'node:path';
import { answersPage } from './answers-page.js';
import { BATCH_TYPES, loadEvents, MAX_BODY, parseBatch, readBody } from './batch.js';
import { listen } from './listen.js';

const JSON_TYPE = 'application/json; charset=utf-8';
const NAMED_MODES = ['ok', 'hang', 'reset', 'not-http', 'html-body', 'garbage-body'];
const nonNegative = (value) => Number.isFinite(value) && value >= 0;

/** Fails loudly on a typo in a test rather than silently behaving like 'ok'. */
function checkMode(mode) {
  if (NAMED_MODES.includes(mode)) return mode;
  const { status, retryAfter = 0, delayMs = 0, location, ...unknown } = typeof mode === 'object' ? (mode ?? {}) : {};
  const statusOk = Number.isInteger(status) && status >= 200 && status <= 599;
  const retryOk = nonNegative(retryAfter) || (typeof retryAfter === 'string' && retryAfter !== '');
  // Only a redirect says where to go.
  const locationOk =
    location === undefined || (status >= 300 && status <= 399 && typeof location === 'string' && location !== '');
  if (statusOk && retryOk && locationOk && nonNegative(delayMs) && Object.keys(unknown).length === 0) return mode;
  throw new TypeError(`unknown collector mode ${JSON.stringify(mode)}`);
}

/**
 * Starts the collector. Resolves once it listens; `port: 0` picks a free port (see `url`).
 * With `dataFile`, accepted events are appended to it as NDJSON and reloaded on the next start.
 */
export async function startCollector({ port = 0, host = '127.0.0.1', dataFile } = {}) {
  const received = [];
  const requests = [];
  const seen = new Set();
  let duplicates = 0;
  let preflights = 0;
  let mode = 'ok';
  let queued = [];
  let judge;

  if (dataFile) {
    mkdirSync(dirname(dataFile), { recursive: true });
    for (const event of loadEvents(dataFile)) {
      if (!seen.has(event.id)) received.push(event);
      seen.add(event.id);
    }
  }

  /** Keeps new events; the file is written first, so what we report as accepted is on disk. */
  function accept(events) {
    const fresh = [];
    for (const event of events) {
      if (seen.has(event.id)) duplicates += 1;
      else fresh.push(event);
      seen.add(event.id);
    }
    if (dataFile && fresh.length) {
      try {
        appendFileSync(dataFile, fresh.map((event) => `${JSON.stringify(event)}\n`).join(''));
      } catch (error) {
        for (const event of fresh) seen.delete(event.id);
        throw error;
      }
    }
    received.push(...fresh);
    return { accepted: fresh.length, duplicates: events.length - fresh.length };
  }

  function reset() {
    received.length = 0;
    requests.length = 0;
    seen.clear();
    duplicates = 0;
    preflights = 0;
    mode = 'ok';
    queued = [];
    judge = undefined;
  }

  async function postAnswers(req, path, send) {
    const { body, tooLarge } = await readBody(req);
    const current = queued.length ? queued.shift() : mode;
    const entry = {
      method: req.method,
      path,
      url: req.url ?? path,
      mode: current,
      contentType: req.headers['content-type'] ?? '',
      headers: { ...req.headers },
      body,
      status: null,
      at: Date.now(),
    };
    requests.push(entry);
    // Decided now, in the same tick as the record appears, so a test never sees it half-done.
    const fault = typeof current === 'object' ? current : {};
    const reply = (status, ...rest) => {
      entry.status = status;
      if (fault.delayMs) setTimeout(() => send(status, ...rest), fault.delayMs);
      else send(status, ...rest);
    };

    if (current === 'hang') return; // close() destroys the socket.
    if (current === 'reset') return req.socket.resetAndDestroy?.() ?? req.socket.destroy();
    if (current === 'not-http') return req.socket.end('\u0000\u00ff not HTTP at all\r\n\r\n');
    if (fault.status >= 300) {
      const extra = {
        ...(fault.retryAfter === undefined ? {} : { 'Retry-After': String(fault.retryAfter) }),
        ...(fault.location === undefined ? {} : { Location: fault.location }),
      };
      return reply(fault.status, { error: `simulated HTTP ${fault.status}` }, extra);
    }
    if (tooLarge) return reply(413, { error: `the body is larger than ${MAX_BODY} bytes` });
    const type = entry.contentType.split(';')[0].trim().toLowerCase();
    if (!BATCH_TYPES.includes(type)) return reply(415, { error: `expected Content-Type ${BATCH_TYPES.join(' or ')}` });
    const batch = parseBatch(body);
    if (batch.error) return reply(400, { error: batch.error });
    const verdict = judge?.(batch.events);
    if (verdict !== undefined) return reply(verdict, { error: `simulated HTTP ${verdict} for this batch` });
    let result;
    try {
      result = accept(batch.events);
    } catch (error) {
      return reply(500, { error: `could not save the answers: ${error.message}` });
    }
    if (current === 'html-body') return reply(200, '<!doctype html><title>Welcome</title><p>Hello from a proxy</p>');
    if (current === 'garbage-body') return reply(200, Buffer.from([0xff, 0xfe, 0x00, 0x7b, 0x5b, 0x22]));
    reply(fault.status ?? 200, result);
  }

  async function handle(req, res) {
    const path = (req.url ?? '/').split('?')[0];
    res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '*');
    res.setHeader('Access-Control-Expose-Headers', 'Retry-After');
    res.setHeader('Vary', 'Origin');
    /** A delayed answer may find the connection gone (closed meanwhile): then there is none. */
    const send = (status, body, extra = {}) => {
      if (res.destroyed || res.headersSent) return;
      const empty = body === undefined || status === 204 || status === 304;
      const isText = typeof body === 'string';
      const isBytes = Buffer.isBuffer(body);
      const type = empty
        ? {}
        : { 'Content-Type': isBytes ? 'application/json' : isText ? 'text/html; charset=utf-8' : JSON_TYPE };
      res.writeHead(status, { ...type, 'Cache-Control': 'no-store', ...extra });
      res.end(empty ? undefined : isText || isBytes ? body : JSON.stringify(body));
    };

    if (req.method === 'OPTIONS') {
      preflights += 1;
      res.setHeader('Access-Control-Allow-Methods', 'POST, GET, OPTIONS');
      res.setHeader(
        'Access-Control-Allow-Headers',
        req.headers['access-control-request-headers'] ?? 'content-type, idempotency-key',
      );
      res.setHeader('Access-Control-Max-Age', '600');
      // Chrome asks before a public page may reach a loopback address.
      if (req.headers['access-control-request-private-network']) {
        res.setHeader('Access-Control-Allow-Private-Network', 'true');
      }
      return send(204);
    }
    const allow = { '/': ['GET'], '/answers': ['GET', 'POST', 'DELETE'] }[path];
    if (!allow) return send(404, { error: `no route for ${path}` });
    if (!allow.includes(req.method))
      return send(405, { error: `use ${allow.join(', ')}` }, { Allow: allow.join(', ') });
    if (path === '/') return send(200, answersPage);
    if (req.method === 'GET') return send(200, received);
    if (req.method === 'DELETE') {
      reset();
      if (dataFile) writeFileSync(dataFile, '');
      return send(204);
    }
    return postAnswers(req, path, send);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      // A client that went away mid-body, or a disk error: answer if we still can, never crash.
      if (!res.headersSent && !res.destroyed) {
        res.writeHead(500, { 'Content-Type': JSON_TYPE });
        res.end(JSON.stringify({ error: String(error?.message ?? error) }));
      } else res.destroy();
    });
  });
  const { url, close } = await listen(server, { port, host });
  return {
    url,
    endpoint: `${url}/answers`,
    received,
    requests,
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
    close,
  };
}
