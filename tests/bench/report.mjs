/** The printed table: one column per candidate, each anchor's cell with its ratio to feelback. */

const kB = (bytes) => (bytes / 1000).toFixed(1);
const ms = (value) => (Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(1));
const pad = (text, width) => String(text).padEnd(width);
const lpad = (text, width) => String(text).padStart(width);

/** A cell: `value` for the ratio (NaN: none), `text` to print, or `error` (printed instead). */
const bytesCell = (bytes, key) =>
  bytes.error ? { error: bytes.error } : { value: bytes[key], text: kB(bytes[key]) + (bytes.varied ? '*' : '') };

function timingCell(timing, pick) {
  if (!timing || timing.error) return { error: timing?.error ?? 'not measured' };
  const { median, min, max } = pick(timing);
  return { value: median, text: `${ms(median)} [${ms(min)}–${ms(max)}]` };
}

function longTaskCell(timing) {
  if (!timing || timing.error) return { error: timing?.error ?? 'not measured' };
  const { loadsWithAny, longest } = timing.longTasks;
  return {
    value: loadsWithAny,
    text: loadsWithAny ? `${loadsWithAny}/${timing.n} loads, ≤${longest} ms` : `none in ${timing.n}`,
  };
}

/** The worst CLS over every measured load of the candidate, with and without a prompt. */
function clsCell(timings) {
  const measured = Object.values(timings).filter((timing) => !timing.error);
  if (!measured.length) return { error: 'not measured' };
  const worst = Math.max(...measured.map((timing) => timing.cls.max));
  return { value: worst, text: worst === 0 ? '0' : worst.toFixed(4) };
}

/** The rows of the main table, each a label and a cell maker per candidate. */
export function tableRows() {
  const t = (key, pick) => (c) => timingCell(c.timings[key], pick);
  return [
    ['Code at load (every page view): raw, kB', (c) => bytesCell(c.bytes.load, 'raw')],
    ['  gzip -9, kB', (c) => bytesCell(c.bytes.load, 'gzip')],
    ['  brotli -q 11, kB', (c) => bytesCell(c.bytes.load, 'brotli')],
    ['Code before the first prompt: raw, kB', (c) => bytesCell(c.bytes.prompt, 'raw')],
    ['  gzip -9, kB', (c) => bytesCell(c.bytes.prompt, 'gzip')],
    ['  brotli -q 11, kB', (c) => bytesCell(c.bytes.prompt, 'brotli')],
    ['Script at load, 1× CPU, ms', t('load@1x', (x) => x.scriptMs)],
    ['Script at load, 4× CPU, ms', t('load@4x', (x) => x.scriptMs)],
    ['Script, prompt on load, 4× CPU, ms', t('prompt@4x', (x) => x.scriptMs)],
    ['All main-thread tasks at load, 4×, ms', t('load@4x', (x) => x.taskMs)],
    ['Navigation → prompt painted, 4×, ms', t('prompt@4x', (x) => x.paintedAt)],
    ['Long tasks with its script, load 1×', (c) => longTaskCell(c.timings['load@1x'])],
    ['  load 4×', (c) => longTaskCell(c.timings['load@4x'])],
    ['  prompt on load 4×', (c) => longTaskCell(c.timings['prompt@4x'])],
    ['CLS, worst of all loads', (c) => clsCell(c.timings)],
    [
      'JS heap after load + GC, kB',
      t('load@1x', (x) => ({ median: x.heap.median / 1000, min: x.heap.min / 1000, max: x.heap.max / 1000 })),
    ],
    [
      'JS heap with prompt + GC, kB',
      t('prompt@4x', (x) => ({ median: x.heap.median / 1000, min: x.heap.min / 1000, max: x.heap.max / 1000 })),
    ],
  ];
}

/** An anchor's figure against feelback's: ×ratio, or why there is none. */
function ratio(value, base) {
  if (!Number.isFinite(value) || !Number.isFinite(base)) return '×?';
  if (base > 0) return `×${(value / base).toFixed(1)}`;
  return value === base ? '×= (both 0)' : '×∞ (feelback 0)';
}

/** Which files each byte figure counts, per candidate. */
export function formatByteFiles(results, order, labels) {
  const names = (bytes) =>
    bytes.error ? `n/a (${bytes.error})` : bytes.files.map((file) => file.path.split('/').at(-1)).join(' + ');
  return order
    .filter((id) => !results.candidates[id].error)
    .map((id) => {
      const { load, prompt } = results.candidates[id].bytes;
      return `  ${labels[id]}: at load ${names(load)}; before the first prompt ${names(prompt)}`;
    })
    .join('\n');
}

