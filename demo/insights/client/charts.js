/**
 * The insights charts, drawn by Observable Plot (the global `Plot`, loaded before this module):
 * SVG with a title, a text alternative, and a title on every bar for a pointer's tooltip.
 */
import { countTicks, daySpan, dayTicks } from './axes.js';

const FACES = ['Very unhappy', 'Unhappy', 'Neutral', 'Happy', 'Very happy'];
const FACE_COLOURS = ['#b2182b', '#ef8a62', '#bababa', '#67a9cf', '#2166ac'];

/** Plot's margins left and right of a chart's plotting area, by default. */
const PLOT_MARGINS = 60;

const widthOf = (container) => Math.max(280, Math.min(container.clientWidth || 600, 900));

/**
 * Puts a chart on the page as one image with its text alternative: Plot labels each group of
 * marks (`<g aria-label="bar">`), which ARIA does not allow on an element without a role.
 */
function show(container, figure) {
  const chart = figure.querySelector(':scope > svg');
  chart.setAttribute('role', 'img');
  for (const group of chart.querySelectorAll('[aria-label]')) group.removeAttribute('aria-label');
  container.replaceChildren(figure);
}

export function facesChart(container, faces) {
  if (!faces.length) return container.replaceChildren();
  const data = faces.flatMap((row) => row.ratings.map((n, i) => ({ step: row.step, face: FACES[i], n, total: row.n })));
  const summary = faces.map((r) => `${r.step}: ${r.n} answers, ${r.lowShare}% negative`).join('; ');
  show(
    container,
    Plot.plot({
      title: 'Faces per step',
      ariaLabel: `Faces per step, as shares of each step's answers. ${summary}`,
      width: widthOf(container),
      height: 40 + faces.length * 36,
      marginLeft: 120,
      x: { percent: true, label: 'Share of answers (%)' },
      y: { label: null },
      color: { domain: FACES, range: FACE_COLOURS, legend: true },
      marks: [
        Plot.barX(
          data,
          Plot.stackX({
            offset: 'normalize',
            order: FACES,
            x: 'n',
            y: 'step',
            fill: 'face',
            title: (d) => `${d.step}: ${d.face} ${d.n} of ${d.total}`,
          }),
        ),
      ],
    }),
  );
}

export function trendChart(container, rows) {
  // A day that is no date (stored before the schema checked times) would throw and lose the page.
  const trend = rows.filter((row) => !Number.isNaN(Date.parse(row.day)));
  if (!trend.length) return container.replaceChildren();
  const data = trend.flatMap((row) => [
    { day: new Date(row.day), kind: 'Negative', n: row.low },
    { day: new Date(row.day), kind: 'Other', n: row.n - row.low },
  ]);
  const summary = trend.map((r) => `${r.day}: ${r.n} answers, ${r.low} negative`).join('; ');
  const width = widthOf(container);
  // The rows come by day, first to last. A day from a device's wrong clock (years off) stays
  // where it is: the ticks go by years then, and a day narrower than 2 px is widened to 2 px so
  // that no answer drops out of sight.
  const [first, last] = [new Date(trend[0].day), new Date(trend.at(-1).day)];
  const days = dayTicks(first, last, width);
  const widen = Math.max(0, (2 - (width - PLOT_MARGINS) / daySpan(first, last)) / 2);
  show(
    container,
    Plot.plot({
      title: 'Answers per day',
      ariaLabel: `Answers per day (UTC), negative ones first. ${summary}`,
      width,
      height: 220,
      x: { type: 'utc', label: null, ...days },
      y: { label: 'Answers', grid: true, ticks: countTicks(Math.max(...trend.map((row) => row.n))), tickFormat: ',d' },
      color: { domain: ['Negative', 'Other'], range: ['#b2182b', '#67a9cf'], legend: true },
      marks: [
        Plot.rectY(data, {
          x: 'day',
          interval: 'day',
          insetLeft: -widen,
          insetRight: -widen,
          y: 'n',
          fill: 'kind',
          title: (d) => `${d.day.toISOString().slice(0, 10)}: ${d.n} ${d.kind.toLowerCase()}`,
        }),
        Plot.ruleY([0]),
      ],
    }),
  );
}

export function npsChart(container, nps) {
  if (!nps.length) return container.replaceChildren();
  const summary = nps.map((r) => `${r.step}: NPS ${r.nps} from ${r.n}`).join('; ');
  show(
    container,
    Plot.plot({
      title: 'NPS per step',
      ariaLabel: `NPS per step, from −100 to 100. ${summary}`,
      width: widthOf(container),
      height: 40 + nps.length * 36,
      marginLeft: 120,
      x: { domain: [-100, 100], label: 'NPS', grid: true },
      y: { label: null },
      marks: [
        Plot.barX(nps, {
          x: 'nps',
          y: 'step',
          fill: (d) => (d.nps >= 0 ? '#2166ac' : '#b2182b'),
          title: (d) => `${d.step}: NPS ${d.nps} (${d.promoters} promoters, ${d.detractors} detractors of ${d.n})`,
        }),
        Plot.ruleX([0]),
      ],
    }),
  );
}
