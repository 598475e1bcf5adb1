/** How the collector writes an answer: JSON by default, HTML, bytes, or no body. */
const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * `send(status, body, headers)` for one response. A delayed answer may find the connection gone
 * (closed meanwhile): then there is none to send.
 */
export const sender =
  (res) =>
  (status, body, extra = {}) => {
    if (res.destroyed || res.headersSent) return;
    const empty = body === undefined || status === 204 || status === 304;
    const isText = typeof body === 'string';
    const isBytes = Buffer.isBuffer(body);
    const type = empty
      ? {}
      : { 'Content-Type': isBytes ? 'application/json' : isText ? 'text/html; charset=utf-8' : JSON_TYPE };
    res.writeHead(status, { ...type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...extra });
    res.end(empty ? undefined : isText || isBytes ? body : JSON.stringify(body));
  };

/** The last resort: a handler that threw. Answer if we still can; never crash. */
export function failed(res, error) {
  if (!res.headersSent && !res.destroyed) {
    res.writeHead(500, { 'Content-Type': JSON_TYPE, 'Cache-Control': 'no-store' });
    res.end(JSON.stringify({ error: String(error?.message ?? error) }));
  } else res.destroy();
}
