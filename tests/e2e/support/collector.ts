import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * How the collector answers the next POST:
 * - 'ok': accepts the batch (200 `{ accepted, duplicates }`);
 * - 'hang': reads the request and never answers;
 * - 'reset': reads the request and destroys the connection;
 * - 'garbage': replies with bytes that are not HTTP, then closes;
 * - `{ status, retryAfter?, delayMs? }`: replies with that status (and `Retry-After` seconds),
 *   after `delayMs`; a 2xx accepts the events like 'ok', any other status does not.
 * CORS preflights are always answered at once.
 */
export type CollectorMode =
  | 'ok'
  | 'hang'
  | 'reset'
  | 'garbage'
  | { status: number; retryAfter?: number; delayMs?: number };

export interface CollectedRequest {
  method: string;
  /** Path and query of the request. */
  path: string;
  contentType: string | undefined;
  headers: IncomingHttpHeaders;
  body: string;
  /** The status sent back; 0 when the collector hung, reset or sent garbage. */
  status: number;
  mode: CollectorMode;
  /** When the request ended (epoch ms). */
  at: number;
}

/** One CloudEvent as the collector received it (already parsed). */
export type ReceivedEvent = Record<string, unknown> & { id: string };

export interface Collector {
  /** Origin, `http://127.0.0.1:PORT`. */
  url: string;
  /** `url + '/answers'`. */
  endpoint: string;
  /** Unique events (by id) in the order they were accepted. */
  received: ReceivedEvent[];
  /** Every POST, whatever happened to it. */
  requests: CollectedRequest[];
  /** CORS preflights answered. */
  preflights: number;
  /** How many accepted events repeated an id that had been accepted before. */
  duplicates: number;
  setMode(mode: CollectorMode): void;
  /** Modes for the next POSTs, one each, before falling back to the mode set with `setMode`. */
  queueModes(modes: CollectorMode[]): void;
  close(): Promise<void>;
}

const ACCEPTED_TYPES = ['application/cloudevents-batch+json', 'text/plain'];

/** A fresh answers endpoint for one test, with fault modes. */
export async function startCollector({ host = '127.0.0.1' }: { host?: string } = {}): Promise<Collector> {
  const seen = new Set<string>();
  const sockets = new Set<Socket>();
  let mode: CollectorMode = 'ok';
  let queued: CollectorMode[] = [];

  const collector: Omit<Collector, 'url' | 'endpoint' | 'close'> = {
    received: [],
    requests: [],
    preflights: 0,
    duplicates: 0,
    setMode(next) {
      mode = next;
    },
    queueModes(modes) {
      queued.push(...modes);
    },
  };

  const cors = (origin: string | undefined): Record<string, string> =>
    origin
      ? { 'Access-Control-Allow-Origin': origin, 'Access-Control-Expose-Headers': 'Retry-After', Vary: 'Origin' }
      : {};

  const json = (res: ServerResponse, status: number, value: unknown, headers: Record<string, string>) => {
    if (status === 204 || status === 304) {
      res.writeHead(status, headers);
      res.end();
      return;
    }
    const body = JSON.stringify(value);
    res.writeHead(status, {
      'Content-Type': 'application/json',
      'Content-Length': String(Buffer.byteLength(body)),
      ...headers,
    });
    res.end(body);
  };

  /** The events of a valid batch, or a reason why it is not one. */
  function parseBatch(body: string): ReceivedEvent[] | string {
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch {
      return 'body is not JSON';
    }
    if (!Array.isArray(value)) return 'body is not a JSON array';
    const valid = value.every(
      (item: unknown) => typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string',
    );
    return valid ? (value as ReceivedEvent[]) : 'every event needs a string id';
  }

  const server = createServer((req, res) => {
    const origin = req.headers.origin;
    if (req.method === 'OPTIONS') {
      collector.preflights++;
      res.writeHead(204, {
        ...cors(origin),
        'Access-Control-Allow-Methods': 'POST, OPTIONS',
        'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] ?? '',
        'Access-Control-Max-Age': '600',
      });
      res.end();
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const current = queued.shift() ?? mode;
      const contentType = req.headers['content-type'];
      const record: CollectedRequest = {
        method: req.method ?? '',
        path: req.url ?? '',
        contentType,
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        status: 0,
        mode: current,
        at: Date.now(),
      };
      if (req.method !== 'POST') {
        res.writeHead(405, { Allow: 'POST, OPTIONS', ...cors(origin) });
        res.end();
        return;
      }
      collector.requests.push(record);
      if (current === 'hang') return;
      if (current === 'reset') {
        req.socket.destroy();
        return;
      }
      if (current === 'garbage') {
        req.socket.end('\u0000\u00ff not http at all \r\n\r\n');
        return;
      }
      const delay = typeof current === 'object' ? (current.delayMs ?? 0) : 0;
      const reply = (status: number, value: unknown, headers: Record<string, string> = {}) => {
        record.status = status;
        setTimeout(() => json(res, status, value, { ...cors(origin), ...headers }), delay);
      };
      const mime = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
      if (!ACCEPTED_TYPES.includes(mime)) return reply(415, { error: `unsupported content type ${contentType}` });
      const events = parseBatch(record.body);
      if (typeof events === 'string') return reply(400, { error: events });
      if (typeof current === 'object' && (current.status < 200 || current.status > 299)) {
        const headers: Record<string, string> =
          current.retryAfter === undefined ? {} : { 'Retry-After': String(current.retryAfter) };
        return reply(current.status, { error: `collector mode ${current.status}` }, headers);
      }
      let duplicates = 0;
      for (const event of events) {
        if (seen.has(event.id)) duplicates++;
        else {
          seen.add(event.id);
          collector.received.push(event);
        }
      }
      collector.duplicates += duplicates;
      reply(typeof current === 'object' ? current.status : 200, { accepted: events.length - duplicates, duplicates });
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(0, host, () => ready());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host}:${port}`;

  return Object.assign(collector, {
    url,
    endpoint: `${url}/answers`,
    close() {
      queued = [];
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((done) => server.close(() => done()));
    },
  });
}
