/**
 * The insights tables, written with textContent only: every value was typed by a stranger.
 * A column is `[heading, value(row), numeric?]`.
 */
const FACES = ['Very unhappy (1)', 'Unhappy (2)', 'Neutral (3)', 'Happy (4)', 'Very happy (5)'];
const percent = (value) => (value === null || value === undefined ? '—' : `${value}%`);
const utc = (time) => `${time.slice(0, 16).replace('T', ' ')} UTC`;

/** Replaces a table's head and body (its caption stays); a row that says so when there are none. */
function fill(table, columns, rows) {
  const head = document.createElement('thead');
  const headRow = head.insertRow();
  for (const [heading, , numeric] of columns) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = heading;
    if (numeric) th.className = 'num';
    headRow.append(th);
  }
  const body = document.createElement('tbody');
  for (const row of rows) {
    const tr = body.insertRow();
    for (const [, value, numeric] of columns) {
      const td = tr.insertCell();
      td.textContent = String(value(row) ?? '—');
      if (numeric) td.className = 'num';
      else if (value.comment) td.className = 'comment';
    }
  }
  if (!rows.length) {
    const td = body.insertRow().insertCell();
    td.colSpan = columns.length;
    td.textContent = 'No answers for these filters.';
  }
  for (const part of table.querySelectorAll('thead, tbody')) part.remove();
  table.append(head, body);
}

const comment = Object.assign((row) => row.comment, { comment: true });

export function renderTables(data, byId) {
  fill(
    byId('faces'),
    [
      ['Step', (r) => r.step],
      ['Answers', (r) => r.n, true],
      ...FACES.map((label, i) => [label, (r) => r.ratings[i], true]),
      ['Negative', (r) => percent(r.lowShare), true],
      ['Partial', (r) => r.partial, true],
    ],
    data.faces,
  );
  fill(
    byId('trend-table'),
    [
      ['Day', (r) => r.day],
      ['Answers', (r) => r.n, true],
      ['Negative', (r) => r.low, true],
      ['Share negative', (r) => percent(r.lowShare), true],
    ],
    data.trend,
  );
  const words = Map.groupBy(data.emotions, (r) => r.step);
  fill(
    byId('emotions'),
    [
      ['Step', ([step]) => step],
      ['Words', ([, rows]) => rows.map((r) => `${r.word} ${r.n}`).join(', ')],
    ],
    [...words],
  );
  fill(
    byId('effort'),
    [
      ['Step', (r) => r.step],
      ['Answers', (r) => r.n, true],
      ['Mean', (r) => r.mean, true],
      ['Easy', (r) => percent(r.easyShare), true],
      ['Hard', (r) => percent(r.lowShare), true],
    ],
    data.effort,
  );
  fill(
    byId('satisfaction'),
    [
      ['Step', (r) => r.step],
      ['Answers', (r) => r.n, true],
      ['Mean', (r) => r.mean, true],
      ['Satisfied (CSAT)', (r) => percent(r.csat), true],
      ['Dissatisfied', (r) => percent(r.lowShare), true],
    ],
    data.satisfaction,
  );
  fill(
    byId('nps'),
    [
      ['Step', (r) => r.step],
      ['Answers', (r) => r.n, true],
      ['Promoters', (r) => r.promoters, true],
      ['Passives', (r) => r.passives, true],
      ['Detractors', (r) => r.detractors, true],
      ['NPS', (r) => r.nps, true],
    ],
    data.nps,
  );
  fill(
    byId('recoveries'),
    [
      ['Step', (r) => r.step],
      ['Low answers', (r) => r.offered, true],
      ['Help taken', (r) => r.taken, true],
      ['Link', (r) => r.link, true],
      ['Phone', (r) => r.phone, true],
      ['Site event', (r) => r.event, true],
      ['Taken', (r) => percent(r.takenShare), true],
    ],
    data.recoveries,
  );
  fill(
    byId('latest'),
    [
      ['Time', (r) => utc(r.time)],
      ['Step', (r) => r.step],
      ['Rating', (r) => `${r.rating} (${r.instrument})${r.partial ? ', partial' : ''}`],
      ['Emotions', (r) => r.emotions.join(', ')],
      ['Comment', comment],
      ['Contact', (r) => r.contact],
    ],
    data.latestLow,
  );
}
