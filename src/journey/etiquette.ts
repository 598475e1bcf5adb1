import type { StepRule } from '../config/check-steps.js';
import type { EtiquetteOptions } from '../config/config.js';
import type { Why } from '../config/debug-notes.js';

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
  if (state.optOut) return ['optOut'];
  if (shownThisPage >= options.promptsPerPage) return ['perPage', shownThisPage];
  const since = (at = Number.NEGATIVE_INFINITY) => (now - at) / DAY_MS;
  if (since(state.lastPromptAt) < options.cooldownDays) return ['cooldown', options.cooldownDays];
  const reask = rule.reaskAfterDays ?? options.reaskAfterDays;
  if (since(state.steps[step]) < reask) return ['reask', reask];
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
  for (const [step, at] of Object.entries(b.steps)) steps[step] = Math.max(steps[step] ?? at, at);
  const times = [a.lastPromptAt, b.lastPromptAt].filter((at) => at !== undefined);
  return {
    ...((a.optOut || b.optOut) && { optOut: true }),
    ...(times.length && { lastPromptAt: Math.max(...times) }),
    steps,
  };
}
