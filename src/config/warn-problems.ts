import type { Note, Problem } from './problems.js';

/** The file that words the problems (config/messages.ts), as the widget imports it. */
export type MessagesModule = typeof import('./messages.js');

/**
 * What the checkers note each problem with. The words come from a file of their own, fetched
 * (`load`) only when there is something to say: the problems noted until it arrives (those of
 * one `init`) are warned together, in order. Where it cannot load (offline, a CSP), each still
 * gets one warning naming its option. Never throws, and never rejects.
 */
export function problemWarner(load: () => Promise<MessagesModule>, warn: (message: string) => void): Note {
  let waiting: Problem[] | undefined;
  return (problem) => {
    if (waiting) return void waiting.push(problem);
    const problems = [problem];
    waiting = problems;
    // An async function: its promise is the engine's own, even where a page replaced window.Promise.
    (async () => {
      try {
        const { explain } = await load();
        waiting = undefined;
        for (const line of explain(problems)) warn(line);
      } catch {
        waiting = undefined;
        for (const [say, path] of problems)
          warn(
            `${path} is not valid; see the README.${say === 'refused' || say === 'missing' ? ' The widget stays off.' : ''}`,
          );
      }
    })();
  };
}
