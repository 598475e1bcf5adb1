/**
 * POST /answers: the one route other origins may use. In order: the rate limit, the origin, the
 * test mode, the body (size, type, the zod schema), then one transaction for the whole batch.
 */
import { BATCH_TYPES, MAX_BODY, parseBatch, readBody } from '../batch.js';
import { isBusy } from './store.js';
import { acceptedReply, delayOf, misbehaveBefore } from './test-modes.js';

/** What `record` keeps for tests: the latest requests, their bodies at most this much in all. */
const RECORD_BYTES = 16 * 1024 * 1024;

/** A list of the latest requests that drops the oldest past RECORD_BYTES of bodies (or keeps none). */
export function createRecorder(enabled) {
  const requests = [];
  let bytes = 0;
  return {
    requests,
    add(entry) {
      if (!enabled) return entry;
      requests.push(entry);
      bytes += entry.body.length;
      while (bytes > RECORD_BYTES && requests.length > 1) bytes -= requests.shift().body.length;
      return entry;
    },
    clear() {
      requests.length = 0;
      bytes = 0;
    },
  };
}

/**
 * `accept(events)` stores a valid batch and returns `{ accepted, duplicates }`; `nextMode()` the
 * test mode for this request; `judge` an optional test verdict per batch.
 */
export function createIngest({ access, rateLimit, recorder, nextMode, judge, accept }) {
  return async function ingest(req, path, send) {
    const cors = access.ingest(req);
    const wait = rateLimit?.take(req.socket.remoteAddress ?? '') ?? 0;
    const entry = (body, mode) =>
      recorder.add({
        method: req.method,
        path,
        url: req.url ?? path,
        mode,
        contentType: req.headers['content-type'] ?? '',
        headers: { ...req.headers },
        body,
        status: null,
        at: Date.now(),
      });
    // Decided in the same tick as the record appears, so a test never sees it half-done.
    const reply = (record, status, body, extra = {}, delayMs = 0) => {
      record.status = status;
      const headers = { ...cors.headers, ...extra };
      if (delayMs) setTimeout(() => send(status, body, headers), delayMs);
      else send(status, body, headers);
    };

    if (wait) return reply(entry('', 'ok'), 429, { error: 'too many requests' }, { 'Retry-After': String(wait) });
    if (cors.refused) return reply(entry('', 'ok'), 403, { error: cors.refused });
    const { body, tooLarge } = await readBody(req);
    const mode = nextMode();
    const record = entry(body, mode);
    const answer = (status, payload, extra) => reply(record, status, payload, extra, delayOf(mode));

    if (misbehaveBefore(mode, req, answer)) return;
    if (tooLarge) return answer(413, { error: `the body is larger than ${MAX_BODY} bytes` });
    const type = record.contentType.split(';')[0].trim().toLowerCase();
    if (!BATCH_TYPES.includes(type)) return answer(415, { error: `expected Content-Type ${BATCH_TYPES.join(' or ')}` });
    const batch = parseBatch(body);
    if (batch.error) return answer(400, { error: batch.error });
    const verdict = judge()?.(batch.events);
    if (verdict !== undefined) return answer(verdict, { error: `simulated HTTP ${verdict} for this batch` });
    let result;
    try {
      result = accept(batch.events);
    } catch (error) {
      // Another process holds the database: nothing was stored, and the widget retries a 503.
      if (isBusy(error)) return answer(503, { error: 'the database is busy: try again' }, { 'Retry-After': '1' });
      return answer(500, { error: `could not save the answers: ${error.message}` });
    }
    answer(...acceptedReply(mode, result));
  };
}
