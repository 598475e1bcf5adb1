/**
 * The insights page: reads the filters, fetches the numbers the collector computed
 * (/insights/data), and draws them. A `?token=` in the page's address goes with every request.
 */
import { facesChart, npsChart, trendChart } from './charts.js';
import { renderTables } from './tables.js';

const REFRESH_MS = 5_000;
const byId = (id) => document.getElementById(id);
const form = byId('filters');
const status = byId('status');
const token = new URLSearchParams(location.search).get('token');
let shown = '';
let latest;

function query() {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (value) params.set(name, String(value));
  if (token) params.set('token', token);
  return params;
}

/** Keeps the chosen value while the list of choices grows. */
function setOptions(select, values) {
  const chosen = select.value;
  const first = select.options[0];
  select.replaceChildren(first, ...values.map((value) => new Option(value, value)));
  select.value = values.includes(chosen) ? chosen : '';
}

/** "1 answer", "2 answers". */
const count = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function render(data) {
  latest = data;
  setOptions(byId('step'), data.options.steps);
  setOptions(byId('lang'), data.options.languages);
  const { answers, partial, low, recoveries } = data.totals;
  status.textContent = `${count(answers, 'answer')} (${partial} partial), ${low} negative, ${count(recoveries, 'recovery', 'recoveries')} taken.`;
  renderTables(data, byId);
  facesChart(byId('faces-chart'), data.faces);
  trendChart(byId('trend-chart'), data.trend);
  npsChart(byId('nps-chart'), data.nps);
}

async function refresh() {
  const params = query();
  for (const kind of ['csv', 'ndjson']) byId(`export-${kind}`).href = `/export.${kind}?${params}`;
  try {
    const response = await fetch(`/insights/data?${params}`, { cache: 'no-store' });
    const data = await response.json();
    if (!response.ok) throw new Error(data.error ?? `HTTP ${response.status}`);
    const key = JSON.stringify(data);
    // Redrawing unchanged numbers would lose a reader's place.
    if (key !== shown) {
      shown = key;
      render(data);
    }
  } catch (error) {
    status.textContent = `Could not load the insights (${error.message}). Is the collector still running?`;
    shown = '';
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  refresh();
});
// The charts are drawn to the page's width: draw them again when it changes.
let resizing;
addEventListener('resize', () => {
  clearTimeout(resizing);
  resizing = setTimeout(() => latest && render(latest), 200);
});
refresh();
setInterval(refresh, REFRESH_MS);
