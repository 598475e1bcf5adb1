/**
 * Negative answers reach a webhook as a digest, at most one message per interval: tested against
 * a real HTTP receiver on 127.0.0.1.
 */
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { digestText } from '../../demo/collector/alerts.js';
import { startCollector } from '../../demo/collector.js';
import { listen } from '../../demo/listen.js';
import { answer, post } from './support/http.mjs';

/** A chat webhook stand-in: records every JSON body posted to it, and answers `status`. */
async function startReceiver(status = 200) {
  const messages = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      messages.push({ type: req.headers['content-type'], body: JSON.parse(body) });
      res.statusCode = status;
      res.end(status === 200 ? 'ok' : 'no_service');
    });
  });
  return { messages, ...(await listen(server)) };
}

const INTERVAL = 600;

test('a burst of negative answers sends one digest; the next comes only with news, an interval later', async () => {
  const receiver = await startReceiver();
  const collector = await startCollector({ alerts: { webhook: `${receiver.url}/hook`, intervalMs: INTERVAL } });
  try {
    // 30 negative answers in 10 requests, among positive ones, and a retry of the first request.
    for (let i = 0; i < 10; i++) {
      const batch = [1, 2, 3].map((k) =>
        answer(i * 10 + k, { rating: k === 3 ? 2 : 1, step: i < 6 ? 'checkout' : 'returns' }),
      );
      batch.push(answer(i * 10 + 4, { rating: 5 }));
      assert.equal((await post(collector.endpoint, batch)).status, 200);
    }
    assert.equal((await post(collector.endpoint, [answer(1, { rating: 1 })])).status, 200);
    assert.equal(receiver.messages.length, 0, 'nothing before the interval has passed');
    await sleep(INTERVAL * 3);
    assert.equal(receiver.messages.length, 1);
    const [{ type, body }] = receiver.messages;
    assert.equal(type, 'application/json');
    assert.deepEqual(Object.keys(body), ['text']);
    assert.match(body.text, /^feelback: 30 negative answers in the last 1 min \(checkout 18, returns 12\)\.$/);

    assert.equal((await post(collector.endpoint, [answer(200, { rating: 1, comment: 'Lost my basket' })])).status, 200);
    await sleep(INTERVAL * 2);
    assert.equal(receiver.messages.length, 2);
    assert.match(
      receiver.messages[1].body.text,
      /^feelback: 1 negative answer in the last 1 min \(checkout 1\)\.\n> checkout, 1 on feeling: Lost my basket$/,
    );
  } finally {
    await collector.close();
    await receiver.close();
  }
});

test('a full answer that replaces a negative partial one is not told twice; positive answers never', async () => {
  const receiver = await startReceiver();
  const collector = await startCollector({ alerts: { webhook: `${receiver.url}/hook`, intervalMs: INTERVAL } });
  try {
    await post(collector.endpoint, [answer(1, { rating: 1, partial: true }), answer(2, { rating: 5 })]);
    await post(collector.endpoint, [answer(3, { rating: 2, replaces: answer(1).id })]);
    await sleep(INTERVAL * 2);
    assert.deepEqual(
      receiver.messages.map((m) => m.body.text),
      ['feelback: 1 negative answer in the last 1 min (checkout 1).'],
    );
  } finally {
    await collector.close();
    await receiver.close();
  }
});

test('a partial answer that arrives after the answer replacing it is not told: insights count the later one only', async () => {
  const receiver = await startReceiver();
  const collector = await startCollector({ alerts: { webhook: `${receiver.url}/hook`, intervalMs: INTERVAL } });
  try {
    // Prompt 1: negative both times, the full answer first. Prompt 2: the shopper changed their mind.
    await post(collector.endpoint, [answer(3, { rating: 2, replaces: answer(1).id })]);
    await post(collector.endpoint, [answer(4, { rating: 5, replaces: answer(2).id })]);
    await post(collector.endpoint, [answer(1, { rating: 1, partial: true }), answer(2, { rating: 1, partial: true })]);
    await sleep(INTERVAL * 2);
    assert.deepEqual(
      receiver.messages.map((m) => m.body.text),
      ['feelback: 1 negative answer in the last 1 min (checkout 1).'],
    );
    const { totals } = await (await fetch(`${collector.url}/insights/data`)).json();
    assert.equal(totals.low, 1);
  } finally {
    await collector.close();
    await receiver.close();
  }
});

