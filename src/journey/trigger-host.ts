/**
 * What the triggers file gets from the widget's core, which fetches it (instance/watch-triggers.ts
 * builds the host): declared apart from the code that watches the page.
 */
import type { Logger } from '../shared/log.js';

/** What a custom event's `detail` may pass on to the prompt (today: `question`). */
export interface StepContext {
  question?: string | undefined;
}

export interface TriggerHost {
  window: Window;
  onStep(step: string, context?: StepContext): void;
  /** A custom event's `detail` as a step context, or undefined if it is not one (checked by the core). */
  readContext(detail: unknown): StepContext | undefined;
  log: Logger;
}