/** Formats the main table. `order` is feelback first, then the anchors. */
export function formatTable(aggregated, order, labels) {
  const widths = [38, 24, ...order.slice(1).map(() => 32)];
  const lines = [
    order
      .map((id, i) => (i ? pad(labels[id], widths[i + 1]) : pad('', widths[0]) + pad(labels[id], widths[1])))
      .join('')
      .trimEnd(),
  ];
  const errors = [];
  for (const [label, make] of tableRows()) {
    const cells = order.map((id) => {
      const candidate = aggregated.candidates[id];
      return candidate.error ? { error: candidate.error } : make(candidate);
    });
    const base = cells[0];
    let line = pad(label, widths[0]);
    cells.forEach((cell, i) => {
      const note = `${labels[order[i]]}: ${cell.error}`;
      if (cell.error && !errors.includes(note)) errors.push(note);
      let text = cell.error ? `n/a [${errors.indexOf(note) + 1}]` : cell.text;
      if (i && !cell.error) text += `  ${ratio(cell.value, base.error ? Number.NaN : base.value)}`;
      line += pad(text, widths[i + 1]);
    });
    lines.push(line.trimEnd());
  }
  if (errors.length) lines.push('', ...errors.map((text, i) => `[${i + 1}] ${text}`));
  return lines.join('\n');
}

/**
 * The feelback-only table: one column per outbox size, the growth from the first to the last,
 * and the row's goal with met / not met.
 */
export function formatFeelback(rows, goals = {}) {
  const flushError = (r) => r.flushError;
  const head =
    pad('feelback only, 1× CPU', 40) +
    rows.map((r) => pad(`${r.count.toLocaleString('en')} waiting`, 20)).join('') +
    pad('growth', 10) +
    'goal';
  const verdict = (goal) =>
    goal ? `${goal.goal}: ${goal.met === undefined ? 'n/a' : goal.met ? 'met' : 'NOT met'}` : '';
  const line = (label, get, fmt, goal, errorOf = (r) => r.promptError ?? r.durableError) => {
    const values = rows.map((r) => {
      try {
        return get(r);
      } catch {
        return undefined;
      }
    });
    const cells = values.map((v, i) =>
      pad(v === undefined || Number.isNaN(v) ? `n/a: ${errorOf(rows[i]) ?? '?'}`.slice(0, 19) : fmt(v), 20),
    );
    const [a, b] = [values[0], values.at(-1)];
    const growth = Number.isFinite(a) && Number.isFinite(b) && a > 0 ? `×${(b / a).toFixed(1)}` : '';
    return (pad(label, 40) + cells.join('') + pad(growth, 10) + verdict(goal)).trimEnd();
  };
  const kb = (v) => (v / 1000).toFixed(1);
  return [
    head,
    line('ask() → prompt painted, first, ms', (r) => r.firstAskToPainted, ms),
    line('ask() → prompt painted, p50 ms', (r) => r.askToPainted.p50, ms),
    line('  p95 ms', (r) => r.askToPainted.p95, ms),
    line('Send → durable in IndexedDB, p50 ms', (r) => r.sendToDurable.p50, ms),
    line('  p95 ms', (r) => r.sendToDurable.p95, ms, goals.durableP95),
    line('  read back by a second connection, p95', (r) => r.sendToReadBack.p95, ms),
    line('  answers kept in memory only', (r) => `${r.keptInMemory} of ${r.sendToAnswered.n}`, String),
    line('Script per answer (to quiet), p50 ms', (r) => r.scriptPerAnswer.p50, ms),
    line('Flush of all waiting: requests', (r) => r.flush.requests, String, goals.flushRequests, flushError),
    line(
      '  seconds',
      (r) => r.flush.seconds,
      (v) => v.toFixed(2),
      goals.flushSeconds,
      flushError,
    ),
    line('  main-thread script, ms', (r) => r.flush.scriptMs, ms, undefined, flushError),
    line('JS heap before queueing, kB', (r) => r.flush.heap.before, kb, undefined, flushError),
    line('  with them queued (in IndexedDB), kB', (r) => r.flush.heap.queued, kb, undefined, flushError),
    line('  after flushing them, kB', (r) => r.flush.heap.after, kb, undefined, flushError),
    line('  left behind (after − before), kB', (r) => r.flush.heap.growth, kb, goals.heapLeft, flushError),
  ].join('\n');
}

/** Goal lines: met / not met, with the numbers. */
export function formatGoals(goals) {
  return goals.map((g) => `${g.met === undefined ? 'n/a    ' : g.met ? 'met    ' : 'NOT met'}  ${g.text}`).join('\n');
}

export { kB, lpad, ms };
