/**
 * The collector's test modes (see collector.d.ts): how it misbehaves on purpose, so tests can
 * prove that answers survive a bad endpoint. Kept apart from what it does when it behaves.
 */
const NAMED_MODES = ['ok', 'hang', 'reset', 'not-http', 'html-body', 'garbage-body'];
const nonNegative = (value) => Number.isFinite(value) && value >= 0;

/** Fails loudly on a typo in a test rather than silently behaving like 'ok'. */
export function checkMode(mode) {
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
 * Answers as the mode says before the batch is looked at; returns true when it did (or never
 * will: 'hang'). `reply(status, body, headers)` records and sends an answer.
 */
export function misbehaveBefore(mode, req, reply) {
  if (mode === 'hang') return true; // close() destroys the socket.
  if (mode === 'reset') {
    req.socket.resetAndDestroy?.() ?? req.socket.destroy();
    return true;
  }
  if (mode === 'not-http') {
    req.socket.end('\u0000\u00ff not HTTP at all\r\n\r\n');
    return true;
  }
  const fault = typeof mode === 'object' ? mode : {};
  if (!(fault.status >= 300)) return false;
  const extra = {
    ...(fault.retryAfter === undefined ? {} : { 'Retry-After': String(fault.retryAfter) }),
    ...(fault.location === undefined ? {} : { Location: fault.location }),
  };
  reply(fault.status, { error: `simulated HTTP ${fault.status}` }, extra);
  return true;
}

/** The answer to an accepted batch, as the mode says. */
export function acceptedReply(mode, result) {
  if (mode === 'html-body') return [200, '<!doctype html><title>Welcome</title><p>Hello from a proxy</p>'];
  if (mode === 'garbage-body') return [200, Buffer.from([0xff, 0xfe, 0x00, 0x7b, 0x5b, 0x22])];
  return [typeof mode === 'object' ? mode.status : 200, result];
}

/** How long the mode holds each answer back. */
export const delayOf = (mode) => (typeof mode === 'object' ? (mode.delayMs ?? 0) : 0);
