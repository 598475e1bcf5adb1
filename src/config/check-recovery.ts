import { RECOVERY_ACTIONS, type RecoveryAction } from '../shared/answer.js';
import { isRecord, isText, isWhole } from '../shared/checks.js';
import { didYouMean } from './near-key.js';
import { resolveUrl } from './resolve-url.js';

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

/** A text of 1 to `max` characters, or a map of locale to such texts (as a step's `question`). */
export const isLocalized = (value: unknown, max: number) =>
  (isRecord(value) ? Object.values(value) : [value]).every((item) => isText(item, max));

/** Each field: its check (a truthy result is kept: the resolved URL, the number as written) and what it expects. */
const FIELDS: Record<string, [check: (value: unknown, base?: string) => unknown, expected: string]> = {
  link: [(value, base) => resolveUrl(value, base, 2048), 'an http(s) URL or a path starting with "/"'],
  // Digits, spaces and the punctuation numbers are written with; at least three digits.
  phone: [
    (value) => isText(value, 40, /^\+?[\d\s().-]*(\d[\s().-]*){3}$/) && value,
    'a phone number such as "+44 20 7946 0000"',
  ],
  event: [(value) => value === true, 'true'],
  label: [(value) => isLocalized(value, 80), 'text of 1 to 80 characters, or a map of locale to text'],
  threshold: [(value) => isWhole(value, 0, 10), 'a whole number from 0 to 10'],
};

/**
 * Reads a `recovery` option (site-wide, or a step's) field by field: each bad or unknown field
 * gets one warning naming it and is left out; without exactly one usable action no help is
 * offered (undefined), said once. `false` turns a site-wide default off for a step.
 */
export function checkRecovery(
  value: unknown,
  where: string,
  warn: (message: string) => void,
  base: string | undefined = globalThis.document?.baseURI,
): Recovery | false | undefined {
  if (value === false) return false;
  const recovery: Partial<Recovery> = {};
  const actions: string[] = [];
  let named = false;
  for (const [field, item] of Object.entries(isRecord(value) ? value : {})) {
    const [check, expected] = Object.hasOwn(FIELDS, field) ? (FIELDS[field] as (typeof FIELDS)[string]) : [];
    const kept = check?.(item, base);
    const action = RECOVERY_ACTIONS.includes(field as RecoveryAction);
    named ||= action;
    if (!check) {
      const known = Object.keys(FIELDS);
      warn(`${where}.${field}: unknown field${didYouMean(field, known) || ` (one of ${known.join(', ')})`}, ignored.`);
    } else if (!kept) warn(`${where}.${field}: expected ${expected}; ignored.`);
    else if (!action) Object.assign(recovery, { [field]: item });
    else if (actions.push(field) && kept !== true) recovery.to = kept as string;
  }
  // An action named but unusable was warned about above: one warning per mistake.
  if (actions.length > 1 || !named)
    warn(
      `${where}: expected one action: { link: "/help" }, { phone: "+44 20 7946 0000" } or { event: true }; no help is offered.`,
    );
  return actions.length === 1 ? { ...recovery, action: actions[0] as RecoveryAction } : undefined;
}
