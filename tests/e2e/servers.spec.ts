/**
 * The demo's collector and static server are also what every browser test stands on: these
 * check, over plain HTTP and without a browser, that they do what the tests rely on.
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { type CollectorMode, startCollector } from '../../demo/collector.js';
import { startStatic } from '../../demo/static-server.js';

const BATCH_TYPE = 'application/cloudevents-batch+json';
const post = (url: string, body: string, type = BATCH_TYPE) =>
  fetch(url, { method: 'POST', headers: { 'Content-Type': type }, body });
/** A valid answer id per one-letter name, so the checks below read as names. */
const idOf = (name: string) => `00000000-0000-4000-8000-${String(name.charCodeAt(0)).padStart(12, '0')}`;
const answer = (name: string) => ({
  specversion: '1.0',
  id: idOf(name),
  source: 'acme-shop',
  type: 'feelback.answer.v1',
  time: '2026-12-06T09:00:00.000Z',
  subject: 'checkout',
  datacontenttype: 'application/json',
  data: {
    step: 'checkout',
    instrument: 'feeling',
    scale: { min: 1, max: 5 },
    rating: 4,
    emotions: [],
    widgetVersion: '0.1.0',
  },
});
const batch = (...names: string[]) => JSON.stringify(names.map(answer));
const ids = (...names: string[]) => names.map(idOf);

test('the collector keeps each id once, refuses what is not a batch and records every POST', async () => {
  const collector = await startCollector({ record: true });
  try {
    expect(await (await post(collector.endpoint, batch('a', 'b'))).json()).toEqual({ accepted: 2, duplicates: 0 });
    expect(await (await post(`${collector.endpoint}?x=1`, batch('b', 'c'))).json()).toEqual({
      accepted: 1,
      duplicates: 1,
    });
    expect((await post(collector.endpoint, batch('d'), 'application/json')).status).toBe(415);
    expect((await post(collector.endpoint, '{"id":"e"}')).status).toBe(400);
    expect((await post(collector.endpoint, '[{"id":""}]')).status).toBe(400);
    expect(collector.received.map((event) => event.id)).toEqual(ids('a', 'b', 'c'));
    expect(collector.duplicates).toBe(1);
    expect(collector.requests.map((r) => [r.path, r.status])).toEqual([
      ['/answers', 200],
      ['/answers', 200],
      ['/answers', 415],
      ['/answers', 400],
      ['/answers', 400],
    ]);
    expect((await fetch(`${collector.url}/elsewhere`, { method: 'POST' })).status).toBe(404);
    expect(collector.requests).toHaveLength(5);
  } finally {
    await collector.close();
  }
});

test('the collector validates every batch with the zod schema: one bad event refuses the batch, saying where', async () => {
  const collector = await startCollector();
  try {
    const offScale = { ...answer('b'), data: { ...answer('b').data, rating: 9 } };
    const refused = await post(collector.endpoint, JSON.stringify([answer('a'), offScale]));
    expect(refused.status).toBe(400);
    expect((await refused.json()).error).toMatch(/^event 1, data\.rating: /);
    const polluted = `[${JSON.stringify(answer('c')).replace('{', '{"__proto__":{"x":1},')}]`;
    const refusedPolluted = await post(collector.endpoint, polluted);
    expect([refusedPolluted.status, (await refusedPolluted.json()).error]).toEqual([
      400,
      'a "__proto__" key is not allowed',
    ]);
    expect(collector.received).toEqual([]);
    expect((await post(collector.endpoint, batch('c'))).status).toBe(200);
    expect(collector.received).toEqual([answer('c')]);
  } finally {
    await collector.close();
  }
});

test('the collector allows a sandboxed iframe (Origin: null) in CORS, preflight and POST, when listed', async () => {
  const collector = await startCollector({ allowedOrigins: ['null'] });
  try {
    const preflight = await fetch(collector.endpoint, {
      method: 'OPTIONS',
      headers: {
        Origin: 'null',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type',
      },
    });
    expect([preflight.status, preflight.headers.get('access-control-allow-origin')]).toEqual([204, 'null']);
    const posted = await fetch(collector.endpoint, {
      method: 'POST',
      headers: { Origin: 'null', 'Content-Type': BATCH_TYPE },
      body: batch('a'),
    });
    expect([posted.status, posted.headers.get('access-control-allow-origin')]).toEqual([200, 'null']);
  } finally {
    await collector.close();
  }
});

