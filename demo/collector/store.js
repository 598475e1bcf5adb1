/**
 * Where the collector keeps events: SQLite (better-sqlite3), one row per event id, so a retried
 * batch is stored once. A batch goes in inside one transaction: all of its new events or none.
 * `:memory:` (the default) keeps a database for this process only, as the tests use it.
 */
import Database from 'better-sqlite3';
import { ANSWER_EVENT_TYPE, LOW_RATING_MAX, RECOVERY_EVENT_TYPE } from '../../dist/esm/schema.js';
import { languageOf } from './language.js';
import { upgrade } from './upgrade.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS events (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL,
  source TEXT,
  time TEXT NOT NULL,
  day TEXT NOT NULL,
  step TEXT NOT NULL,
  language TEXT,
  instrument TEXT,
  rating INTEGER,
  partial INTEGER NOT NULL DEFAULT 0,
  replaces TEXT,
  subject TEXT NOT NULL,
  action TEXT,
  received_at TEXT NOT NULL,
  event TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_replaces ON events (replaces) WHERE replaces IS NOT NULL;
CREATE INDEX IF NOT EXISTS events_day ON events (type, day);
CREATE INDEX IF NOT EXISTS events_subject ON events (type, subject);
`;

/** Whether a rating is low on its scale, as SQL, written from the one table of thresholds. */
const lowCase = `CASE instrument ${Object.entries(LOW_RATING_MAX)
  .map(([instrument, max]) => `WHEN '${instrument}' THEN rating <= ${Number(max)}`)
  .join(' ')} ELSE 0 END`;

/**
 * Answers as insights count them: a partial answer that a later answer `replaces` is left out,
 * so a prompt counts once. Recoveries are the help taken after low answers.
 */
const VIEWS = `
DROP VIEW IF EXISTS answers;
CREATE VIEW answers AS
  SELECT e.*, (${lowCase}) AS low FROM events e
  WHERE e.type = '${ANSWER_EVENT_TYPE}'
    AND NOT (e.partial = 1 AND EXISTS (
      SELECT 1 FROM events r WHERE r.replaces = e.id AND r.type = '${ANSWER_EVENT_TYPE}'));
DROP VIEW IF EXISTS recoveries;
CREATE VIEW recoveries AS SELECT * FROM events WHERE type = '${RECOVERY_EVENT_TYPE}';
`;

/**
 * An id as the store compares it. A UUID is the same in either case (RFC 9562) and the schema
 * takes both: a proxy that changes the case must not have an answer stored, or counted, twice.
 */
export const idKey = (id) => (typeof id === 'string' ? id.toLowerCase() : id);

/** The columns insights filter and count by, taken from an event the schema has checked. */
const rowOf = (event, receivedAt) => ({
  id: idKey(event.id),
  type: event.type,
  source: event.source,
  time: event.time,
  day: event.time.slice(0, 10),
  step: event.data.step,
  language: languageOf(event.data.locale),
  instrument: event.data.instrument ?? null,
  rating: event.data.rating ?? null,
  partial: event.data.partial ? 1 : 0,
  replaces: idKey(event.data.replaces) ?? null,
  // A recovery's subject is the id of the answer it followed.
  subject: event.type === RECOVERY_EVENT_TYPE ? idKey(event.subject) : event.subject,
  action: event.data.action ?? null,
  received_at: receivedAt,
  event: JSON.stringify(event),
});

/**
 * How long a write waits for another connection's lock. better-sqlite3's default, 5 s, blocks the
 * event loop, every other request with it; a busy database is answered 503 and retried instead.
 */
const BUSY_TIMEOUT_MS = 100;

/** Whether an error is SQLite's "another connection holds the lock" (try again shortly). */
export const isBusy = (error) => /^SQLITE_(BUSY|LOCKED)/.test(String(error?.code ?? ''));

export function openStore(path = ':memory:') {
  const db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
  if (path !== ':memory:') db.pragma('journal_mode = WAL');
  // Deleted rows are overwritten with zeros, not only unlinked: DELETE /answers leaves no address on disk.
  db.pragma('secure_delete = ON');
  db.exec(SCHEMA);
  upgrade(db);
  db.exec(VIEWS);
  const insert = db.prepare(
    `INSERT OR IGNORE INTO events (id, type, source, time, day, step, language, instrument, rating, partial,
       replaces, subject, action, received_at, event)
     VALUES (@id, @type, @source, @time, @day, @step, @language, @instrument, @rating, @partial,
       @replaces, @subject, @action, @received_at, @event)`,
  );
  const addAll = db.transaction((events, receivedAt) =>
    events.filter((event) => insert.run(rowOf(event, receivedAt)).changes === 1),
  );
  const all = db.prepare('SELECT event FROM events ORDER BY seq').pluck();
  const count = db.prepare('SELECT count(*) FROM events').pluck();
  // From the table, not the view: a partial answer just replaced has left the view.
  const low = db.prepare(`SELECT (${lowCase}) FROM events WHERE id = ? AND type = '${ANSWER_EVENT_TYPE}'`).pluck();
  const replaced = db
    .prepare(`SELECT EXISTS (SELECT 1 FROM events WHERE replaces = ? AND type = '${ANSWER_EVENT_TYPE}')`)
    .pluck();

  return {
    db,
    /** Stores the events not stored before (all or none of them); returns those. */
    add: (events, receivedAt = new Date().toISOString()) => addAll(events, receivedAt),
    /** Every event, in the order it was first stored. */
    all: () => all.all().map((text) => JSON.parse(text)),
    count: () => count.get(),
    /** Whether an answer is stored and low (an id of nothing stored is not). */
    isLow: (id) => id !== undefined && low.get(idKey(id)) === 1,
    /** Whether a stored answer replaces the one with this id (as the `answers` view leaves it out). */
    isReplaced: (id) => replaced.get(idKey(id)) === 1,
    clear() {
      db.exec('DELETE FROM events');
      // The deleted rows' pages are still in the write-ahead log: a checkpoint writes the zeroed
      // pages over them in the database and empties the log.
      db.pragma('wal_checkpoint(TRUNCATE)');
    },
    close: () => db.close(),
  };
}
