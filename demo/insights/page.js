/**
 * The insights page: one document, its scripts from the collector itself (CSP `script-src 'self'`).
 * Every value from an answer reaches the screen as text (textContent, Plot's text), never markup.
 */
export const PAGE_HEADERS = {
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'Referrer-Policy': 'no-referrer',
};

const section = (id, title, body) => `<section aria-labelledby="${id}-title" id="${id}">
    <h2 id="${id}-title">${title}</h2>
    ${body}
  </section>`;

const table = (id, caption) =>
  `<div class="scroll" role="region" aria-labelledby="${id}-caption" tabindex="0"><table id="${id}"><caption id="${id}-caption">${caption}</caption></table></div>`;

export const insightsPage = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Insights · feelback demo</title>
<link rel="icon" href="data:,">
<style>
  :root { color-scheme: light; --ink: #1c2420; --muted: #4f5b55; --line: #d5dbd7; --accent: #1f6f43; --bad: #a3281c; }
  * { box-sizing: border-box; }
  body { margin: 0; font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #f7f8f6; }
  main { max-width: 72rem; margin: 0 auto; padding: 1.25rem 1rem 3rem; }
  h1 { margin: 0 0 .25rem; font-size: 1.75rem; }
  h2 { font-size: 1.25rem; margin: 0 0 .5rem; }
  section { margin: 1.5rem 0; }
  form { display: flex; flex-wrap: wrap; gap: .75rem 1rem; align-items: end; margin: .75rem 0; padding: .75rem;
    background: #fff; border: 1px solid var(--line); border-radius: .5rem; }
  .field { display: grid; gap: .2rem; }
  .field[hidden] { display: none; }
  .problem { flex-basis: 100%; margin: 0; color: var(--bad); font-weight: 600; }
  label { font-size: .875rem; color: var(--muted); }
  select, input, button, .button { font: inherit; min-height: 2.5rem; padding: .35rem .6rem; border: 1px solid #7a857f;
    border-radius: .4rem; background: #fff; color: var(--ink); max-width: 100%; }
  button, .button { border-color: var(--accent); color: var(--accent); cursor: pointer; text-decoration: none;
    display: inline-flex; align-items: center; }
  :focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }
  .bar { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; }
  #status { margin: .5rem 0; font-weight: 600; }
  .scroll { overflow-x: auto; border: 1px solid var(--line); border-radius: .5rem; background: #fff; }
  table { width: 100%; border-collapse: collapse; font-size: .9375rem; }
  caption { text-align: start; padding: .6rem .75rem; font-weight: 600; }
  th, td { padding: .45rem .75rem; text-align: start; vertical-align: top; border-top: 1px solid var(--line); }
  th { background: #eef1ef; font-weight: 600; }
  td.num, th.num { text-align: end; font-variant-numeric: tabular-nums; }
  td.num { white-space: nowrap; }
  td.comment { min-width: 12rem; white-space: pre-wrap; overflow-wrap: anywhere; }
  figure { margin: .75rem 0; padding: .5rem; background: #fff; border: 1px solid var(--line); border-radius: .5rem; overflow: hidden; }
  figure svg { max-width: 100%; height: auto; }
  figure h2, figure h3 { font-size: 1rem; margin: 0 0 .25rem; }
  .empty { color: var(--muted); margin: .5rem 0; }
</style>
</head>
<body>
<main>
  <h1>Insights</h1>
  <p>How each step of the journey feels, from the answers this collector has stored. Days are UTC; partial answers count once, with the answer that replaced them.</p>
  <form id="filters">
    <div class="field"><label for="step">Step</label><select name="step" id="step"><option value="">All steps</option></select></div>
    <div class="field"><label for="from">From</label><input type="date" name="from" id="from"></div>
    <div class="field"><label for="to">To</label><input type="date" name="to" id="to"></div>
    <div class="field"><label for="lang">Language</label><select name="lang" id="lang"><option value="">All languages</option></select></div>
    <div class="field" id="source-field" hidden><label for="source">Site</label><select name="source" id="source"><option value="">All sites</option></select></div>
    <button type="submit">Apply</button>
    <p class="problem" id="filters-problem" role="alert" hidden></p>
  </form>
  <div class="bar">
    <p id="status" role="status">Loading…</p>
    <a class="button" id="export-csv" href="/export.csv" download>Export CSV</a>
    <a class="button" id="export-ndjson" href="/export.ndjson" download>Export NDJSON</a>
  </div>
  ${section('feel', 'How each step feels', `<div id="faces-chart"></div>${table('faces', 'Faces per step: count of each face, share negative (the two lowest faces)')}`)}
  ${section('trend', 'Trend by day', `<div id="trend-chart"></div>${table('trend-table', 'Answers per day and share negative')}`)}
  ${section('words', 'Emotion words per step', table('emotions', 'Words the shoppers picked, most picked first'))}
  ${section('scales', 'Effort and satisfaction', `${table('effort', 'Effort (CES, 1–7): mean, share easy (5–7), share hard (1–2)')}<p></p>${table('satisfaction', 'Satisfaction (CSAT, 1–5): mean, share satisfied (4–5), share dissatisfied (1–2)')}`)}
  ${section('recommend', 'Would they recommend you (NPS)', `<div id="nps-chart"></div>${table('nps', 'NPS per step: promoters (9–10) minus detractors (0–6), in percent')}`)}
  ${section('help', 'Help offered and taken', table('recoveries', 'Low answers (help is offered after them on steps with recovery) and help taken, per step'))}
  ${section('negative', 'Latest negative answers', table('latest', 'The 20 latest low answers, newest first'))}
</main>
<script src="/vendor/d3.js"></script>
<script src="/vendor/plot.js"></script>
<script type="module" src="/insights/main.js"></script>
</body>
</html>
`;
