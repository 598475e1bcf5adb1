import * as z from 'zod';
import { RECOVERY_ACTIONS, RECOVERY_EVENT_TYPE } from '../shared/answer.js';
import { cloudEvent, contextFields, uuid } from './fields.js';

/** The help offered after a low answer, taken: counted per step beside the low answers. */
export const recoveryDataSchema = z.object({
  ...contextFields,
  step: contextFields.step.describe('The step of the answer the help followed.'),
  action: z.enum(RECOVERY_ACTIONS).describe("What the shopper took: the link, the phone number, or the site's event."),
});

/** A recovery taken: its own event (own id), about the answer it followed (`subject`). */
export const recoveryEventSchema = cloudEvent(
  RECOVERY_EVENT_TYPE,
  uuid.describe('The id of the answer the help was offered after.'),
  recoveryDataSchema,
);

export type RecoveryEvent = z.output<typeof recoveryEventSchema>;
export type RecoveryData = RecoveryEvent['data'];