test('a negative partial answer and the answer replacing it, in one batch, are told once', async () => {
  const receiver = await startReceiver();
  const collector = await startCollector({ alerts: { webhook: `${receiver.url}/hook`, intervalMs: INTERVAL } });
  try {
    await post(collector.endpoint, [
      answer(3, { rating: 2, replaces: answer(1).id }),
      answer(1, { rating: 1, partial: true }),
    ]);
    await post(collector.endpoint, [
      answer(5, { rating: 1, partial: true }),
      answer(6, { rating: 2, replaces: answer(5).id }),
    ]);
    await sleep(INTERVAL * 2);
    assert.deepEqual(
      receiver.messages.map((m) => m.body.text),
      ['feelback: 2 negative answers in the last 1 min (checkout 2).'],
    );
  } finally {
    await collector.close();
    await receiver.close();
  }
});

test("the digest quotes shoppers' words without letting them mention or link in the channel", () => {
  const text = digestText(
    {
      total: 2,
      steps: new Map([['checkout', 2]]),
      quotes: [
        { step: 'checkout', rating: 1, instrument: 'feeling', comment: '<!channel> see <https://x.test|here> & pay' },
      ],
    },
    300_000,
  );
  assert.equal(
    text,
    'feelback: 2 negative answers in the last 5 min (checkout 2).\n> checkout, 1 on feeling: &lt;!channel&gt; see &lt;https://x.test|here&gt; &amp; pay',
  );
});

test('a comment of many lines stays quoted, every line of it: none can pose as the bot', () => {
  const text = digestText(
    {
      total: 1,
      steps: new Map([['checkout', 1]]),
      quotes: [
        {
          step: 'checkout',
          rating: 1,
          instrument: 'feeling',
          comment: 'Slow.\nfeelback: all clear, no negative answers\r\n\rok\u2028bye',
        },
      ],
    },
    300_000,
  );
  assert.deepEqual(text.split('\n'), [
    'feelback: 1 negative answer in the last 5 min (checkout 1).',
    '> checkout, 1 on feeling: Slow.',
    '> feelback: all clear, no negative answers',
    '> ',
    '> ok',
    '> bye',
  ]);
});

test('a message the webhook refuses, or that reaches no webhook, is logged: one line saying why, without the address', async (t) => {
  const errors = t.mock.method(console, 'error', () => {});
  const refusing = await startReceiver(404);
  const gone = await startReceiver();
  await gone.close();
  const webhooks = [`${refusing.url}/services/T0/B0/s3cret`, `${gone.url}/services/T0/B0/s3cret`];
  for (const [i, webhook] of webhooks.entries()) {
    const collector = await startCollector({ alerts: { webhook, intervalMs: 50 } });
    try {
      assert.equal((await post(collector.endpoint, [answer(1, { rating: 1 })])).status, 200);
      for (let waited = 0; errors.mock.callCount() <= i && waited < 5_000; waited += 50) await sleep(50);
    } finally {
      await collector.close();
    }
  }
  await sleep(200);
  await refusing.close();
  assert.equal(refusing.messages.length, 1);
  const lines = errors.mock.calls.map((call) => call.arguments.join(' '));
  assert.deepEqual(lines.length, 2, lines.join('\n'));
  assert.match(lines[0], /^collector: an alert to the webhook failed: HTTP 404$/);
  assert.match(lines[1], /^collector: an alert to the webhook failed: fetch failed \(ECONNREFUSED\)$/);
  assert.ok(!lines.some((line) => line.includes('s3cret')));
});
