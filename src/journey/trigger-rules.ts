import * as z from 'zod/mini';
import { integer, isRecord, text } from '../config/checks.js';
import { getStepNameSchema } from '../config/schema.js';
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

/** Each rule's shape; a CSS selector needs a document to check that it parses. */
const ruleSchema = (doc: Document) =>
  z.object({
    step: getStepNameSchema(),
    on: z.object({
      url: z.optional(text(500, /^\//, 'expected a path glob starting with "/", like "/order/*/confirmed"')),
      urlPattern: z.optional(
        z.custom<string>(
          (value) => text(500).safeParse(value).success && !!toRegExp(value as string),
          'expected a valid RegExp source',
        ),
      ),
      click: z.optional(
        z.custom<string>(
          (value) => text(500).safeParse(value).success && isSelector(doc, value as string),
          'expected a CSS selector that parses',
        ),
      ),
      event: z.optional(text(100, /^\S+$/, 'expected an event name without spaces')),
      timeOnPage: z.optional(integer(1, 86_400_000)),
      scrollDepth: z.optional(integer(1, 100)),
      exitIntent: z.optional(z.custom<true>((value) => value === true, 'expected true')),
    }),
  });

function isSelector(doc: Document, selector: string): boolean {
  try {
    doc.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

/** A valid rule, or what is wrong with it (in words for the site owner). */
function parseRule(input: unknown, schema: ReturnType<typeof ruleSchema>): Trigger | string {
  const result = schema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue?.path.join('.') || 'rule';
    const expected = issue?.code === 'invalid_type' ? `expected ${issue.expected}` : issue?.message;
    return field === 'on' && issue?.code === 'invalid_type' ? `on: ${EXPECTED_ON}` : `${field}: ${expected}`;
  }
  const { step, on } = result.data;
  const given = isRecord(input) && isRecord(input.on) ? Object.keys(input.on) : [];
  const unknown = given.filter((key) => !ON_KEYS.includes(key));
  if (unknown.length) return `on.${unknown[0]}: unknown trigger; ${EXPECTED_ON}`;
  if (on.url !== undefined && on.urlPattern !== undefined) return 'on: use either url or urlPattern, not both';
  const kinds = KINDS.filter((kind) => on[kind] !== undefined);
  if (kinds.length > 1) return `on: one trigger per rule, got ${kinds.join(' and ')}`;
  const pattern = on.urlPattern !== undefined && toRegExp(on.urlPattern);
  const page = on.url !== undefined ? globMatcher(on.url) : pattern ? regExpMatcher(pattern) : undefined;
  const kind = kinds[0];
  if (!kind && !page) return `on: ${EXPECTED_ON}`;
  // Validated above; TypeScript cannot pair `kind` with the type of `on[kind]` by itself.
  return { step, page, kind: kind ?? 'url', value: kind ? on[kind] : true } as Trigger;
}

/**
 * Validates `config.triggers` rule by rule: a bad rule becomes one warning that names it
 * (index and step) and what to fix, and the other rules keep working.
 */
export function parseTriggers(input: unknown, warn: (message: string) => void, doc: Document): Trigger[] {
  if (!Array.isArray(input)) return [];
  const schema = ruleSchema(doc);
  const triggers: Trigger[] = [];
  input.forEach((rule, index) => {
    const parsed = parseRule(rule, schema);
    if (typeof parsed !== 'string') triggers.push(parsed);
    else {
      const step = isRecord(rule) && typeof rule.step === 'string' ? ` (step ${JSON.stringify(rule.step)})` : '';
      warn(`config.triggers[${index}]${step}: ${parsed}. This rule is skipped.`);
    }
  });
  return triggers;
}
