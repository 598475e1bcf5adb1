/**
 * The trend chart's ticks (Plot's intervals, from the global `Plot`). The days on its x axis run
 * from the first day with answers to the last, with every day between: their spacing comes from
 * that span, not from how many of the days have answers.
 */
const DAY_MS = 86_400_000;
/** The room one label needs on the x axis, in pixels. */
const LABEL_SPACING = 80;
const YEARS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000];
/** Calendar steps, finest first: Plot's interval, its longest length in days, what its ticks show. */
const STEPS = [
  ['day', 1, 'day'],
  ['2 days', 2, 'day'],
  ['week', 7, 'day'],
  ['2 weeks', 14, 'day'],
  ['month', 31, 'month'],
  ['3 months', 92, 'month'],
  ['6 months', 184, 'month'],
  ...YEARS.map((n) => [`${n} years`, 366 * n, 'year']),
];
/** Each label without and with the year. */
const FORMATS = { day: ['%b %-d', '%b %-d, %Y'], month: ['%b', '%b %Y'], year: ['%Y', '%Y'] };

/** How many days the chart spans, the first and the last included. */
export const daySpan = (first, last) => (last - first) / DAY_MS + 1;

/**
 * The x ticks for days `first` to `last` (Dates at 00:00 UTC) on a chart `width` pixels wide: the
 * finest calendar step that gives at least one tick and no more than fit, labelled with the year
 * when the days cross one, so that no two ticks read the same.
 */
export function dayTicks(first, last, width) {
  const most = Math.max(2, Math.floor(width / LABEL_SPACING));
  // A tick marks the start of a day: none after the last day's.
  const end = new Date(last.getTime() + DAY_MS);
  const days = daySpan(first, last);
  const format = (unit) => FORMATS[unit][first.getUTCFullYear() === last.getUTCFullYear() ? 0 : 1];
  for (const [step, longest, unit] of STEPS) {
    // Too many ticks for certain: not worth listing them (a century of single days, say).
    if (days / longest > most + 1) continue;
    const ticks = Plot.utcInterval(step).range(first, end);
    if (ticks.length >= 1 && ticks.length <= most) return { ticks, tickFormat: format(unit) };
  }
  return { ticks: [first], tickFormat: format('day') };
}

/** Whole-number ticks for counts from 0 to `top`, in steps of 1, 2, 5, 10, 20, 50…: at most `most` + 1. */
export function countTicks(top, most = 5) {
  const factors = [1, 2, 5];
  let step = 1;
  for (let i = 1; top / step > most; i++) step = factors[i % 3] * 10 ** Math.floor(i / 3);
  return Array.from({ length: Math.floor(top / step) + 1 }, (_, i) => i * step);
}
