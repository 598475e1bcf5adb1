import type { StepRule } from '../config/check-steps.js';
import type { ResolvedConfig } from '../config/config.js';
import type { Note } from '../config/problems.js';
import type { StringOverrides } from '../i18n/merge-strings.js';
import type { UiLocale } from '../i18n/ui-locale.js';
import type { HelpOffer } from '../ui/state.js';

export type OptionalConfig = Pick<ResolvedConfig, 'strings' | 'recovery' | 'contact' | 'steps'>;

/** What the options most sites leave out come to (instance/optional-checks.ts). */
export interface OptionalOptions {
  /** The site's replacement texts per interface language. */
  strings: Partial<Record<UiLocale, StringOverrides>> | undefined;
  /** What a step's prompt offers after a low answer: help, a contact question, in the shopper's language (`tag`). */
  offers(step: string, rule: StepRule, tag: string): { help?: HelpOffer; contactUpTo?: number };
}

/** The file of their checks, as the widget imports it (instance/optional-checks.ts). */
export interface OptionalChecksModule {
  checkOptional(config: OptionalConfig, note: Note): OptionalOptions;
}

const NONE: OptionalOptions = { strings: undefined, offers: () => ({}) };

/** Whether a config sets any of them: on the site, or on one of its steps. */
const setsOptional = ({ strings, recovery, contact, steps }: OptionalConfig) =>
  strings !== undefined ||
  recovery !== undefined ||
  contact ||
  Object.values(steps).some((rule) => Object.hasOwn(rule, 'recovery') || Object.hasOwn(rule, 'contact'));

/**
 * The options most sites leave out, checked, for each prompt to wait on. Their checks are a file
 * of their own, fetched (`load`) only for a config that sets one of them: at once, so a mistake is
 * warned about without waiting for a prompt. A failed fetch is not kept: the next prompt tries again.
 */
export function optionalOptions(
  config: OptionalConfig,
  load: () => Promise<OptionalChecksModule>,
  note: Note,
): () => Promise<OptionalOptions> {
  if (!setsOptional(config)) return async () => NONE;
  let checked: Promise<OptionalOptions> | undefined;
  const get = () =>
    (checked ??= load().then(
      (module) => module.checkOptional(config, note),
      (error) => {
        checked = undefined;
        throw error;
      },
    ));
  get().catch(() => {});
  return get;
}
