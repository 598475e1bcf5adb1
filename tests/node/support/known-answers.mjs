/**
 * A fixed set of events whose insights were counted by hand (see insights-numbers.test.mjs and
 * tests/e2e/insights.spec.ts): 30 answers over three days, 29 of them counted (answer 6 replaces
 * the partial answer 5; answer 7 stays partial), and four recoveries. Event n has id uuid(n) and
 * its time at 10:n (answers) or 11:n (recoveries) UTC on its day.
 */
export const uuid = (n) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const SCALES = { feeling: [1, 5], effort: [1, 7], satisfaction: [1, 5], recommend: [0, 10] };

function answer(n, day, step, instrument, rating, extra = {}) {
  const { emotions = [], locale = 'en-GB', ...data } = extra;
  const [min, max] = SCALES[instrument];
  return {
    specversion: '1.0',
    id: uuid(n),
    source: 'acme-shop',
    type: 'feelback.answer.v1',
    time: `2026-12-${day}T10:${String(n).padStart(2, '0')}:00.000Z`,
    subject: step,
    datacontenttype: 'application/json',
    data: {
      step,
      instrument,
      scale: { min, max },
      rating,
      emotions,
      ...(locale ? { locale } : {}),
      widgetVersion: '0.1.0',
      ...data,
    },
  };
}

function recovery(n, day, answerId, step, action) {
  return {
    specversion: '1.0',
    id: uuid(n),
    source: 'acme-shop',
    type: 'feelback.recovery.v1',
    time: `2026-12-${day}T11:${String(n).padStart(2, '0')}:00.000Z`,
    subject: uuid(answerId),
    datacontenttype: 'application/json',
    data: { step, action, locale: 'en-GB', widgetVersion: '0.1.0' },
  };
}

const RECOMMEND = [10, 9, 9, 8, 6, 0, 10, 10, 7, 5];
const RECOMMEND_DAYS = ['01', '01', '01', '01', '02', '02', '02', '03', '03', '03'];

export const KNOWN_EVENTS = [
  answer(1, '01', 'checkout', 'feeling', 1, {
    emotions: ['frustrated'],
    comment: 'Coupon refused twice.',
    contact: { email: 'ana@example.com', consent: true },
  }),
  answer(2, '01', 'checkout', 'feeling', 2, { emotions: ['confused', 'annoyed'], locale: 'de-DE' }),
  answer(3, '02', 'checkout', 'feeling', 4, { emotions: ['relieved'] }),
  answer(4, '02', 'checkout', 'feeling', 5, { emotions: ['happy'], locale: 'en-US' }),
  answer(5, '02', 'checkout', 'feeling', 2, { emotions: ['worried'], partial: true }),
  answer(6, '02', 'checkout', 'feeling', 4, { emotions: ['relieved'], replaces: uuid(5), comment: 'Fine in the end.' }),
  answer(7, '03', 'checkout', 'feeling', 1, { partial: true, locale: 'de-DE' }),
  answer(8, '03', 'checkout', 'feeling', 3, { locale: null }),
  answer(9, '01', 'order_confirmed', 'feeling', 5, { emotions: ['delighted'] }),
  answer(10, '03', 'order_confirmed', 'feeling', 4, { locale: 'de-DE' }),
  answer(11, '03', 'order_confirmed', 'feeling', 1, { emotions: ['disappointed'], comment: 'Wrong size delivered.' }),
  answer(12, '01', 'returns', 'effort', 1, { emotions: ['frustrated'] }),
  answer(13, '02', 'returns', 'effort', 2),
  answer(14, '02', 'returns', 'effort', 6, { locale: 'de-DE' }),
  answer(15, '03', 'returns', 'effort', 7),
  answer(16, '03', 'returns', 'effort', 5),
  answer(17, '01', 'support_closed', 'satisfaction', 5),
  answer(18, '02', 'support_closed', 'satisfaction', 4),
  answer(19, '02', 'support_closed', 'satisfaction', 2, { comment: '=1+1 took three days' }),
  answer(20, '03', 'support_closed', 'satisfaction', 3),
  ...RECOMMEND.map((rating, i) => answer(21 + i, RECOMMEND_DAYS[i], 'checkout', 'recommend', rating)),
  recovery(31, '01', 1, 'checkout', 'link'),
  recovery(32, '01', 2, 'checkout', 'phone'),
  recovery(33, '01', 2, 'checkout', 'link'),
  recovery(34, '03', 11, 'order_confirmed', 'event'),
];

/** Posts the known events to a collector in batches of `size`, from Node (no Origin). */
export async function postKnownEvents(endpoint, size = 10) {
  for (let i = 0; i < KNOWN_EVENTS.length; i += size) {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/cloudevents-batch+json' },
      body: JSON.stringify(KNOWN_EVENTS.slice(i, i + size)),
    });
    if (!response.ok) throw new Error(`the collector refused a known batch: ${await response.text()}`);
  }
}
