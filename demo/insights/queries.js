/**
 * Every number the insights page shows, computed by SQL over the store's `answers` view (a
 * replaced partial answer left out) and `recoveries` (see collector/store.js). Filters arrive
 * checked (filters.js) and go in as parameters.
 */
import { INSTRUMENTS } from '../../dist/esm/schema.js';

const WHERE = `(@step IS NULL OR step = @step) AND (@from IS NULL OR day >= @from) AND (@to IS NULL OR day <= @to)
  AND (@lang IS NULL OR language = @lang) AND (@source IS NULL OR source = @source)`;
/** Whether help was taken after answer `a` (by `action`, or any): its id is a recovery's `subject`. */
const helpTaken = (action) =>
  `EXISTS (SELECT 1 FROM recoveries r WHERE r.subject IN (a.id, a.replaces)${action ? ` AND r.action = '${action}'` : ''})`;
const share = (condition) => `round(100.0 * sum(${condition}) / count(*), 1)`;
const { min: FACE_MIN, max: FACE_MAX } = INSTRUMENTS.feeling;
const FACES = Array.from({ length: FACE_MAX - FACE_MIN + 1 }, (_, i) => FACE_MIN + i);

const SQL = {
  // Help taken as the recoveries table counts it (its taken column, summed): per low answer as
  // filtered, once however often; a recovery's own step, day or language does not count.
  totals: `SELECT count(*) AS answers, coalesce(sum(partial), 0) AS partial, coalesce(sum(low), 0) AS low,
      coalesce(sum(low AND ${helpTaken()}), 0) AS recoveries
    FROM answers a WHERE ${WHERE}`,
  faces: `SELECT step, count(*) AS n, sum(low) AS low, ${share('low')} AS lowShare, sum(partial) AS partial,
      ${FACES.map((face) => `sum(rating = ${face}) AS r${face}`).join(', ')}
    FROM answers WHERE ${WHERE} AND instrument = 'feeling' GROUP BY step ORDER BY n DESC, step`,
  emotions: `SELECT a.step, w.value AS word, count(*) AS n
    FROM answers a, json_each(a.event, '$.data.emotions') w WHERE ${WHERE}
    GROUP BY a.step, w.value ORDER BY a.step, n DESC, word`,
  effort: `SELECT step, count(*) AS n, round(avg(rating), 2) AS mean, ${share('rating >= 5')} AS easyShare,
      ${share('low')} AS lowShare
    FROM answers WHERE ${WHERE} AND instrument = 'effort' GROUP BY step ORDER BY step`,
  satisfaction: `SELECT step, count(*) AS n, round(avg(rating), 2) AS mean, ${share('rating >= 4')} AS csat,
      ${share('low')} AS lowShare
    FROM answers WHERE ${WHERE} AND instrument = 'satisfaction' GROUP BY step ORDER BY step`,
  nps: `SELECT step, count(*) AS n, sum(rating >= 9) AS promoters, sum(rating BETWEEN 7 AND 8) AS passives,
      sum(rating <= 6) AS detractors,
      CAST(round(100.0 * (sum(rating >= 9) - sum(rating <= 6)) / count(*)) AS INTEGER) AS nps
    FROM answers WHERE ${WHERE} AND instrument = 'recommend' GROUP BY step ORDER BY step`,
  trend: `SELECT day, count(*) AS n, sum(low) AS low, ${share('low')} AS lowShare
    FROM answers WHERE ${WHERE} GROUP BY day ORDER BY day`,
  latestLow: `SELECT id, time, step, instrument, rating, partial, json_extract(event, '$.data.comment') AS comment,
      json_extract(event, '$.data.emotions') AS emotions, json_extract(event, '$.data.contact.email') AS contact
    FROM answers WHERE ${WHERE} AND low ORDER BY time DESC, seq DESC LIMIT 20`,
  // Per low answer (as filtered), whether its help was taken: taken can never exceed offered. A
  // recovery after a partial answer belongs to the answer that replaced it.
  recoveries: `SELECT step, count(*) AS offered, sum(taken) AS taken, sum(link) AS link, sum(phone) AS phone,
      sum(event) AS event, round(100.0 * sum(taken) / count(*), 1) AS takenShare
    FROM (SELECT step, ${helpTaken()} AS taken, ${helpTaken('link')} AS link, ${helpTaken('phone')} AS phone,
        ${helpTaken('event')} AS event
      FROM answers a WHERE ${WHERE} AND low)
    GROUP BY step ORDER BY step`,
  steps: 'SELECT DISTINCT step FROM events ORDER BY step',
  languages: 'SELECT DISTINCT language FROM events WHERE language IS NOT NULL ORDER BY language',
  sources: 'SELECT DISTINCT source FROM events WHERE source IS NOT NULL ORDER BY source',
  days: 'SELECT min(day) AS first, max(day) AS last FROM events',
  answerRows: `SELECT id, time, step, instrument, rating, low, partial, replaces,
      (SELECT group_concat(value, ' ') FROM json_each(event, '$.data.emotions')) AS emotions,
      json_extract(event, '$.data.comment') AS comment, json_extract(event, '$.data.page') AS page,
      json_extract(event, '$.data.locale') AS locale, json_extract(event, '$.data.contact.email') AS contact,
      source
    FROM answers WHERE ${WHERE} ORDER BY time, seq`,
  eventRows: `SELECT event FROM events WHERE ${WHERE} ORDER BY seq`,
};

export function createQueries(db) {
  const prepared = Object.fromEntries(Object.entries(SQL).map(([name, sql]) => [name, db.prepare(sql)]));
  const faceCounts = ({ step, n, low, lowShare, partial, ...counts }) => ({
    step,
    n,
    low,
    lowShare,
    partial,
    ratings: FACES.map((face) => counts[`r${face}`]),
  });
  const latest = (row) => ({ ...row, emotions: JSON.parse(row.emotions ?? '[]') });

  return {
    /** Everything the page shows, for these filters. */
    insights(filters) {
      return {
        filters,
        options: {
          steps: prepared.steps.pluck().all(),
          languages: prepared.languages.pluck().all(),
          sources: prepared.sources.pluck().all(),
          days: prepared.days.get(),
        },
        totals: prepared.totals.get(filters),
        faces: prepared.faces.all(filters).map(faceCounts),
        emotions: prepared.emotions.all(filters),
        effort: prepared.effort.all(filters),
        satisfaction: prepared.satisfaction.all(filters),
        nps: prepared.nps.all(filters),
        trend: prepared.trend.all(filters),
        latestLow: prepared.latestLow.all(filters).map(latest),
        recoveries: prepared.recoveries.all(filters),
      };
    },
    /** One row per answer as insights count them, for the CSV export. */
    answerRows: (filters) => prepared.answerRows.all(filters),
    /** Every stored event, replaced partial answers and recoveries included, for the NDJSON export. */
    eventRows: (filters) => prepared.eventRows.pluck().all(filters),
  };
}
