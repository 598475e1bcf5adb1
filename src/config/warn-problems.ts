import type { DebugNote, SayDebug } from './debug-notes.js';
import type { Note, Problem } from './problems.js';

/** The file that words the problems and debug lines (config/messages.ts), as the widget imports it. */
export type MessagesModule = typeof import('./messages.js');

/**
 * Prints what was noted (`T`) once the messages file has worded it. The file is fetched (`load`)
 * only when there is something to say: what is noted until it arrives is printed together, in
 * order, and a later note waits for them. Where it cannot load (offline, a CSP), each note gets its
 * `fallback`. Never throws, and never rejects.
 */
function sayLater<T>(
  load: () => Promise<MessagesModule>,
  word: (module: MessagesModule, noted: T[]) => string[],
  fallback: (noted: T) => string,
  print: (message: string) => void,
): (noted: T) => void {
  let waiting: T[] | undefined;
  return (item) => {
    if (waiting) return void waiting.push(item);
    const items = [item];
    waiting = items;
    // An async function: its promise is the engine's own, even where a page replaced window.Promise.
    (async () => {
      let lines: string[];
      try {
        lines = word(await load(), items);
      } catch {
        lines = items.map(fallback);
      }
      waiting = undefined;
      for (const line of lines) print(line);
    })();
  };
}

/**
 * What the checkers note each problem with: the problems of one `init` are warned together. Where
 * the words cannot load, each still gets one warning naming its option.
 */
export const problemWarner = (load: () => Promise<MessagesModule>, warn: (message: string) => void): Note =>
  sayLater(
    load,
    (module, problems: Problem[]) => module.explain(problems),
    ([say, path]) =>
      `${path} is not valid; see the README.${say === 'refused' || say === 'missing' ? ' The widget stays off.' : ''}`,
    warn,
  );

/**
 * What the widget notes its debug lines with: nothing is fetched or printed unless `debug()`
 * says debug output is on. Where the words cannot load, a line shows the note's data as it is.
 */
export function debugSayer(
  load: () => Promise<MessagesModule>,
  print: (message: string) => void,
  debug: () => boolean,
): SayDebug {
  const say = sayLater(
    load,
    (module, notes: DebugNote[]) => notes.map(module.debugLine),
    (note) => note.join(' '),
    print,
  );
  return (note) => void (debug() && say(note));
}
