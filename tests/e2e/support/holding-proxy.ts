import { createServer, request } from 'node:http';
import type { Socket } from 'node:net';

export interface HoldingProxy {
  /** Origin of the proxy: an endpoint at `${url}/answers` reaches the target's `/answers`. */
  url: string;
  /** From now on, replies to POSTs are held (the target has already handled the request). */
  hold(): void;
  /** How many replies are being held. */
  readonly held: number;
  /** Passes the held replies on, and every later one at once. */
  release(): void;
  close(): Promise<void>;
}

/**
 * A pass-through HTTP proxy in front of the collector that can hold replies: the collector sees
 * and records each request at once, and the browser hears the answer only on `release()`, as
 * when a reply is slow to come back over a mobile network.
 */
export async function startHoldingProxy(target: string): Promise<HoldingProxy> {
  let holding = false;
  const held: Array<() => void> = [];
  const server = createServer((req, res) => {
    const upstream = request(new URL(req.url ?? '/', target), { method: req.method, headers: req.headers }, (reply) => {
      const pass = () => {
        if (res.destroyed) return void reply.resume();
        res.writeHead(reply.statusCode ?? 502, reply.headers);
        reply.pipe(res);
      };
      if (holding && req.method === 'POST') held.push(pass);
      else pass();
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    hold: () => {
      holding = true;
    },
    get held() {
      return held.length;
    },
    release: () => {
      holding = false;
      for (const pass of held.splice(0)) pass();
    },
    /** Also ends held and open connections, so nothing keeps the test waiting. */
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}
