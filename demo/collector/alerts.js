/**
 * Negative answers to a chat webhook (Slack-compatible `{ text }`), without flooding it: the first
 * negative answer opens a window of `intervalMs`; when it closes, one message sums up every
 * negative answer that came in during it. So at most one message per interval, and none without news.
 */
const MAX_QUOTES = 5;
const MAX_STEPS = 20;
const QUOTE_LENGTH = 140;

/** Slack reads `<…>` as links and mentions (`<!channel>`) and `&` as an entity: shoppers' text must not. */
const escapeSlack = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A comment as quoted lines, every one of them: Slack quotes only the line a `>` starts, so a
 * comment's next line would stand in the message as the bot's own words.
 */
const quoted = (text) => text.split(/\r\n?|[\n\v\f\u0085\u2028\u2029]/).join('\n> ');

const shorten = (text) => (text.length > QUOTE_LENGTH ? `${text.slice(0, QUOTE_LENGTH - 1)}…` : text);

/** What a window has gathered: a count per step (the first MAX_STEPS steps) and the latest comments. */
const emptyWindow = () => ({ total: 0, steps: new Map(), quotes: [] });

function gather(gathered, { data }) {
  gathered.total += 1;
  const step = gathered.steps.has(data.step) || gathered.steps.size < MAX_STEPS ? data.step : 'other steps';
  gathered.steps.set(step, (gathered.steps.get(step) ?? 0) + 1);
  if (data.comment) gathered.quotes = [...gathered.quotes, data].slice(-MAX_QUOTES);
}

/** The message for one window. */
export function digestText({ total, steps, quotes }, intervalMs) {
  const perStep = [...steps].sort((a, b) => b[1] - a[1]).map(([step, n]) => `${escapeSlack(step)} ${n}`);
  const minutes = Math.max(1, Math.round(intervalMs / 60_000));
  const count = total === 1 ? '1 negative answer' : `${total} negative answers`;
  const lines = quotes.map(
    (data) =>
      `> ${escapeSlack(data.step)}, ${data.rating} on ${data.instrument}: ${quoted(escapeSlack(shorten(data.comment)))}`,
  );
  return [`feelback: ${count} in the last ${minutes} min (${perStep.join(', ')}).`, ...lines].join('\n');
}

/**
 * Why a message failed (an HTTP status other than 2xx, or the error of a request that got none),
 * or undefined when it went. Never the webhook's address: it is a secret.
 */
export function alertFailure(outcome) {
  if (typeof outcome === 'number') return outcome >= 200 && outcome < 300 ? undefined : `HTTP ${outcome}`;
  const cause = outcome?.cause?.code ?? outcome?.cause?.message;
  return `${outcome?.message ?? outcome}${cause ? ` (${cause})` : ''}`;
}

const logFailure = (outcome) => {
  const failure = alertFailure(outcome);
  if (failure) console.error(`collector: an alert to the webhook failed: ${failure}`);
};

/**
 * `add(answers)` takes negative answers as they are stored; `close()` drops a window not yet
 * sent. `onSent(status | error)` is told how each message went (tests); by default a message
 * that failed is logged.
 */
export function createAlerts({ webhook, intervalMs = 5 * 60_000, onSent = logFailure }) {
  let gathered = emptyWindow();
  let timer;

  async function send() {
    const text = digestText(gathered, intervalMs);
    gathered = emptyWindow();
    timer = undefined;
    try {
      const response = await fetch(webhook, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ text }),
        signal: AbortSignal.timeout(10_000),
        redirect: 'error',
      });
      onSent(response.status);
    } catch (error) {
      onSent(error);
    }
  }

  return {
    add(answers) {
      for (const answer of answers) gather(gathered, answer);
      if (gathered.total > 0) timer ??= setTimeout(send, intervalMs);
    },
    close() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
