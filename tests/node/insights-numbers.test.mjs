/**
 * The insights' numbers, computed by the collector's SQL, against a fixed set of answers counted
 * by hand (tests/node/support/known-answers.mjs), over real HTTP. Run after `npm run build`.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Window } from 'happy-dom';
import { startCollector } from '../../demo/collector.js';
import { answer, post } from './support/http.mjs';
import { KNOWN_EVENTS, postKnownEvents, uuid } from './support/known-answers.mjs';

let collector;
const insights = async (query = '') => {
  const response = await fetch(`${collector.url}/insights/data${query}`);
  assert.equal(response.status, 200);
  return response.json();
};

before(async () => {
  collector = await startCollector();
  await postKnownEvents(collector.endpoint);
  // A retried batch changes nothing.
  await postKnownEvents(collector.endpoint, 7);
});
after(() => collector.close());

describe('insights of the known answers, unfiltered', () => {
  test('stores every event once, and counts a replaced partial answer once', async () => {
    assert.equal(collector.received.length, 34);
    assert.equal(collector.duplicates, 34);
    const { totals } = await insights();
    assert.deepEqual(totals, { answers: 29, partial: 1, low: 10, recoveries: 3 });
  });

  test('faces per step: each face counted, share negative, partial answers', async () => {
    const { faces } = await insights();
    assert.deepEqual(faces, [
      { step: 'checkout', n: 7, low: 3, lowShare: 42.9, partial: 1, ratings: [2, 1, 1, 2, 1] },
      { step: 'order_confirmed', n: 3, low: 1, lowShare: 33.3, partial: 0, ratings: [1, 0, 0, 1, 1] },
    ]);
  });

  test('emotion words per step, most picked first; a replaced partial answer adds none', async () => {
    const { emotions } = await insights();
    assert.deepEqual(
      emotions.map(({ step, word, n }) => `${step} ${word} ${n}`),
      [
        'checkout relieved 2',
        'checkout annoyed 1',
        'checkout confused 1',
        'checkout frustrated 1',
        'checkout happy 1',
        'order_confirmed delighted 1',
        'order_confirmed disappointed 1',
        'returns frustrated 1',
      ],
    );
  });

  test('effort and satisfaction per step', async () => {
    const { effort, satisfaction } = await insights();
    assert.deepEqual(effort, [{ step: 'returns', n: 5, mean: 4.2, easyShare: 60, lowShare: 40 }]);
    assert.deepEqual(satisfaction, [{ step: 'support_closed', n: 4, mean: 3.5, csat: 50, lowShare: 25 }]);
  });

  test('NPS per step: promoters (9–10) minus detractors (0–6), in percent, with n', async () => {
    const { nps } = await insights();
    assert.deepEqual(nps, [{ step: 'checkout', n: 10, promoters: 5, passives: 2, detractors: 3, nps: 20 }]);
  });

  test('the trend by day (UTC)', async () => {
    const { trend } = await insights();
    assert.deepEqual(trend, [
      { day: '2026-12-01', n: 9, low: 3, lowShare: 33.3 },
      { day: '2026-12-02', n: 10, low: 4, lowShare: 40 },
      { day: '2026-12-03', n: 10, low: 3, lowShare: 30 },
    ]);
  });

  test('the latest negative answers, newest first, with comment, words and contact', async () => {
    const { latestLow } = await insights();
    assert.deepEqual(
      latestLow.map((row) => row.id),
      [30, 11, 7, 26, 25, 19, 13, 12, 2, 1].map(uuid),
    );
    assert.deepEqual(latestLow.at(-1), {
      id: uuid(1),
      time: '2026-12-01T10:01:00.000Z',
      step: 'checkout',
      instrument: 'feeling',
      rating: 1,
      partial: 0,
      comment: 'Coupon refused twice.',
      emotions: ['frustrated'],
      contact: 'ana@example.com',
    });
    assert.equal(latestLow[2].partial, 1);
  });

  test('help offered (low answers) and taken (recovery events, once per answer)', async () => {
    const { recoveries } = await insights();
    assert.deepEqual(recoveries, [
      { step: 'checkout', offered: 6, taken: 2, link: 2, phone: 1, event: 0, takenShare: 33.3 },
      { step: 'order_confirmed', offered: 1, taken: 1, link: 0, phone: 0, event: 1, takenShare: 100 },
      { step: 'returns', offered: 2, taken: 0, link: 0, phone: 0, event: 0, takenShare: 0 },
      { step: 'support_closed', offered: 1, taken: 0, link: 0, phone: 0, event: 0, takenShare: 0 },
    ]);
  });

  test('the status line counts help taken as the help table does: once per offered answer, same filters', async () => {
    for (const query of [
      '',
      '?step=checkout',
      '?lang=de',
      '?step=checkout&lang=de',
      '?from=2026-12-02',
      '?to=2026-12-01',
    ]) {
      const { totals, recoveries } = await insights(query);
      const taken = recoveries.reduce((sum, row) => sum + row.taken, 0);
      assert.equal(totals.recoveries, taken, query);
    }
  });

  test('the filters offer every step and language stored, and the days they span', async () => {
    const { options } = await insights();
    assert.deepEqual(options, {
      steps: ['checkout', 'order_confirmed', 'returns', 'support_closed'],
      languages: ['de', 'en'],
      sources: ['acme-shop'],
      days: { first: '2026-12-01', last: '2026-12-03' },
    });
  });
});

describe('insights of the known answers, filtered', () => {
  test('by step', async () => {
    const { totals, faces, nps, effort } = await insights('?step=checkout');
    assert.deepEqual(totals, { answers: 17, partial: 1, low: 6, recoveries: 2 });
    assert.deepEqual(
      faces.map((row) => row.step),
      ['checkout'],
    );
    assert.equal(nps[0].nps, 20);
    assert.deepEqual(effort, []);
  });

  test('by language (the primary subtag: de-DE is de)', async () => {
    const { totals, faces } = await insights('?lang=de');
    assert.deepEqual(totals, { answers: 4, partial: 1, low: 2, recoveries: 1 });
    assert.deepEqual(
      faces.map(({ step, ratings }) => [step, ratings]),
      [
        ['checkout', [1, 1, 0, 0, 0]],
        ['order_confirmed', [0, 0, 0, 1, 0]],
      ],
    );
  });

  test('by date range, both ends included', async () => {
    const { totals, trend } = await insights('?from=2026-12-02&to=2026-12-03');
    assert.deepEqual(totals, { answers: 20, partial: 1, low: 7, recoveries: 1 });
    assert.deepEqual(
      trend.map((row) => row.day),
      ['2026-12-02', '2026-12-03'],
    );
  });

  test('a filter that is not well formed is refused with what is wrong', async () => {
    for (const [query, error] of [
      ['?from=yesterday', 'from: expected a day as YYYY-MM-DD'],
      ['?lang=EN-gb', 'lang: expected a language code such as en'],
      ['?step=check%20out', 'step: expected a step name'],
      ['?from=2026-12-03&to=2026-12-01', 'from: must not be after to'],
    ]) {
      const response = await fetch(`${collector.url}/insights/data${query}`);
      assert.deepEqual([response.status, (await response.json()).error], [400, error], query);
    }
  });
});

describe('exports', () => {
  test('CSV: one row per counted answer, formulas defused, with a byte-order mark for Excel', async () => {
    const response = await fetch(`${collector.url}/export.csv`);
    assert.equal(response.headers.get('content-type'), 'text/csv; charset=utf-8');
    const bytes = Buffer.from(await response.arrayBuffer());
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8', 3).trimEnd().split('\r\n');
    assert.equal(lines.length, 1 + 29);
    assert.equal(
      lines[0],
      'id,time,step,instrument,rating,low,partial,replaces,emotions,comment,page,locale,contact,source',
    );
    assert.equal(
      lines[1],
      `${uuid(1)},2026-12-01T10:01:00.000Z,checkout,feeling,1,1,0,,frustrated,Coupon refused twice.,,en-GB,ana@example.com,acme-shop`,
    );
    assert.ok(
      lines.includes(
        `${uuid(19)},2026-12-02T10:19:00.000Z,support_closed,satisfaction,2,1,0,,,'=1+1 took three days,,en-GB,,acme-shop`,
      ),
    );
    assert.ok(!lines.some((line) => line.startsWith(uuid(5))), 'the replaced partial answer is not a row');
  });

  test('NDJSON: every stored event as it was stored, replaced partial answers and recoveries too', async () => {
    const text = await (await fetch(`${collector.url}/export.ndjson?step=order_confirmed`)).text();
    assert.deepEqual(
      text
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line)),
      KNOWN_EVENTS.filter((event) => event.data.step === 'order_confirmed'),
    );
    const all = await (await fetch(`${collector.url}/export.ndjson`)).text();
    assert.equal(all.trimEnd().split('\n').length, 34);
  });
});

describe('help taken, joined to the answers it followed', () => {
  const recovery = (n, of, action, time, locale) => ({
    ...answer(n),
    type: 'feelback.recovery.v1',
    subject: uuid(of),
    time,
    data: { step: 'checkout', action, widgetVersion: '0.1.0', ...(locale ? { locale } : {}) },
  });
  let own;
  before(async () => {
    own = await startCollector();
    const response = await post(own.endpoint, [
      // Low late on the 1st; its help taken twice just after midnight, without a locale (GPC).
      { ...answer(1, { rating: 1, locale: 'de-DE' }), time: '2026-12-01T23:59:30.000Z' },
      recovery(11, 1, 'link', '2026-12-02T00:00:20.000Z'),
      recovery(12, 1, 'phone', '2026-12-02T00:00:40.000Z'),
      // Help after a 3 (a recovery threshold of 3): taken, but 3 is not low, so it was not offered here.
      { ...answer(2, { rating: 3 }), time: '2026-12-01T10:00:00.000Z' },
      recovery(13, 2, 'link', '2026-12-01T10:01:00.000Z'),
      // Help after a partial answer that a later answer replaces: it belongs to the later one.
      { ...answer(3, { rating: 1, partial: true }), time: '2026-12-02T10:00:00.000Z' },
      recovery(14, 3, 'event', '2026-12-02T10:01:00.000Z'),
      { ...answer(4, { rating: 2, replaces: uuid(3) }), time: '2026-12-02T10:02:00.000Z' },
    ]);
    assert.equal(response.status, 200);
  });
  after(() => own.close());
  const recoveriesOf = async (query = '') =>
    (await (await fetch(`${own.url}/insights/data${query}`)).json()).recoveries;
  const row = (offered, taken, link, phone, event) => ({
    step: 'checkout',
    offered,
    taken,
    link,
    phone,
    event,
    takenShare: Math.round((1000 * taken) / offered) / 10,
  });

  test('counts each offered answer whose help was taken once, never more than were offered', async () => {
    assert.deepEqual(await recoveriesOf(), [row(2, 2, 1, 1, 1)]);
  });

  test("filters by the answer's day and language, not the recovery's", async () => {
    assert.deepEqual(await recoveriesOf('?to=2026-12-01'), [row(1, 1, 1, 1, 0)]);
    assert.deepEqual(await recoveriesOf('?from=2026-12-02'), [row(1, 1, 0, 0, 1)]);
    assert.deepEqual(await recoveriesOf('?lang=de'), [row(1, 1, 1, 1, 0)]);
  });

  test('the status line agrees with the table: help taken twice, after a 3, or on another day counts as the table does', async () => {
    const takenOf = async (query) => (await (await fetch(`${own.url}/insights/data${query}`)).json()).totals.recoveries;
    assert.deepEqual(
      await Promise.all(['', '?to=2026-12-01', '?from=2026-12-02', '?lang=de'].map(takenOf)),
      [2, 1, 1, 1],
    );
  });
});

describe('the trend chart', () => {
  let trendChart;
  let drawn;
  let window;
  before(async () => {
    window = new Window();
    const Plot = await import('@observablehq/plot');
    globalThis.document = window.document;
    // What Plot drew, before the page takes the labels of its groups off (they name the axes).
    globalThis.Plot = {
      ...Plot,
      plot: (options) => {
        const figure = Plot.plot({ ...options, document: window.document });
        drawn = figure.cloneNode(true);
        return figure;
      },
    };
    ({ trendChart } = await import('../../demo/insights/client/charts.js'));
  });
  after(() => {
    delete globalThis.document;
    delete globalThis.Plot;
    window.close();
  });
  /** The tick labels of each axis, for these rows drawn 600 px wide. */
  const draw = (rows) => {
    const container = window.document.createElement('div');
    Object.defineProperty(container, 'clientWidth', { value: 600 });
    trendChart(container, rows);
    const labels = (axis) =>
      [...drawn.querySelectorAll(`[aria-label="${axis}-axis tick label"] text`)].map((text) => text.textContent);
    const barWidths = [...drawn.querySelectorAll('[aria-label="rect"] rect')].map((rect) =>
      Number(rect.getAttribute('width')),
    );
    return { container, x: labels('x'), y: labels('y'), barWidths };
  };
  const day = (date, n = 1) => ({ day: date, n, low: 0, lowShare: 0 });

  test('leaves out a day that is no date (stored before the schema checked it) rather than fail the page', () => {
    const { container } = draw([
      { day: '2026-12-01', n: 3, low: 1, lowShare: 33.3 },
      { day: '2026-13-45', n: 1, low: 1, lowShare: 100 },
    ]);
    assert.deepEqual(
      [...container.querySelectorAll('svg title')].map((title) => title.textContent),
      ['2026-12-01: 1 negative', '2026-12-01: 2 other'],
    );
  });

  test('spaces its day labels by the span of days, not by the days that have answers', () => {
    // Two days with answers, 64 days apart: one label a day would be 65, on top of each other.
    assert.deepEqual(draw([day('2026-01-01'), day('2026-03-05')]).x, ['Jan 11', 'Jan 25', 'Feb 8', 'Feb 22']);
    assert.deepEqual(draw([day('2026-12-01'), day('2026-12-02'), day('2026-12-03')]).x, ['Dec 1', 'Dec 2', 'Dec 3']);
  });

  test('labels carry the year when the days cross one, so no two read the same', () => {
    assert.deepEqual(draw([day('2025-06-01'), day('2027-06-01')]).x, ['Jul 2025', 'Jan 2026', 'Jul 2026', 'Jan 2027']);
    assert.deepEqual(draw([day('2025-12-30'), day('2026-01-02')]).x, [
      'Dec 30, 2025',
      'Dec 31, 2025',
      'Jan 1, 2026',
      'Jan 2, 2026',
    ]);
  });

  test('an answer from a device whose clock was decades off: a few year labels, and every day still in sight', () => {
    const { x, barWidths } = draw([day('1999-01-01'), day('2026-12-02')]);
    assert.deepEqual(x, ['2000', '2005', '2010', '2015', '2020', '2025']);
    // Two days, each a negative and an other bar.
    assert.equal(barWidths.length, 4);
    assert.ok(
      barWidths.every((width) => Math.round(width) >= 2),
      `bars ${barWidths} px wide`,
    );
  });

  test('the count axis shows whole answers only', () => {
    assert.deepEqual(draw([day('2026-12-01', 1), day('2026-12-02', 2)]).y, ['0', '1', '2']);
    assert.deepEqual(draw([day('2026-12-01', 12_345)]).y, ['0', '5,000', '10,000']);
  });
});

