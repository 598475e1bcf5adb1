import type { StepRule } from '../config/check-steps.js';
import type { EtiquetteOptions } from '../config/config.js';

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
 * Why a step should not prompt now, or undefined when it may. Pure, so every rule is tested
 * with a fixed clock and a seeded random source.
 */
export function whyNotPrompt(
  step: string,
  rule: StepRule,
  state: EtiquetteState,
  options: EtiquetteOptions,
  { now, shownThisPage, draw }: Moment,
): string | undefined {
  if (state.optOut) return 'the shopper chose "don’t ask me again"';
  if (shownThisPage >= options.promptsPerPage) return `${shownThisPage} prompt(s) already shown on this page`;
  const since = (at = Number.NEGATIVE_INFINITY) => (now - at) / DAY_MS;
  if (since(state.lastPromptAt) < options.cooldownDays) {
    return `a prompt was answered or dismissed less than ${options.cooldownDays} days ago`;
  }
  const reask = rule.reaskAfterDays ?? options.reaskAfterDays;
  if (since(state.steps[step]) < reask) return `this step was asked less than ${reask} days ago`;
  if (draw >= rule.sample) return `not sampled (sample ${rule.sample})`;
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
