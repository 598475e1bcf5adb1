/**
 * Brings a database an earlier collector made up to what this one reads, once (`user_version`
 * says how far it is): the `source` column filled in, languages as the filter takes them (`en_US`
 * was kept as `en_us`), and ids in lower case, as the store compares them.
 */
import { RECOVERY_EVENT_TYPE } from '../../dist/esm/schema.js';
import { languageOf } from './language.js';

const VERSION = 1;

export function upgrade(db) {
  if (db.pragma('user_version', { simple: true }) >= VERSION) return;
  db.function('language_of', { deterministic: true }, (locale) => languageOf(locale));
  db.transaction(() => {
    const columns = db.pragma('table_info(events)').map((column) => column.name);
    if (!columns.includes('source')) db.exec('ALTER TABLE events ADD COLUMN source TEXT');
    db.exec(`
      UPDATE events SET source = json_extract(event, '$.source') WHERE source IS NULL;
      UPDATE events SET language = language_of(json_extract(event, '$.data.locale')) WHERE language IS NOT NULL;
      UPDATE OR IGNORE events SET id = lower(id) WHERE id <> lower(id);
      -- What is left in upper case was stored a second time in the other case: the same event.
      DELETE FROM events WHERE id <> lower(id);
      UPDATE events SET replaces = lower(replaces) WHERE replaces <> lower(replaces);
      UPDATE events SET subject = lower(subject) WHERE type = '${RECOVERY_EVENT_TYPE}' AND subject <> lower(subject);
    `);
    db.pragma(`user_version = ${VERSION}`);
  })();
}
