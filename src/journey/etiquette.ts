import type { StepRule } from '../config/check-steps.js';
import type { EtiquetteOptions } from '../config/config.js';
import type { Why } from '../config/debug-notes.js';
import { own } from '../shared/checks.js';

/** What the device remembers between pages (written only after the shopper acted on a prompt). */
export interface EtiquetteState {
  /** "Don't ask me again" was chosen. */
  optOut?: boolean;
  /** When a prompt was last answered or dismissed (epoch ms). */
  lastPromptAt?: number;
  /** Per step, when it was last answered or dismissed. */
  steps: Record<string, number>;
}

const DAY_MS = 86_400_000;

export interface Moment {
  now: number;
  /** Prompts already shown by `step` on this page. */
  shownThisPage: number;
  /** A number in [0, 1) for sampling. */
  draw: number;
}

/**
 * Why a step should not prompt now, as data (worded only for debug output), or undefined when
 * it may. Pure, so every rule is tested with a fixed clock and a seeded random source.
 */
export function whyNotPrompt(
  step: string,
  rule: StepRule,
  state: EtiquetteState,
  options: EtiquetteOptions,
  { now, shownThisPage, draw }: Moment,
): Why | undefined {
  // The state's own fields only: a polluted Object.prototype is not what the shopper chose.
  if (own(state, 'optOut')) return ['optOut'];
  if (shownThisPage >= options.promptsPerPage) return ['perPage', shownThisPage];
  // A time over a day ahead was written while the device's clock was ahead: when it was is unknown,
  // and honouring it would block prompts until the clock got there (a year, say). A prompt acted
  // on writes the time afresh.
  const since = (at = Number.NEGATIVE_INFINITY) => (at > now + DAY_MS ? Infinity : (now - at) / DAY_MS);
  if (since(own(state, 'lastPromptAt')) < options.cooldownDays) return ['cooldown', options.cooldownDays];
  const reask = rule.reaskAfterDays ?? options.reaskAfterDays;
  if (since(own(state.steps, step)) < reask) return ['reask', reask];
  if (draw >= rule.sample) return ['sample', rule.sample];
  return undefined;
}

/** The state after a prompt for `step` was answered or dismissed at `now`. */
export const rememberPrompt = (state: EtiquetteState, step: string, now: number): EtiquetteState => ({
  ...state,
  lastPromptAt: now,
  steps: { ...state.steps, [step]: now },
});

/** Both memories in one: the later time of each, and an opt-out from either. */
export function mergeStates(a: EtiquetteState, b: EtiquetteState): EtiquetteState {
  const steps = { ...a.steps };
  for (const [step, at] of Object.entries(b.steps)) steps[step] = Math.max(own(steps, step) ?? at, at);
  // Own fields only, as whyNotPrompt reads them: nothing from a polluted Object.prototype is written.
  const times = [own(a, 'lastPromptAt'), own(b, 'lastPromptAt')].filter((at) => at !== undefined);
  return {
    ...((own(a, 'optOut') || own(b, 'optOut')) && { optOut: true }),
    ...(times.length && { lastPromptAt: Math.max(...times) }),
    steps,
  };
}