/** A collector of its own (`own.collector`) holding `events`, for the tests of the describe around it. */
function ownCollector(events) {
  const own = {};
  before(async () => {
    own.collector = await startCollector();
    const response = await post(own.collector.endpoint, events);
    assert.equal(response.status, 200, await response.clone().text());
  });
  after(() => own.collector.close());
  return own;
}
const insightsOf = async (own, query = '') => {
  const response = await fetch(`${own.collector.url}/insights/data${query}`);
  assert.equal(response.status, 200, query);
  return response.json();
};

describe('languages', () => {
  const own = ownCollector([
    answer(1, { locale: 'en_US' }),
    answer(2, { locale: 'EN' }),
    answer(3, { locale: 'de_AT' }),
    answer(4, { locale: 'en-GB' }),
    answer(5, { locale: '12' }),
  ]);

  test('the filter takes every language the list offers: en_US is en, and a locale that names none is left out', async () => {
    const { options } = await insightsOf(own);
    assert.deepEqual(options.languages, ['de', 'en']);
    const counts = [];
    for (const lang of options.languages) counts.push((await insightsOf(own, `?lang=${lang}`)).totals.answers);
    assert.deepEqual(counts, [1, 3]);
  });
});

describe('ids in either case', () => {
  const upper = (n) => uuid(n).toUpperCase().replace('0000-4000', 'ABCD-4ABC');
  const lower = (n) => upper(n).toLowerCase();
  const own = ownCollector([
    { ...answer(1), id: upper(1) },
    // A partial answer, and the answer replacing it naming it in the other case.
    { ...answer(2, { rating: 1, partial: true }), id: lower(2) },
    { ...answer(3, { replaces: upper(2), rating: 1 }), id: lower(3) },
    // Help taken after answer 3, naming it in the other case.
    {
      ...answer(4),
      id: lower(4),
      type: 'feelback.recovery.v1',
      subject: upper(3),
      data: { step: 'checkout', action: 'link', widgetVersion: '0.1.0' },
    },
  ]);

  test('an id sent again in the other case is a duplicate, stored and counted once', async () => {
    const again = await post(own.collector.endpoint, [{ ...answer(1), id: lower(1) }]);
    assert.deepEqual(await again.json(), { accepted: 0, duplicates: 1 });
    assert.equal(own.collector.received.length, 4);
  });

  test('replaces and a recovery’s subject find their answer in either case', async () => {
    const { totals } = await insightsOf(own);
    assert.deepEqual(totals, { answers: 2, partial: 0, low: 2, recoveries: 1 });
  });
});

