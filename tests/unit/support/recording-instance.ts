import type { Feelback } from '../../../src/instance/feelback-api.ts';

/** An instance that records each command it gets (`['step', 'checkout']`), for the framework helpers' tests. */
export function recordingInstance(): Feelback & { calls: unknown[][] } {
  const calls: unknown[][] = [];
  const record =
    (name: string) =>
    (...args: unknown[]) => {
      calls.push([name, ...args]);
      return name === 'on' ? () => calls.push(['off', ...args]) : undefined;
    };
  return {
    calls,
    init: record('init'),
    step: record('step'),
    ask: record('ask'),
    close: record('close'),
    consent: record('consent'),
    flush: async () => void calls.push(['flush']),
    retryRejected: async () => void calls.push(['retryRejected']),
    on: record('on') as Feelback['on'],
    off: record('off'),
    destroy: record('destroy'),
  };
}
