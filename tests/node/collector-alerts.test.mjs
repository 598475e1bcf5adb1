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

/** A chat webhook stand-in: records every JSON body posted to it. */
async function startReceiver() {
  const messages = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      messages.push({ type: req.headers['content-type'], body: JSON.parse(body) });
      res.end('ok');
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
