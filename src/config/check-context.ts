import { STEP_NAME } from '../shared/answer.js';
import { isRecord, isText, own } from '../shared/checks.js';

/** Per-call options of `step` and `ask` (and what a trigger's custom event may pass as `detail`). */
export interface AskContext {
  /** Overrides the question for this prompt only. */
  question?: string;
}

export const isStepName = (value: unknown): value is string => isText(value, 64, STEP_NAME);

/** A call's context as we use it, or undefined when it is not one: only its own `question`, for now. */
export function readContext(value: unknown): AskContext | undefined {
  if (value === undefined) return {};
  if (!isRecord(value)) return undefined;
  const question = own(value, 'question');
  if (question === undefined) return {};
  return isText(question, 200) ? { question } : undefined;
}
