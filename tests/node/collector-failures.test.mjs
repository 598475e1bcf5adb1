/**
 * What the collector answers when its own storage fails: a request succeeds exactly when its
 * events are stored, and a database another process holds gets a quick 503 the widget retries.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { startCollector } from '../../demo/collector.js';
import { listen } from '../../demo/listen.js';
import { answer, post } from './support/http.mjs';

const folder = (t) => {
  const path = mkdtempSync(join(tmpdir(), 'feelback-collector-'));
  t.after(() => rmSync(path, { recursive: true, force: true }));
  return path;
};

test('stored is stored: an export that cannot be written is logged, the request still succeeds and the answer is told', async (t) => {
  const errors = t.mock.method(console, 'error', () => {});
  const texts = [];
  const receiver = await listen(
    createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => {
        body += chunk;
      });
      req.on('end', () => {
        texts.push(JSON.parse(body).text);
        res.end('ok');
      });
    }),
  );
  // A folder where the NDJSON file should be: appending fails, as on a full disk (ENOSPC).
  const collector = await startCollector({
    dataFile: folder(t),
    alerts: { webhook: `${receiver.url}/hook`, intervalMs: 300 },
  });
  try {
    const first = await post(collector.endpoint, [answer(1, { rating: 1 })]);
    assert.deepEqual([first.status, await first.json()], [200, { accepted: 1, duplicates: 0 }]);
    assert.equal(collector.received.length, 1);
    assert.equal(errors.mock.callCount(), 1);
    assert.match(String(errors.mock.calls[0].arguments.join(' ')), /export/);
    // Nothing for the widget to retry; were it to, the answer is a duplicate.
    const again = await post(collector.endpoint, [answer(1, { rating: 1 })]);
    assert.deepEqual([again.status, await again.json()], [200, { accepted: 0, duplicates: 1 }]);
    await sleep(900);
    assert.deepEqual(texts, ['feelback: 1 negative answer in the last 1 min (checkout 1).']);
  } finally {
    await collector.close();
    await receiver.close();
  }
});

test('a database another connection holds gets 503 with Retry-After at once, and the retry is stored', async (t) => {
  const database = join(folder(t), 'answers.sqlite');
  const collector = await startCollector({ database });
  const other = new Database(database);
  try {
    other.exec('BEGIN IMMEDIATE');
    const started = Date.now();
    const busy = await post(collector.endpoint, [answer(1)]);
    const waited = Date.now() - started;
    assert.equal(busy.status, 503);
    assert.ok(Number(busy.headers.get('retry-after')) >= 1, 'says when to come back');
    // better-sqlite3 waits 5 s by default, with every other request waiting behind it.
    assert.ok(waited < 1_000, `answered after ${waited} ms`);
    other.exec('ROLLBACK');
    assert.equal(collector.received.length, 0);
    const retried = await post(collector.endpoint, [answer(1)]);
    assert.deepEqual([retried.status, await retried.json()], [200, { accepted: 1, duplicates: 0 }]);
  } finally {
    other.close();
    await collector.close();
  }
});
