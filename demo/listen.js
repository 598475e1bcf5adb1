/**
 * Starts and stops an HTTP server the way the demo and the tests need: resolves once listening
 * (with the real port when asked for port 0), and `close()` also destroys open sockets, so
 * keep-alive connections and deliberately hanging requests never keep a port or a test alive.
 */
export async function listen(server, { port = 0, host = '127.0.0.1' } = {}) {
  const sockets = new Set();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const bound = server.address().port;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${bound}`,
    port: bound,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}