test('collector modes: a failure accepts nothing, html-body and a slow 2xx accept', async () => {
  const collector = await startCollector({ record: true });
  try {
    collector.queueModes(['not-http', { status: 503, retryAfter: 7 }, 'html-body', { status: 202, delayMs: 200 }]);
    await expect(post(collector.endpoint, batch('a'))).rejects.toThrow();
    const unavailable = await post(collector.endpoint, batch('b'));
    expect([unavailable.status, unavailable.headers.get('retry-after')]).toEqual([503, '7']);
    const html = await post(collector.endpoint, batch('c'));
    expect([html.status, html.headers.get('content-type'), (await html.text()).startsWith('<!doctype html>')]).toEqual([
      200,
      'text/html; charset=utf-8',
      true,
    ]);
    const started = Date.now();
    expect((await post(collector.endpoint, batch('d'))).status).toBe(202);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(collector.received.map((event) => event.id)).toEqual(ids('c', 'd'));
    expect(collector.requests.map((r) => r.status)).toEqual([null, 503, 200, 202]);
    for (const typo of ['garbage', { status: 200, delay: 5 }, { status: 99 }]) {
      expect(() => collector.setMode(typo as CollectorMode)).toThrow(TypeError);
    }
  } finally {
    await collector.close();
  }
});

test('collector redirect mode: a 3xx with Location, to a page that answers GET with 200, accepts nothing', async () => {
  const collector = await startCollector({ record: true, allowedOrigins: ['http://shop.test'] });
  try {
    collector.setMode({ status: 302, location: '/' });
    const redirect = await fetch(collector.endpoint, {
      method: 'POST',
      headers: { 'Content-Type': BATCH_TYPE, Origin: 'http://shop.test' },
      body: batch('a'),
      redirect: 'manual',
    });
    // The CORS header is on the redirect too, or a browser's fetch could not see it as one.
    expect([
      redirect.status,
      redirect.headers.get('location'),
      redirect.headers.get('access-control-allow-origin'),
    ]).toEqual([302, '/', 'http://shop.test']);
    const target = await fetch(new URL('/', collector.url));
    expect(target.status).toBe(200);
    expect(collector.received).toEqual([]);
    expect(collector.requests.map((r) => r.status)).toEqual([302]);
    for (const typo of [
      { status: 200, location: '/' },
      { status: 503, location: '/' },
      { status: 307, location: '' },
    ]) {
      expect(() => collector.setMode(typo as CollectorMode), JSON.stringify(typo)).toThrow(TypeError);
    }
  } finally {
    await collector.close();
  }
});

test('the static server serves files, registered pages and forwards, and nothing outside its roots', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'feelback-static-'));
  await mkdir(join(dir, 'root', 'sub'), { recursive: true });
  await writeFile(join(dir, 'root', 'app.js'), 'export {};\n');
  await writeFile(join(dir, 'root', 'sub', 'index.html'), '<p>sub</p>');
  await writeFile(join(dir, 'root', '.env'), 'SECRET=1');
  await writeFile(join(dir, 'outside.txt'), 'outside');
  await symlink(join(dir, 'outside.txt'), join(dir, 'root', 'link.txt'));
  const collector = await startCollector();
  const server = await startStatic({ roots: [{ prefix: '/files/', dir: join(dir, 'root') }] });
  const get = (path: string, init?: RequestInit) => fetch(server.url + path, { redirect: 'manual', ...init });
  try {
    const script = await get('/files/app.js');
    expect([script.status, script.headers.get('content-type'), await script.text()]).toEqual([
      200,
      'text/javascript; charset=utf-8',
      'export {};\n',
    ]);
    // Module imports are CORS requests (from a sandboxed iframe, even on the same host).
    expect(script.headers.get('access-control-allow-origin')).toBe('*');
    expect(await (await get('/files/app.js', { method: 'HEAD' })).text()).toBe('');
    expect((await get('/files/sub')).headers.get('location')).toBe('/files/sub/');
    expect(await (await get('/files/sub/')).text()).toBe('<p>sub</p>');
    for (const path of ['/files/..%2foutside.txt', '/files/link.txt', '/files/.env', '/files/nope.js', '/x']) {
      expect((await get(path)).status, path).toBe(404);
    }
    expect((await get('/files/app.js', { method: 'POST' })).status).toBe(405);

    const page = server.page('<p>hi</p>', { headers: { 'Content-Security-Policy': "default-src 'none'" } });
    const html = await get(page);
    expect([html.headers.get('content-security-policy'), await html.text()]).toEqual([
      "default-src 'none'",
      '<p>hi</p>',
    ]);
    expect(html.headers.get('access-control-allow-origin')).toBeNull();

    const forwarded = await get(`${server.forward(collector.url)}/answers?q=1`, {
      method: 'POST',
      headers: { 'Content-Type': BATCH_TYPE },
      body: batch('a'),
    });
    expect(forwarded.status).toBe(200);
    expect(collector.received.map((event) => event.id)).toEqual(ids('a'));
  } finally {
    await Promise.all([server.close(), collector.close()]);
    await rm(dir, { recursive: true, force: true });
  }
});
