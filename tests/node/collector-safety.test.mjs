/**
 * The collector is safe to copy: what a security review reproduced is refused with the right
 * status and nothing stored (bad batches, other origins, reads from other sites or host names).
 */
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { connect } from 'node:net';
import { after, before, test } from 'node:test';
import { startCollector } from '../../demo/collector.js';
import { answer, post } from './support/http.mjs';

const SHOP = 'http://127.0.0.1:4173';
let collector;
before(async () => {
  collector = await startCollector({ allowedOrigins: [SHOP] });
});
after(() => collector.close());

/** A GET with headers fetch would not let us set (Host, Sec-Fetch-Mode). */
const rawGet = (url, headers) =>
  new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
      response.resume();
      response.on('end', () => resolve(response));
    })
      .on('error', reject)
      .end();
  });

test('a batch the zod schema refuses gets 400 saying what is wrong, and nothing of it is stored', async () => {
  const cases = [
    [[answer(1), { ...answer(2), specversion: 'banana' }], /^event 1, specversion: /],
    [[answer(1, { rating: 999 })], /^event 0, data\.rating: Too big/],
    // A time no calendar has would break the insights page's trend chart.
    [[{ ...answer(1), time: '2026-13-45T99:99:99Z' }], /^event 0, time: /],
    [[{ ...answer(1), time: '2026-02-30T10:00:00Z' }], /^event 0, time: /],
    [[{ ...answer(1), type: 'com.example.other' }], /^event 0, type: /],
    [[answer(1, { contact: { email: 'not an address', consent: true } })], /^event 0, data\.contact\.email: /],
    [`[${JSON.stringify(answer(1)).replace('"data":{', '"data":{"__proto__":{"admin":true},')}]`, /__proto__/],
    ['{"not":"an array"}', /^expected a JSON array/],
    ['[{"id":', /^the body is not valid JSON$/],
    [Array.from({ length: 501 }, (_, i) => answer(i + 1)), /^at most 500 events/],
  ];
  for (const [body, message] of cases) {
    const response = await post(collector.endpoint, body);
    const { error } = await response.json();
    assert.equal(response.status, 400, error);
    assert.match(error, message);
  }
  assert.equal(collector.received.length, 0);
});

test('`*` takes answers from any origin (a checkout extension whose origin Shopify may change)', async () => {
  const open = await startCollector({ allowedOrigins: ['*'] });
  try {
    for (const origin of ['https://extensions.shopifycdn.com', 'null']) {
      const posted = await post(open.endpoint, [answer(1)], { Origin: origin });
      assert.equal(posted.status, 200, origin);
      assert.equal(posted.headers.get('access-control-allow-origin'), origin);
    }
    // Reading is never cross-origin, whatever the list says.
    const read = await rawGet(`${open.url}/insights/data`, {
      'Sec-Fetch-Site': 'cross-site',
      'Sec-Fetch-Mode': 'cors',
    });
    assert.equal(read.statusCode, 403);
  } finally {
    await open.close();
  }
});

test('answers are taken only from the listed origins; no other origin gets a CORS header', async () => {
  const preflight = (origin) =>
    fetch(collector.endpoint, {
      method: 'OPTIONS',
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type',
      },
    });
  const allowed = await preflight(SHOP);
  assert.equal(allowed.status, 204);
  assert.equal(allowed.headers.get('access-control-allow-origin'), SHOP);
  assert.equal(allowed.headers.get('access-control-allow-private-network'), null);
  for (const origin of ['http://evil.test', 'null', 'http://127.0.0.1:4174', `${SHOP}.evil.test`]) {
    const refused = await preflight(origin);
    assert.equal(refused.status, 403, origin);
    assert.equal(refused.headers.get('access-control-allow-origin'), null, origin);
    // A simple request (text/plain) skips the preflight: the POST itself is refused.
    const posted = await post(collector.endpoint, [answer(1)], { Origin: origin, 'Content-Type': 'text/plain' });
    assert.equal(posted.status, 403, origin);
    assert.equal(posted.headers.get('access-control-allow-origin'), null, origin);
  }
  assert.equal(collector.received.length, 0);
  const fromShop = await post(collector.endpoint, [answer(1)], { Origin: SHOP });
  assert.equal(fromShop.status, 200);
  assert.equal(fromShop.headers.get('access-control-allow-origin'), SHOP);
  assert.equal(collector.received.length, 1);
});

