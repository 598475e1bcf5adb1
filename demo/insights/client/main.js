/**
 * The insights page: reads the filters when they are applied, fetches the numbers the collector
 * computed (/insights/data), and draws them. A `?token=` in the page's address goes with every
 * request.
 */
import { facesChart, npsChart, trendChart } from './charts.js';
import { renderTables } from './tables.js';

const REFRESH_MS = 5_000;
const byId = (id) => document.getElementById(id);
const form = byId('filters');
const status = byId('status');
const problem = byId('filters-problem');
const token = new URLSearchParams(location.search).get('token');
let shown = '';
let latest;

/** The filters as the form has them now. */
function query() {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (value) params.set(name, String(value));
  if (token) params.set('token', token);
  return params;
}

/** What the numbers are for: the filters last applied, never what is half-typed in the form. */
let applied = query();
/** The filters of the numbers on the page. */
let shownFor = applied;

/** Says next to the fields what is wrong (`''`: nothing), and marks the fields it is about. */
function showProblem(text, fields = []) {
  problem.textContent = text;
  problem.hidden = !text;
  for (const field of form.querySelectorAll('select, input')) {
    if (fields.includes(field.name)) {
      field.setAttribute('aria-invalid', 'true');
      field.setAttribute('aria-describedby', problem.id);
    } else {
      field.removeAttribute('aria-invalid');
      field.removeAttribute('aria-describedby');
    }
  }
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
  setOptions(byId('source'), data.options.sources);
  // One site is no choice; a site still chosen stays in view, so it can be taken off.
  byId('source-field').hidden = data.options.sources.length < 2 && !byId('source').value;
  const { answers, partial, low, recoveries } = data.totals;
  status.textContent = `${count(answers, 'answer')} (${partial} partial), ${low} negative, ${count(recoveries, 'recovery', 'recoveries')} taken.`;
  renderTables(data, byId);
  facesChart(byId('faces-chart'), data.faces);
  trendChart(byId('trend-chart'), data.trend);
  npsChart(byId('nps-chart'), data.nps);
}

async function refresh() {
  const params = applied;
  try {
    const response = await fetch(`/insights/data?${params}`, { cache: 'no-store' });
    const data = await response.json();
    // Filters applied since this request left: its numbers are for filters no longer asked for.
    if (params !== applied) return;
    if (response.status === 400) {
      // The collector is fine; the filters are not. The page goes on with those of its numbers.
      applied = shownFor;
      const field = /^(\w+):/.exec(data.error)?.[1];
      return showProblem(`These filters cannot be applied (${data.error}).`, [field]);
    }
    if (!response.ok) throw new Error(data.error ?? `HTTP ${response.status}`);
    shownFor = params;
    // The exports follow the numbers shown.
    const search = String(params);
    for (const kind of ['csv', 'ndjson']) byId(`export-${kind}`).href = `/export.${kind}${search ? `?${search}` : ''}`;
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
  const next = query();
  const [from, to] = [next.get('from'), next.get('to')];
  // Days as YYYY-MM-DD compare as text.
  if (from && to && from > to) {
    return showProblem('From must not be after To: change one of them, then Apply.', ['from', 'to']);
  }
  showProblem('');
  applied = next;
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
