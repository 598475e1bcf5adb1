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
    value: Number.NaN,
    text: loadsWithAny ? `${loadsWithAny}/${timing.n} loads, ≤${longest} ms` : `none in ${timing.n}`,
  };
}

/** The worst CLS over every measured load of the candidate, with and without a prompt. */
function clsCell(timings) {
  const measured = Object.values(timings).filter((timing) => !timing.error);
  if (!measured.length) return { error: 'not measured' };
  const worst = Math.max(...measured.map((timing) => timing.cls.max));
  return { value: Number.NaN, text: worst === 0 ? '0' : worst.toFixed(4) };
}

/** The rows of the main table, each a label and a cell maker per candidate. */
export function tableRows() {
  const t = (key, pick) => (c) => timingCell(c.timings[key], pick);
  return [
    ['Code before first prompt: raw, kB', (c) => bytesCell(c.bytes.prompt, 'raw')],
    ['  gzip -9, kB', (c) => bytesCell(c.bytes.prompt, 'gzip')],
    ['  brotli -q 11, kB', (c) => bytesCell(c.bytes.prompt, 'brotli')],
    ['Code at load, no prompt: gzip, kB', (c) => bytesCell(c.bytes.load, 'gzip')],
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
      if (i && !cell.error && Number.isFinite(cell.value) && Number.isFinite(base.value) && base.value > 0) {
        text += `  ×${(cell.value / base.value).toFixed(1)}`;
      }
      line += pad(text, widths[i + 1]);
    });
    lines.push(line.trimEnd());
  }
  if (errors.length) lines.push('', ...errors.map((text, i) => `[${i + 1}] ${text}`));
  return lines.join('\n');
}

/** The feelback-only table: one column per outbox size, and the growth from the first to the last. */
export function formatFeelback(rows) {
  const head =
    pad('feelback only, 1× CPU', 38) +
    rows.map((r) => pad(`${r.count.toLocaleString('en')} waiting`, 20)).join('') +
    'growth';
  const line = (label, get, fmt) => {
    const values = rows.map((r) => {
      try {
        return get(r);
      } catch {
        return undefined;
      }
    });
    const cells = values.map((v, i) =>
      pad(v === undefined ? `n/a: ${rows[i].promptError ?? rows[i].flushError ?? '?'}`.slice(0, 19) : fmt(v), 20),
    );
    const [a, b] = [values[0], values.at(-1)];
    const growth = typeof a === 'number' && typeof b === 'number' && a > 0 ? `×${(b / a).toFixed(1)}` : '';
    return (pad(label, 38) + cells.join('') + growth).trimEnd();
  };
  return [
    head,
    line('ask() → prompt painted, p50 ms', (r) => r.askToPainted.p50, ms),
    line('  p95 ms', (r) => r.askToPainted.p95, ms),
    line('Send → durable in IndexedDB, p50 ms', (r) => r.sendToDurable.p50, ms),
    line('  p95 ms', (r) => r.sendToDurable.p95, ms),
    line('Script per answer (to quiet), p50 ms', (r) => r.scriptPerAnswer.p50, ms),
    line('flush of all waiting: requests', (r) => r.flush.requests, String),
    line(
      '  seconds',
      (r) => r.flush.seconds,
      (v) => v.toFixed(2),
    ),
    line('  main-thread script, ms', (r) => r.flush.scriptMs, ms),
  ].join('\n');
}

/** Goal lines: met / not met, with the numbers. */
export function formatGoals(goals) {
  return goals.map((g) => `${g.met === undefined ? 'n/a    ' : g.met ? 'met    ' : 'NOT met'}  ${g.text}`).join('\n');
}

export { kB, lpad, ms };
