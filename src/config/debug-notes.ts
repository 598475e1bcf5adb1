/*
 * What `debug: true` output says, as data: the widget notes it, and config/messages.ts (a file
 * fetched only when debug output is on and there is something to say) words it.
 */

/**
 * Why a step or ask did not prompt, with the number its sentence quotes: `perPage` the prompts
 * already shown on this page, `cooldown` and `reask` the days that must pass, `sample` the
 * step's sample. `open`: another prompt is open; `typing`: the shopper kept typing;
 * `destroyed`: the widget was destroyed meanwhile; `closed`: the site closed it.
 */
export type Why = [
  say: 'optOut' | 'perPage' | 'cooldown' | 'reask' | 'sample' | 'open' | 'typing' | 'destroyed' | 'closed',
  count?: number,
];

/** One debug line. */
export type DebugNote =
  /** What a `step` or `ask` call (`call`: `step(checkout)`) decided: a prompt shown, or why not. */
  | [say: Why[0] | 'shown', call: string, count?: number]
  /** A language's prompt texts (`code`) could not load: the prompt shows in English. */
  | [say: 'texts', code: string, error: unknown]
  /** The delivery file could not load; the etiquette state could not be stored. */
  | [say: 'delivery' | 'etiquette', error: unknown];

/** How the widget notes a debug line (see config/warn-problems.ts). */
export type SayDebug = (note: DebugNote) => void;
