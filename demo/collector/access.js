/**
 * Who may do what. Posting answers is the only cross-origin route, and only from the origins the
 * collector was given (CORS). Reading (the insights page, its data, the exports) is never
 * cross-origin, though another site may link to the page: it needs a loopback address and host
 * name, or the token when bound wider.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export const isLoopback = (host) => LOOPBACK_NAMES.has(host) || /^127(\.\d{1,3}){3}$/.test(host);

/** A document the user opens in a tab or window, by a link or an address (not a frame, not a fetch). */
const isNavigation = (req) =>
  req.headers['sec-fetch-mode'] === 'navigate' && req.headers['sec-fetch-dest'] === 'document';

const digest = (text) => createHash('sha256').update(String(text)).digest();

/** The host name of a Host header (`127.0.0.1:4174`, `[::1]:4174`), lower case. */
const hostName = (header = '') => header.toLowerCase().replace(/:\d+$/, '');

export function createAccess({ host, allowedOrigins = [], token }) {
  if (!isLoopback(host) && !token) {
    throw new Error(`the collector binds ${host}, beyond this machine: give it a token for the insights and exports`);
  }
  const origins = new Set(allowedOrigins);
  const expected = token ? digest(token) : undefined;

  return {
    /**
     * For a request to the ingest route: the CORS headers to send, or `refused` for an origin not
     * on the list. A request without Origin is no browser's cross-origin one (a server, curl).
     */
    ingest(req) {
      const { origin } = req.headers;
      if (origin === undefined) return { headers: {} };
      // `*`: any origin, for a sender whose origin is not known ahead (Shopify's checkout
      // extensions run on an origin Shopify may change).
      if (!origins.has('*') && !origins.has(origin))
        return { refused: `the origin ${origin} may not post answers here` };
      return {
        headers: {
          'Access-Control-Allow-Origin': origin,
          'Access-Control-Expose-Headers': 'Retry-After, Date',
          Vary: 'Origin',
        },
      };
    },
    /**
     * Why a read is refused ([status, message]), or undefined when it may go ahead. `page` says the
     * request is for the insights page itself, which any site may link to.
     */
    refuseRead(req, query, { page = false } = {}) {
      // A browser says where a request comes from: the page itself, an address typed in, or (for
      // the page only) a link followed, as from the demo shop on its own port. A top-level
      // navigation shows the page to the user, never to the site that linked. The data and exports
      // are fetched and linked by the page itself (same-origin); from another site, even a
      // navigation to an export is refused: it could only drop the answers in the user's downloads
      // unasked, and nothing needs it.
      const site = req.headers['sec-fetch-site'];
      const fromElsewhere = site !== undefined && site !== 'same-origin' && site !== 'none';
      if (fromElsewhere && !(page && isNavigation(req))) {
        return [403, 'the insights and exports are not readable from another site'];
      }
      if (expected) {
        const given = query.get('token') ?? /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
        return given !== undefined && timingSafeEqual(digest(given), expected) ? undefined : [401, 'a token is needed'];
      }
      // Without a token, a page on another host name (DNS rebinding to 127.0.0.1) reads nothing.
      return isLoopback(hostName(req.headers.host)) ? undefined : [403, 'use a loopback address to read the answers'];
    },
  };
}
