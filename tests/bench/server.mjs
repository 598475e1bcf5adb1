/**
 * One HTTP server on 127.0.0.1 for the whole bench: the pages, every candidate's files, feelback's
 * endpoint, and stand-ins for the PostHog and Sentry APIs the anchors call. One origin, so no
 * request ever needs CORS, and nothing leaves the machine.
 */
import { createServer } from 'node:http';

/**
 * @typedef {{ body: string | Buffer, type: string, kind?: 'page' | 'code' | 'api' }} Asset
 * @typedef {{ path: string, kind: string, bytes: number, status: number }} Logged
 */

const json = (value) => ({ body: JSON.stringify(value), type: 'application/json', kind: 'api' });

/**
 * PostHog's remote config for a project that only uses surveys: every other feature off, no
 * feature flags, so array.js makes no /flags call. Real projects usually turn on more.
 */
function posthogRemoteConfig(token) {
  return {
    token,
    supportedCompression: ['gzip', 'gzip-js'],
    hasFeatureFlags: false,
    captureDeadClicks: false,
    capturePerformance: false,
    autocapture_opt_out: true,
    autocaptureExceptions: false,
    analytics: { endpoint: '/i/v0/e/' },
    elementsChainAsString: true,
    sessionRecording: false,
    heatmaps: false,
    surveys: true,
    productTours: false,
    defaultIdentifiedOnly: true,
    siteApps: [],
  };
}

/** One popover survey with a 5-face emoji rating: the closest PostHog has to feelback's prompt. */
export function posthogSurvey({ showHere }) {
  return {
    id: '01980000-0000-7000-8000-000000000001',
    name: 'How did this make you feel?',
    type: 'popover',
    // `showHere: false` targets a URL this page never has: surveys load, nothing is shown.
    conditions: showHere ? null : { url: '/never-shown-here', urlMatchType: 'exact' },
    questions: [
      {
        id: 'q1',
        type: 'rating',
        question: 'How did this make you feel?',
        display: 'emoji',
        scale: 5,
        lowerBoundLabel: 'Very unhappy',
        upperBoundLabel: 'Very happy',
      },
    ],
    appearance: { displayThankYouMessage: true, surveyPopupDelaySeconds: 0 },
    start_date: '2020-01-01T00:00:00Z',
    end_date: null,
    current_iteration: null,
    current_iteration_start_date: null,
    linked_flag_key: null,
    targeting_flag_key: null,
    internal_targeting_flag_key: null,
    schedule: 'always',
  };
}

/** PostHog API stand-ins (api_host = `${origin}/ph`); tokens say whether the survey shows here. */
function posthogApi(path, query) {
  const token = path.match(/^\/ph\/array\/([\w-]+)\/config(\.js)?$/);
  if (token?.[2]) {
    const config = JSON.stringify({ config: posthogRemoteConfig(token[1]), siteApps: [] });
    const body = `(function(){window._POSTHOG_REMOTE_CONFIG=window._POSTHOG_REMOTE_CONFIG||{};window._POSTHOG_REMOTE_CONFIG[${JSON.stringify(token[1])}]=${config}})();`;
    return { body, type: 'text/javascript', kind: 'api' };
  }
  if (token) return json(posthogRemoteConfig(token[1]));
  if (path === '/ph/api/surveys/')
    return json({ surveys: [posthogSurvey({ showHere: query.get('token') === 'phc_prompt' })] });
  if (path.startsWith('/ph/flags')) return json({ flags: {}, errorsWhileComputingFlags: false });
  // Event capture (survey shown/sent): acknowledged like PostHog does.
  if (/^\/ph\/(e|i\/v0\/e|batch|s|capture)\/?$/.test(path)) return json({ status: 1 });
  return undefined;
}

/**
 * Starts the server. `assets` maps URL paths to fixed responses. Every request is logged so a run
 * can tell what its page downloaded; `quiet(ms)` waits until no request was open for `ms`.
 */
export async function startBenchServer(assets) {
  /** @type {Logged[]} */
  let log = [];
  let open = 0;
  let lastActivity = Date.now();
  /** feelback's endpoint: what it received, and whether it answers 2xx. */
  const collector = { requests: 0, events: 0, ids: new Set(), status: 204 };

  const server = createServer((req, res) => {
    open += 1;
    lastActivity = Date.now();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      let answer = assets.get(url.pathname) ?? posthogApi(url.pathname, url.searchParams);
      if (!answer && url.pathname === '/collect' && req.method === 'POST') {
        collector.requests += 1;
        if (collector.status < 300) {
          const events = JSON.parse(Buffer.concat(chunks).toString('utf8'));
          collector.events += events.length;
          for (const event of events) collector.ids.add(event.id);
        }
        answer = { body: '', type: 'text/plain', kind: 'api', status: collector.status };
      }
      // Sentry's envelope endpoint for a DSN on this server (project 1).
      if (!answer && url.pathname === '/api/1/envelope/') answer = json({ id: 'bench' });
      const status = answer?.status ?? (answer ? 200 : 404);
      const body = answer?.body ?? 'not found';
      const bytes = Buffer.byteLength(body);
      log.push({ path: url.pathname, kind: answer?.kind ?? 'missing', bytes, status });
      res.writeHead(status, { 'Content-Type': answer?.type ?? 'text/plain', 'Cache-Control': 'no-store' });
      res.end(status === 204 ? undefined : body);
      res.on('close', () => {
        open -= 1;
        lastActivity = Date.now();
      });
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  return {
    origin,
    collector,
    /** The request log so far, kept. */
    peekLog: () => [...log],
    /** Starts a new request log and returns the previous one. */
    takeLog() {
      const taken = log;
      log = [];
      return taken;
    },
    async quiet(ms, limitMs = 10_000) {
      const deadline = Date.now() + limitMs;
      while (Date.now() < deadline && (open > 0 || Date.now() - lastActivity < ms)) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}