describe('sites', () => {
  const own = ownCollector([
    answer(1, { rating: 1 }),
    { ...answer(2, { rating: 5, comment: 'ok;=1+1' }), source: 'outlet; "second" shop' },
    { ...answer(3, { rating: 4 }), source: 'outlet; "second" shop' },
  ]);
  const outlet = `?source=${encodeURIComponent('outlet; "second" shop')}`;

  test('the insights list every site and filter by one', async () => {
    assert.deepEqual((await insightsOf(own)).options.sources, ['acme-shop', 'outlet; "second" shop']);
    assert.deepEqual((await insightsOf(own, outlet)).totals, { answers: 2, partial: 0, low: 0, recoveries: 0 });
    assert.deepEqual((await insightsOf(own, '?source=acme-shop')).totals, {
      answers: 1,
      partial: 0,
      low: 1,
      recoveries: 0,
    });
    const tooLong = await fetch(`${own.collector.url}/insights/data?source=${'x'.repeat(101)}`);
    assert.deepEqual(
      [tooLong.status, (await tooLong.json()).error],
      [400, 'source: expected a site of at most 100 characters'],
    );
  });

  test('the CSV names the site of each row, and quotes a cell with a ";" so no spreadsheet splits it', async () => {
    const lines = (await (await fetch(`${own.collector.url}/export.csv${outlet}`)).text()).trimEnd().split('\r\n');
    assert.deepEqual(lines.slice(1), [
      `${uuid(2)},2026-12-06T09:00:00.000Z,checkout,feeling,5,0,0,,,"ok;=1+1",,,,"outlet; ""second"" shop"`,
      `${uuid(3)},2026-12-06T09:00:00.000Z,checkout,feeling,4,0,0,,,,,,,"outlet; ""second"" shop"`,
    ]);
  });
});
