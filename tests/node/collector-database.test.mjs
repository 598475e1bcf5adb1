/**
 * The collector's database file: what DELETE /answers removes is gone from the disk, and a
 * database an earlier collector made is read as this one keeps its rows.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { startCollector } from '../../demo/collector.js';
import { answer, post } from './support/http.mjs';
import { uuid } from './support/known-answers.mjs';

const folder = (t) => {
  const path = mkdtempSync(join(tmpdir(), 'feelback-database-'));
  t.after(() => rmSync(path, { recursive: true, force: true }));
  return path;
};

/** Whether `text` is in any of the database's files (the database, its write-ahead log, its index). */
const onDisk = (dir, text) =>
  readdirSync(dir)
    .filter((name) => name.startsWith('answers.sqlite'))
    .some((name) => readFileSync(join(dir, name)).includes(text));

test('DELETE /answers leaves no contact address on disk, while running nor after shutdown', async (t) => {
  const dir = folder(t);
  const collector = await startCollector({ database: join(dir, 'answers.sqlite') });
  const email = 'erase-me.7d1c@example.com';
  try {
    const contact = { email, consent: true };
    const batch = Array.from({ length: 40 }, (_, i) => answer(i + 1, { rating: 1, comment: 'Slow.', contact }));
    assert.equal((await post(collector.endpoint, batch)).status, 200);
    assert.ok(onDisk(dir, email), 'stored to begin with');
    assert.equal((await fetch(collector.endpoint, { method: 'DELETE' })).status, 204);
    assert.equal(collector.received.length, 0);
    assert.ok(!onDisk(dir, email), 'gone once deleted');
  } finally {
    await collector.close();
  }
  assert.ok(!onDisk(dir, email), 'gone after shutdown');
});

test('a database an earlier collector made: sites filled in, languages as the filter takes them, ids in one case', async (t) => {
  const database = join(folder(t), 'answers.sqlite');
  const first = await startCollector({ database });
  const upper = uuid(2).toUpperCase().replace('4000-8000', '4ABC-ABCD');
  await post(first.endpoint, [answer(1, { locale: 'en_US' }), { ...answer(2), id: upper }]);
  await first.close();
  // Back to what an earlier collector left: no `source`, `en_US` kept as `en_us`, and the id in
  // upper case stored again in lower case.
  const earlier = new Database(database);
  earlier.exec(`
    DROP VIEW answers; DROP VIEW recoveries;
    ALTER TABLE events DROP COLUMN source;
    UPDATE events SET language = 'en_us' WHERE id = '${uuid(1)}';
    UPDATE events SET id = '${upper}' WHERE id = '${upper.toLowerCase()}';
    INSERT INTO events (id, type, time, day, step, partial, subject, received_at, event)
      SELECT lower(id), type, time, day, step, partial, subject, received_at, event FROM events WHERE id = '${upper}';
    PRAGMA user_version = 0;
  `);
  earlier.close();

  const collector = await startCollector({ database });
  try {
    const { options, totals } = await (await fetch(`${collector.url}/insights/data`)).json();
    assert.deepEqual([options.languages, options.sources, totals.answers], [['en'], ['acme-shop'], 2]);
    assert.equal((await fetch(`${collector.url}/insights/data?lang=en&source=acme-shop`)).status, 200);
    const again = await post(collector.endpoint, [{ ...answer(2), id: upper }]);
    assert.deepEqual(await again.json(), { accepted: 0, duplicates: 1 });
  } finally {
    await collector.close();
  }
});
