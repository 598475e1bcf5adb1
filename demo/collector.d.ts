import type { IncomingHttpHeaders } from 'node:http';

/**
 * How the collector answers a POST to /answers:
 * - 'ok': accepts a valid batch: 200 `{ accepted, duplicates }` (400, 413 or 415 for a bad one);
 * - 'hang': reads the request and never answers (until `close()`);
 * - 'reset': reads the request and resets the connection;
 * - 'not-http': reads the request, writes bytes that are not an HTTP response and closes;
 *   nothing is accepted;
 * - 'html-body': accepts like 'ok', but the 200 carries an HTML page instead of JSON (as a
 *   proxy in front of a working endpoint might send);
 * - 'garbage-body': accepts like 'ok', but the 200 carries bytes that are neither JSON nor text;
 * - `{ status, retryAfter?, location?, delayMs? }`: a status that is not 2xx is sent without
 *   looking at the body (with `Retry-After` and, for a 3xx only, `Location` when given) and
 *   accepts nothing; a 2xx accepts like 'ok' with that status. Either way the answer leaves
 *   `delayMs` later. `{ status: 302, location: '/' }` redirects to the insights page, which
 *   answers a GET from loopback with 200.
 * CORS preflights are always answered at once. Modes come after the rate limit (429) and the
 * origin check (403): a refused request takes no mode.
 */
export type CollectorMode =
  | 'ok'
  | 'hang'
  | 'reset'
  | 'not-http'
  | 'html-body'
  | 'garbage-body'
  | { status: number; retryAfter?: number | string; location?: string; delayMs?: number };

/** One POST to /answers, whatever happened to it (kept only with `record: true`). */
export interface CollectedRequest {
  method: string;
  /** The path, without the query string. */
  path: string;
  /** The path with its query string, as requested. */
  url: string;
  /** The Content-Type header as sent; '' without one. */
  contentType: string;
  headers: IncomingHttpHeaders;
  /** The body as received; '' for one larger than 1 MiB or refused before it was read (403, 429). */
  body: string;
  /** The status answered (or, with `delayMs`, being answered); null when no HTTP answer was sent. */
  status: number | null;
  mode: CollectorMode;
  /** When the whole request had arrived (epoch ms). */
  at: number;
}

/** One CloudEvent as the collector stored it (as the zod schema parsed it: unknown fields left out). */
export type ReceivedEvent = Record<string, unknown> & { id: string };

export interface CollectorOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Default '127.0.0.1'. Any other than a loopback address needs a `token`. */
  host?: string;
  /** The SQLite file events are stored in; ':memory:' (the default) keeps them for this process only. */
  database?: string;
  /** An NDJSON file every newly stored event is appended to, as an export. */
  dataFile?: string;
  /**
   * Origins (`http://127.0.0.1:4173`, or `null` for a sandboxed iframe) allowed to post answers
   * across origins (CORS). Others get 403. A request without `Origin` is not from a browser page
   * and is allowed. Default: none.
   */
  allowedOrigins?: string[];
  /** Required for the insights page, its data, the exports and DELETE: as `?token=` or `Authorization: Bearer`. */
  token?: string;
  /** Keep every POST in `requests` (for tests; bodies up to 16 MiB in all, the oldest dropped first). */
  record?: boolean;
  /** Per client address: `burst` POSTs at once, then `perSecond` (default 60 and 10); `false` for none. */
  rateLimit?: { burst?: number; perSecond?: number } | false;
  /**
   * Negative answers to a Slack-compatible webhook: at most one digest per `intervalMs` (default 5
   * minutes). `onSent` is told each message's status or error; without it, a failed one is logged.
   */
  alerts?: { webhook: string; intervalMs?: number; onSent?: (outcome: number | Error) => void };
}

export interface Collector {
  /** Origin, `http://127.0.0.1:PORT`: GET / is the insights page. */
  readonly url: string;
  /** `url + '/answers'`: POST a batch; from loopback, GET the stored events, DELETE them all. */
  readonly endpoint: string;
  /** Unique events (by id) in the order they were stored, read from the database. */
  readonly received: ReceivedEvent[];
  /** With `record: true`, the latest POSTs to /answers, in the order they arrived; else empty. */
  readonly requests: CollectedRequest[];
  /** How many events repeated an id that had been accepted before. */
  readonly duplicates: number;
  /** CORS preflights answered. */
  readonly preflights: number;
  /** How to answer from now on; throws on an unknown mode. */
  setMode(mode: CollectorMode): void;
  /** Modes for the next POSTs, one each, before falling back to the mode set with `setMode`. */
  queueModes(modes: CollectorMode[]): void;
  /**
   * Decides a status per valid batch (after the mode allowed it): a number answers that status
   * and accepts nothing; undefined accepts as usual. `undefined` removes the judge.
   */
  judgeBatches(judge: ((events: ReceivedEvent[]) => number | undefined) | undefined): void;
  /** Forgets every event, request and count, and goes back to 'ok' (the NDJSON file is kept). */
  reset(): void;
  /** Stops listening and ends open connections, hanging requests included. */
  close(): Promise<void>;
}

export declare function startCollector(options?: CollectorOptions): Promise<Collector>;
