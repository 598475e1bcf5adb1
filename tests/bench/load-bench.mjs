/**
 * The interleaved load runs: every round loads the blank page and each candidate (without and with
 * a prompt) at each throttle, in an order that rotates per round, so drift hits all alike.
 */
import { loadRun } from './load-run.mjs';

export const comboKey = ({ candidate, prompt, throttle }) => `${candidate}${prompt ? '+prompt' : ''}@${throttle}x`;

/** Give up on a combination after this many failed loads without a single good one. */
const MAX_FAILURES = 3;

/**
 * Long tasks during which a script from one of the candidate's own files ran (LoAF attribution).
 * A script without a source URL counts as the candidate's: it is a callback the browser cannot
 * place, such as a promise's native `resolve` handed to `setTimeout` (the code that runs on from
 * it is the candidate's), and the page's own scripts carry the page's URL.
 */
function candidateLongTasks(longTasks, scripts, isCandidateCode) {
  return longTasks
    .filter(([start, duration]) =>
      scripts.some(
        ([from, length, url]) =>
          (url === '' || isCandidateCode(url)) && from < start + duration && from + length > start,
      ),
    )
    .map(([, duration]) => Math.round(duration));
}

/**
 * Runs `runs` rounds (after one discarded warm-up round) and returns, per combination, the samples
 * and the errors. `codePaths(candidate)` lists the URL paths of the candidate's own files.
 */
export async function benchLoads(
  browser,
  server,
  { candidates, runs, throttles, promptThrottles, codePaths, progress },
) {
  const combos = [];
  for (const throttle of throttles) {
    combos.push({ candidate: 'blank', prompt: false, throttle });
    for (const candidate of candidates) {
      combos.push({ candidate, prompt: false, throttle });
      if (promptThrottles.includes(throttle)) combos.push({ candidate, prompt: true, throttle });
    }
  }
  const results = new Map(
    combos.map((combo) => [comboKey(combo), { ...combo, samples: [], errors: [], external: [] }]),
  );

  async function attempt(combo, keep) {
    const result = results.get(comboKey(combo));
    if (!result || (result.errors.length >= MAX_FAILURES && !result.samples.length)) return;
    try {
      const run = await loadRun(browser, server, combo);
      result.external.push(...run.external);
      if (!keep) return;
      const own = new Set(codePaths(combo.candidate));
      const isCandidateCode = (url) => own.has(URL.canParse(url) ? new URL(url).pathname : url);
      result.samples.push({
        scriptMs: run.scriptMs,
        taskMs: run.taskMs,
        heap: run.heap,
        cls: run.cls,
        paintedAt: run.paintedAt,
        readyAt: run.readyAt,
        longTasks: candidateLongTasks(run.longTasks, run.scripts, isCandidateCode),
        allLongTasks: run.longTasks.map(([, duration]) => Math.round(duration)),
        // With a prompt: what it waited for; without: what the page view cost in all.
        downloads: (combo.prompt ? run.beforeReady : run.downloads)
          .filter((entry) => entry.kind === 'code')
          .map((entry) => entry.path),
        failedRequests: run.downloads.filter((entry) => entry.status >= 400 && entry.path !== '/favicon.ico'),
      });
    } catch (error) {
      result.errors.push(String(error?.message ?? error).split('\n')[0]);
    }
  }

  for (const combo of combos) await attempt(combo, false);
  for (let round = 0; round < runs; round += 1) {
    for (let i = 0; i < combos.length; i += 1) await attempt(combos[(i + round) % combos.length], true);
    progress?.(round + 1, runs);
  }
  return results;
}
