import { STEP_NAME } from '../shared/answer.js';
import { isRecord, isText, isWhole, own } from '../shared/checks.js';
import { plain } from '../shared/plain.js';
import { globMatcher, regExpMatcher, toRegExp, type UrlMatcher } from './url-match.js';

/** Each condition's value: a selector, an event name, milliseconds, a percentage. */
interface Conditions {
  url: true;
  click: string;
  event: string;
  timeOnPage: number;
  scrollDepth: number;
  exitIntent: true;
}

/** A validated rule: which step to ask, on what. `page` (from url/urlPattern) limits it to some pages. */
export type Trigger = {
  [K in keyof Conditions]: { step: string; kind: K; value: Conditions[K]; page?: UrlMatcher };
}[keyof Conditions];

const KINDS = ['click', 'event', 'timeOnPage', 'scrollDepth', 'exitIntent'] as const;
const ON_KEYS = ['url', 'urlPattern', ...KINDS];
const EXPECTED_ON = `expected { ${ON_KEYS.join(' | ')} }`;

function isSelector(doc: Document, selector: string): boolean {
  try {
    doc.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

/** Each condition's check and what it expects; a CSS selector needs a document to parse it. */
const conditions = (doc: Document): Record<string, [ok: (value: unknown) => boolean, expected: string]> => ({
  url: [(value) => isText(value, 500, /^\//), 'expected a path glob starting with "/", like "/order/*/confirmed"'],
  urlPattern: [(value) => isText(value, 500) && !!toRegExp(value), 'expected a valid RegExp source'],
  click: [(value) => isText(value, 500) && isSelector(doc, value), 'expected a CSS selector that parses'],
  event: [(value) => isText(value, 100, /^\S+$/), 'expected an event name without spaces'],
  timeOnPage: [(value) => isWhole(value, 1, 86_400_000), 'expected a whole number from 1 to 86400000'],
  scrollDepth: [(value) => isWhole(value, 1, 100), 'expected a whole number from 1 to 100'],
  exitIntent: [(value) => value === true, 'expected true'],
});

/** A valid rule, or what is wrong with it (in words for the site owner). */
function parseRule(input: unknown, checks: ReturnType<typeof conditions>): Trigger | string {
  if (!isRecord(input)) return 'rule: expected object';
  const step = own(input, 'step');
  if (!isText(step, 64, STEP_NAME)) return 'step: expected a step name: 1 to 64 characters, no spaces';
  const given = own(input, 'on');
  if (!isRecord(given)) return `on: ${EXPECTED_ON}`;
  // Its own conditions only, in an object without a prototype to read a polluted one through; one
  // set to undefined (a CMS field left empty) is not given, as in the rest of the config.
  const on: Record<string, unknown> = plain({ ...given });
  for (const key of Object.keys(on)) {
    if (on[key] === undefined) continue;
    const check = Object.hasOwn(checks, key) ? checks[key] : undefined;
    if (!check) return `on.${key}: unknown trigger; ${EXPECTED_ON}`;
    if (!check[0](on[key])) return `on.${key}: ${check[1]}`;
  }
  if (on.url !== undefined && on.urlPattern !== undefined) return 'on: use either url or urlPattern, not both';
  const kinds = KINDS.filter((kind) => on[kind] !== undefined);
  if (kinds.length > 1) return `on: one trigger per rule, got ${kinds.join(' and ')}`;
  const pattern = typeof on.urlPattern === 'string' && toRegExp(on.urlPattern);
  const page = typeof on.url === 'string' ? globMatcher(on.url) : pattern ? regExpMatcher(pattern) : undefined;
  const kind = kinds[0];
  if (!kind && !page) return `on: ${EXPECTED_ON}`;
  // Checked above; TypeScript cannot pair `kind` with the type of `on[kind]` by itself.
  return { step, page, kind: kind ?? 'url', value: kind ? on[kind] : true } as Trigger;
}

/**
 * Validates `config.triggers` rule by rule: a bad rule becomes one warning that names it
 * (index and step) and what to fix, and the other rules keep working.
 */
export function parseTriggers(input: unknown, warn: (message: string) => void, doc: Document): Trigger[] {
  if (!Array.isArray(input)) return [];
  const checks = conditions(doc);
  const triggers: Trigger[] = [];
  input.forEach((rule, index) => {
    const skip = (why: string) => warn(`config.triggers[${index}]${why}. This rule is skipped.`);
    try {
      const parsed = parseRule(rule, checks);
      if (typeof parsed !== 'string') triggers.push(parsed);
      else
        skip(
          `${isRecord(rule) && typeof own(rule, 'step') === 'string' ? ` (step "${own(rule, 'step')}")` : ''}: ${parsed}`,
        );
    } catch (error) {
      // A getter or a Proxy of the page's that throws: that rule alone goes, never the page.
      skip(`: could not be read (${error})`);
    }
  });
  return triggers;
}
