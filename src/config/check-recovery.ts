import { RECOVERY_ACTIONS, type RecoveryAction } from '../shared/answer.js';
import { isRecord, isText } from '../shared/checks.js';
import { localized, type Note, type Rule, url, whole } from './problems.js';

/** Help offered after a low answer, checked: one action, where it leads, and when it is offered. */
export interface Recovery {
  action: RecoveryAction;
  /** The link's URL or the phone number, as the site wrote it (`event` has none). */
  to?: string;
  /** The action's own text instead of the default: one text, or locale → text. */
  label?: string | Record<string, string>;
  /** The highest rating that gets help; the scale's low answers (`LOW_RATING_MAX`) when absent. */
  threshold?: number;
}

/** Each field: its check (a truthy result is kept: the resolved URL, the number as written) and what it expects. */
export const RECOVERY_FIELDS: Record<string, Rule> = {
  link: url(2048),
  // Digits, spaces and the punctuation numbers are written with; at least three digits.
  phone: [(value) => isText(value, 40, /^\+?[\d\s().-]*(\d[\s().-]*){3}$/) && value, 'phone'],
  event: [(value) => value === true, 'event'],
  label: localized(80),
  threshold: whole(0, 10),
};

/**
 * Reads a `recovery` option (site-wide, or a step's) field by field: each bad or unknown field
 * is noted by name and left out; without exactly one usable action no help is offered
 * (undefined), noted once. `false` turns a site-wide default off for a step. A link's path is
 * resolved against the page's own origin, never a `<base href>` (which may name another site).
 */
export function checkRecovery(
  value: unknown,
  where: string,
  note: Note,
  base: string | undefined = globalThis.location?.origin,
): Recovery | false | undefined {
  if (value === false) return false;
  const recovery: Partial<Recovery> = {};
  const actions: string[] = [];
  let named = false;
  for (const [field, item] of Object.entries(isRecord(value) ? value : {})) {
    const rule = Object.hasOwn(RECOVERY_FIELDS, field) ? RECOVERY_FIELDS[field] : undefined;
    const kept = rule?.[0](item, base);
    const action = RECOVERY_ACTIONS.includes(field as RecoveryAction);
    named ||= action;
    if (!rule) note(['field', `${where}.${field}`, field, Object.keys(RECOVERY_FIELDS)]);
    else if (!kept) note(['recovery', `${where}.${field}`, rule]);
    else if (!action) Object.assign(recovery, { [field]: item });
    else if (actions.push(field) && kept !== true) recovery.to = kept as string;
  }
  // An action named but unusable was noted above: one warning per mistake.
  if (actions.length > 1 || !named) note(['action', where]);
  return actions.length === 1 ? { ...recovery, action: actions[0] as RecoveryAction } : undefined;
}
