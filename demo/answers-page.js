/**
 * The collector's "Answers received" page, kept apart from the server code. It is one
 * self-contained document (the collector serves nothing else), and it puts every received value
 * on screen with textContent only: answers are typed by strangers and must never become markup.
 */
export const answersPage = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Answers received · feelback demo</title>
<link rel="icon" href="data:,">
<style>
  :root { color-scheme: light; --ink: #1c2420; --muted: #4f5b55; --line: #d5dbd7; --accent: #1f6f43; }
  * { box-sizing: border-box; }
  body { margin: 0; font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
    background: #f7f8f6; }
  main { max-width: 72rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
  h1 { margin: 0 0 .25rem; font-size: 1.75rem; }
  .bar { display: flex; flex-wrap: wrap; gap: .75rem 1.5rem; align-items: center; margin: 0 0 1rem; color: var(--muted); }
  .bar p { margin: 0; }
  button { font: inherit; padding: .4rem .9rem; border: 1px solid var(--accent); border-radius: .4rem;
    background: #fff; color: var(--accent); cursor: pointer; }
  button:hover { background: #eaf3ee; }
  :focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }
  .scroll { overflow-x: auto; border: 1px solid var(--line); border-radius: .5rem; background: #fff; }
  table { width: 100%; border-collapse: collapse; font-size: .9375rem; }
  caption { text-align: start; padding: .75rem 1rem; font-weight: 600; }
  th, td { padding: .55rem 1rem; text-align: start; vertical-align: top; border-top: 1px solid var(--line); }
  th { background: #eef1ef; font-weight: 600; white-space: nowrap; }
  td.comment { min-width: 14rem; white-space: pre-wrap; overflow-wrap: anywhere; }
  td.rating, td.time { white-space: nowrap; }
  code { font-size: .8125rem; color: var(--muted); }
  .empty { padding: 1.5rem 1rem; margin: 0; color: var(--muted); }
</style>
</head>
<body>
<main>
  <h1>Answers received</h1>
  <div class="bar">
    <p id="status" role="status">Loading…</p>
    <button type="button" id="clear">Clear all answers</button>
  </div>
  <div class="scroll" role="region" aria-labelledby="caption" tabindex="0">
    <table>
      <caption id="caption">Answers, newest first (refreshes every 2 seconds)</caption>
      <thead>
        <tr>
          <th scope="col">Time</th><th scope="col">Step</th><th scope="col">Rating</th><th scope="col">Emotions</th>
          <th scope="col">Comment</th><th scope="col">Page</th><th scope="col">Id</th>
        </tr>
      </thead>
      <tbody id="rows"></tbody>
    </table>
    <p class="empty" id="empty" hidden>No answers yet. Answer a prompt in the storefront and it appears here.</p>
  </div>
</main>
<script>
  const rows = document.getElementById('rows');
  const status = document.getElementById('status');
  const empty = document.getElementById('empty');
  let shown = '';

  const setStatus = (text) => { if (status.textContent !== text) status.textContent = text; };
  const text = (value) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

  function cell(row, value, className) {
    const td = row.insertCell();
    td.textContent = value || '—';
    if (className) td.className = className;
    return td;
  }

  function render(events) {
    // Only appends and clears happen, so count + last id tells whether anything changed;
    // redrawing on every poll would lose a reader's place in the table.
    const key = events.length + ':' + text(events.at(-1)?.id);
    if (key === shown) return;
    shown = key;
    rows.replaceChildren();
    for (const event of events.slice().reverse()) {
      const data = event && typeof event.data === 'object' && event.data ? event.data : {};
      const row = rows.insertRow();
      const when = new Date(text(event.time));
      const time = document.createElement('time');
      time.dateTime = text(event.time);
      time.textContent = Number.isNaN(when.getTime()) ? text(event.time) || '—' : when.toLocaleString();
      cell(row, '', 'time').replaceChildren(time);
      cell(row, text(data.step) || text(event.subject));
      cell(row, Number.isInteger(data.rating) ? data.rating + ' / 5' : '', 'rating');
      cell(row, Array.isArray(data.emotions) ? data.emotions.map(text).join(', ') : '');
      cell(row, text(data.comment), 'comment');
      cell(row, text(data.page));
      cell(row, '').replaceChildren(Object.assign(document.createElement('code'), { textContent: text(event.id) }));
    }
    empty.hidden = events.length > 0;
    setStatus(events.length === 1 ? '1 answer received.' : events.length + ' answers received.');
  }

  async function refresh() {
    try {
      const response = await fetch('/answers', { cache: 'no-store' });
      if (!response.ok) throw new Error('HTTP ' + response.status);
      const events = await response.json();
      render(Array.isArray(events) ? events : []);
    } catch (error) {
      setStatus('Could not load the answers (' + error.message + '). Is the collector still running?');
      shown = '';
    }
  }

  document.getElementById('clear').addEventListener('click', async () => {
    if (!confirm('Delete every answer received so far?')) return;
    await fetch('/answers', { method: 'DELETE' }).catch(() => {});
    refresh();
  });
  refresh();
  setInterval(refresh, 2000);
</script>
</body>
</html>
`;
