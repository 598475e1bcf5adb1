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
 *   `delayMs` later. `{ status: 302, location: '/' }` redirects to the "Answers received" page,
 *   which answers a GET with 200.
 * CORS preflights are always answered at once.
 */
export type CollectorMode =
  | 'ok'
  | 'hang'
  | 'reset'
  | 'not-http'
  | 'html-body'
  | 'garbage-body'
  | { status: number; retryAfter?: number | string; location?: string; delayMs?: number };

/** One POST to /answers, whatever happened to it. */
export interface CollectedRequest {
  method: string;
  /** The path, without the query string. */
  path: string;
  /** The path with its query string, as requested. */
  url: string;
  /** The Content-Type header as sent; '' without one. */
  contentType: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** The status answered (or, with `delayMs`, being answered); null when no HTTP answer was sent. */
  status: number | null;
  mode: CollectorMode;
  /** When the whole request had arrived (epoch ms). */
  at: number;
}

/** One CloudEvent as the collector accepted it (parsed; `id` is the only field it relies on). */
export type ReceivedEvent = Record<string, unknown> & { id: string };

export interface CollectorOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Default '127.0.0.1'. */
  host?: string;
  /** NDJSON file that accepted events are appended to, and reloaded from on start. */
  dataFile?: string;
}

export interface Collector {
  /** Origin, `http://127.0.0.1:PORT`: GET / is the "Answers received" page. */
  readonly url: string;
  /** `url + '/answers'`: POST a batch, GET the received events, DELETE them all. */
  readonly endpoint: string;
  /** Unique events (by id) in the order they were accepted. */
  readonly received: ReceivedEvent[];
  /** Every POST to /answers, in the order they arrived. */
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
  /** Forgets every event, request and count, and goes back to 'ok' (the data file is kept). */
  reset(): void;
  /** Stops listening and ends open connections, hanging requests included. */
  close(): Promise<void>;
}

export declare function startCollector(options?: CollectorOptions): Promise<Collector>;
