/**
 * The real widget on this page (dist/feelback.js, sending to the local collector) and the answers
 * of this page the collector has received (the widget's `delivered` event: the collector allows no
 * cross-origin reads), charted as the average feeling per journey step.
 */
import { el, svg } from './dom.js';
import { configFor } from './state.js';

const STEPS = ['add_to_basket', 'checkout', 'order_confirmed', 'return_submitted', 'support_closed'];

/** Average rating and count per step, in the order steps first appear. */
export function feelingsByStep(events) {
  const steps = new Map();
  for (const event of events) {
    const { step, rating } = event?.data ?? {};
    if (typeof step !== 'string' || typeof rating !== 'number') continue;
    const entry = steps.get(step) ?? { step, total: 0, count: 0 };
    entry.total += rating;
    entry.count += 1;
    steps.set(step, entry);
  }
  return [...steps.values()].map(({ step, total, count }) => ({ step, average: total / count, count }));
}

function chart(rows) {
  const bar = 24;
  const gap = 12;
  const height = rows.length * (bar + gap);
  const summary = rows.map((r) => `${r.step}: ${r.average.toFixed(1)} of 5 from ${r.count}`).join('; ');
  return svg(
    'svg',
    {
      class: 'chart',
      role: 'img',
      'aria-label': `Average feeling by step (1 very unhappy to 5 very happy). ${summary}`,
      viewBox: `0 0 480 ${height}`,
      width: '100%',
    },
    ...rows.flatMap((r, i) => {
      const y = i * (bar + gap);
      return [
        svg('text', { x: 0, y: y + 17 }, document.createTextNode(r.step)),
        svg('rect', { x: 150, y, width: (r.average / 5) * 250, height: bar, fill: '#1f6f43', rx: 4 }),
        svg(
          'text',
          { x: 160 + (r.average / 5) * 250, y: y + 17 },
          document.createTextNode(`${r.average.toFixed(1)} (${r.count})`),
        ),
      ];
    }),
  );
}

export function buildLive(container, collector) {
  let state;
  const step = el(
    'select',
    { id: 'live-step' },
    STEPS.map((name) => el('option', { value: name }, name)),
  );
  const ask = el(
    'button',
    {
      type: 'button',
      id: 'live-ask',
      onclick: () => {
        // `init` replaces the config (and any open prompt), so every ask uses the current look.
        window.feelback('init', configFor(state, { endpoint: `${collector}/answers`, site: 'feelback-studio' }));
        window.feelback('ask', step.value);
      },
    },
    'Ask on this page',
  );
  const status = el('p', { role: 'status', id: 'live-status' });
  const plot = el('div', { id: 'live-chart' });
  container.append(
    el('p', {}, 'Answer the real widget here: it sends to the local collector, and the chart shows what has arrived.'),
    el('div', { class: 'field' }, el('label', { for: 'live-step' }, 'Journey step'), step),
    ask,
    status,
    plot,
  );

  const sent = new Map();
  const received = [];
  function draw() {
    const rows = feelingsByStep(received);
    status.textContent = `${received.length} answer${received.length === 1 ? '' : 's'} received.`;
    plot.replaceChildren(rows.length ? chart(rows) : el('p', {}, 'No answers yet.'));
  }
  window.feelback('on', 'answered', (answer) => sent.set(answer.id, { data: answer }));
  window.feelback('on', 'delivered', ({ ids }) => {
    for (const id of ids) {
      if (sent.has(id)) received.push(sent.get(id));
      sent.delete(id);
    }
    draw();
  });
  draw();

  return function update(next) {
    state = next;
  };
}
