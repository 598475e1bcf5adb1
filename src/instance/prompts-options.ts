import type { AskContext } from '../config/check-context.js';
import type { StepRule } from '../config/check-steps.js';
import type { EtiquetteOptions } from '../config/config.js';
import type { SayDebug } from '../config/debug-notes.js';
import type { Emitter } from '../events/emitter.js';
import type { Logger } from '../shared/log.js';
import type { MountOptions } from '../ui/mount.js';
import type { Environment } from './environment.js';
import type { EtiquetteMemory } from './etiquette-memory.js';
import type { OptionalOptions } from './optional-options.js';
import type { PromptAnswers } from './save-answer.js';

export interface PromptsOptions {
  env: Environment;
  rules: Record<string, Partial<StepRule>>;
  etiquette: EtiquetteOptions;
  /** The site-wide question, if any. */
  question: string | undefined;
  /** The site's replacement texts, help and contact question, checked: each prompt waits for them. */
  optional(): Promise<OptionalOptions>;
  /** The shopper's BCP 47 tag, read when a prompt is about to show (an SPA may change `lang`). */
  locale(): string;
  privacyUrl: string | undefined;
  theme: MountOptions['theme'];
  colorScheme: 'auto' | 'light' | 'dark' | undefined;
  /** Placement and slot of the prompt, looked up when it shows. */
  where(): Pick<MountOptions, 'placement' | 'container'>;
  /** What this page knows of past prompts, kept across `init`s. */
  memory: EtiquetteMemory;
  log: Logger;
  /** Notes a debug line: why a step did or did not prompt, texts that could not load. */
  say: SayDebug;
  emit: Emitter['emit'];
  /** What becomes of one prompt's answer: its partial answer, the answer, the help taken. */
  answer(step: string, rule: StepRule): PromptAnswers;
  /** The shopper chose a point of a prompt's scale: an answer is on its way. */
  onChoose(): void;
}

export interface Prompts {
  /** The shopper reached a step: prompt if its rules and the etiquette allow. */
  step(name: string, context?: AskContext): void;
  /** Prompt now, unless the shopper chose "don't ask me again". */
  ask(name: string, context?: AskContext): void;
  /**
   * The site closes the open prompt (reported as dismissed, reason `site`), or one about to show;
   * with a step, only if the prompt is that step's. An answer on its way is not taken back.
   */
  close(step?: string): void;
  stop(): void;
}
