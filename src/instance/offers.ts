import type { Recovery } from '../config/check-recovery.js';
import type { StepRule } from '../config/check-steps.js';
import { questionFor } from '../journey/step-rules.js';
import { own } from '../shared/checks.js';
import { LOW_RATING_MAX } from '../shared/instruments.js';
import type { HelpOffer } from '../ui/state.js';

/**
 * What a step's prompt offers after a low answer: its help (`recovery`: the step's, else the
 * site's; `false`: none) with its text in the shopper's language (`tag`), and from
 * which rating down it asks for a contact address (the scale's low answers, `LOW_RATING_MAX`).
 */
export function offersFor(
  rule: StepRule,
  recovery: Recovery | false | undefined,
  contact: boolean,
  tag: string,
): { help?: HelpOffer; contactUpTo?: number } {
  const low = LOW_RATING_MAX[rule.instrument];
  return {
    ...(recovery && {
      help: {
        action: recovery.action,
        to: recovery.to,
        // Own fields only: a polluted Object.prototype must not set the help's text or reach.
        label: questionFor(own(recovery, 'label'), tag),
        threshold: own(recovery, 'threshold') ?? low,
      },
    }),
    ...((rule.contact ?? contact) && { contactUpTo: low }),
  };
}