test("a preflight allows only the headers the widget sends (and the demo's API key), not any it is asked for", async () => {
  const response = await fetch(collector.endpoint, {
    method: 'OPTIONS',
    headers: {
      Origin: SHOP,
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'authorization, cookie, x-anything, content-type',
    },
  });
  assert.equal(response.status, 204);
  assert.equal(response.headers.get('access-control-allow-headers'), 'content-type, idempotency-key, x-api-key');
});

test('a request target that is no URL gets 400, and the collector goes on', async () => {
  const { port, hostname, host } = new URL(collector.url);
  const reply = await new Promise((resolve) => {
    const socket = connect(Number(port), hostname, () =>
      socket.end(`GET http://[/answers HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`),
    );
    let text = '';
    socket.on('data', (chunk) => {
      text += chunk;
    });
    socket.on('close', () => resolve(text));
  });
  assert.match(reply, /^HTTP\/1\.1 400 /);
  assert.equal((await fetch(`${collector.url}/insights/data`)).status, 200);
});

test('no cross-origin reads: the insights, their data, the exports and the events carry no CORS header', async () => {
  for (const path of ['/', '/insights/data', '/export.csv', '/export.ndjson', '/answers']) {
    const response = await fetch(collector.url + path, { headers: { Origin: SHOP } });
    assert.equal(response.status, 200, path);
    assert.equal(response.headers.get('access-control-allow-origin'), null, path);
    // What a browser says of a fetch from another site, or from another port of this one.
    for (const site of ['cross-site', 'same-site']) {
      const refused = await fetch(collector.url + path, { headers: { 'Sec-Fetch-Site': site } });
      assert.equal(refused.status, 403, `${path} from ${site}`);
    }
  }
  const deleted = await fetch(collector.endpoint, { method: 'DELETE', headers: { 'Sec-Fetch-Site': 'cross-site' } });
  assert.equal(deleted.status, 403);
  assert.equal(collector.received.length, 1);
});

test('a link from another site opens the insights page, but nothing else: no frame, no fetch, no export', async () => {
  // Not fetch: it sends a Sec-Fetch-Mode of its own.
  const get = (path, site, mode, dest) =>
    rawGet(collector.url + path, { 'Sec-Fetch-Site': site, 'Sec-Fetch-Mode': mode, 'Sec-Fetch-Dest': dest }).then(
      (response) => response.statusCode,
    );
  // The demo shop's "Answers received" link: Chromium calls another port of 127.0.0.1 same-site.
  for (const site of ['same-site', 'cross-site']) {
    assert.equal(await get('/', site, 'navigate', 'document'), 200, site);
    for (const [mode, dest] of [
      ['navigate', 'iframe'],
      ['cors', 'empty'],
      ['no-cors', 'document'],
    ]) {
      assert.equal(await get('/', site, mode, dest), 403, `${site} ${mode} ${dest}`);
    }
    for (const path of ['/insights/data', '/export.csv', '/export.ndjson', '/answers']) {
      assert.equal(await get(path, site, 'navigate', 'document'), 403, `${path} from ${site}`);
    }
  }
  // The page's own export links.
  assert.equal(await get('/export.csv', 'same-origin', 'navigate', 'document'), 200);
});

test('a page on another host name that resolves to 127.0.0.1 (DNS rebinding) reads nothing', async () => {
  const { port } = new URL(collector.url);
  for (const host of [`evil.test:${port}`, `127.0.0.1.evil.test:${port}`]) {
    assert.equal((await rawGet(`${collector.url}/answers`, { Host: host })).statusCode, 403, host);
  }
  for (const host of [`127.0.0.1:${port}`, `localhost:${port}`]) {
    assert.equal((await rawGet(`${collector.url}/answers`, { Host: host })).statusCode, 200, host);
  }
});

test('bound beyond loopback it needs a token; with one, every read asks for it', async () => {
  await assert.rejects(startCollector({ host: '0.0.0.0' }), /give it a token/);
  const guarded = await startCollector({ token: 's3cret' });
  try {
    assert.equal((await fetch(`${guarded.url}/`)).status, 401);
    assert.equal((await fetch(`${guarded.url}/insights/data?token=wrong`)).status, 401);
    assert.equal((await fetch(`${guarded.url}/insights/data?token=s3cret`)).status, 200);
    const bearer = await fetch(`${guarded.url}/export.csv`, { headers: { Authorization: 'Bearer s3cret' } });
    assert.equal(bearer.status, 200);
    // Posting answers needs no token: shoppers' browsers have none.
    assert.equal((await post(guarded.endpoint, [answer(1)])).status, 200);
  } finally {
    await guarded.close();
  }
});
