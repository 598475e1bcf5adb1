import { STEP_NAME } from '../shared/answer.js';
import { isRecord, isText, isWhole, own } from '../shared/checks.js';
import { isColorScheme, isPlacement } from './check-theme.js';
import {
  DELIVERY_DEFAULTS,
  type DeliveryOptions,
  ETIQUETTE_DEFAULTS,
  type EtiquetteOptions,
  type ResolvedConfig,
} from './config.js';
import { didYouMean, nearKey } from './near-key.js';
import { resolveUrl } from './resolve-url.js';

/** A check of one option, and what it expected, for the message when it fails. */
type Field = [ok: (value: unknown) => boolean, expected: string];

const text = (max: number, pattern?: RegExp, expected = `expected text of 1 to ${max} characters`): Field => [
  (value) => isText(value, max, pattern),
  expected,
];
const whole = (min: number, max: number): Field => [
  (value) => isWhole(value, min, max),
  `expected a whole number from ${min} to ${max}`,
];
const flag: Field = [(value) => typeof value === 'boolean', 'expected true or false'];
/** A plain object whose own keys match `key` and whose values pass `item`. */
const mapOf = (item: (value: unknown) => boolean, key: RegExp, expected: string): Field => [
  (value) => isRecord(value) && Object.entries(value).every(([name, entry]) => key.test(name) && item(entry)),
  expected,
];
const objectOf = (expected: string): Field => [isRecord, expected];

const DELIVERY: Record<keyof DeliveryOptions, Field> = {
  // Values as fetch takes them: Latin-1, no line break or NUL, or no request could be made.
  headers: mapOf(
    (value) => isText(value, 4096, /^[^\0\n\r\u0100-\uffff]+$/),
    /^[\w-]+$/,
    'expected header names mapped to text (Latin-1, no line breaks)',
  ),
  batchSize: whole(1, 500),
  timeoutMs: whole(1_000, 120_000),
  retryBaseMs: whole(100, 3_600_000),
  retryMaxMs: whole(1_000, 86_400_000),
};

const DAYS = whole(0, 3_650);
const ETIQUETTE: Record<keyof EtiquetteOptions, Field> = {
  promptsPerPage: whole(0, 100),
  cooldownDays: DAYS,
  reaskAfterDays: DAYS,
  minimizeAfterMs: whole(0, 3_600_000),
  idleCloseMs: whole(0, 3_600_000),
  // Waiting gives up after 30 s of typing (journey/typing-pause.ts): a longer pause never comes.
  typingPauseMs: whole(0, 30_000),
};

/** Options with options of their own: each is checked, and a misspelt one reported. */
const NESTED: Record<string, Record<string, Field>> = { delivery: DELIVERY, etiquette: ETIQUETTE };

/**
 * Every option, in the order they are checked. `theme`, `strings`, `steps` and `triggers` only
 * need the right shape here: their values are checked one by one where they are used, so one bad
 * value keeps its default and the widget stays on.
 */
const fields = (base: string | undefined): Record<string, Field> => ({
  endpoint: [(value) => !!resolveUrl(value, base), 'expected an http(s) URL or a path starting with "/"'],
  site: text(100),
  locale: text(35),
  question: text(200),
  steps: mapOf(isRecord, STEP_NAME, 'expected step names mapped to their rules, e.g. { checkout: { sample: 0.5 } }'),
  etiquette: objectOf('expected object'),
  consent: flag,
  privacyUrl: [(value) => !!resolveUrl(value, base, 2048), 'expected an http(s) URL or a path starting with "/"'],
  page: [
    (value) => typeof value === 'boolean' || typeof value === 'function',
    'expected false, or a function that maps the page path to what may be sent',
  ],
  dataLayer: flag,
  strings: objectOf('expected languages mapped to texts by name'),
  theme: objectOf('expected theme tokens mapped to CSS values'),
  colorScheme: [isColorScheme, 'expected "auto", "light" or "dark"'],
  placement: [isPlacement, 'expected "bottom-right", "bottom-left", "sheet" or { inline: "<CSS selector>" }'],
  delivery: objectOf('expected object'),
  triggers: [Array.isArray, 'expected a list of triggers'],
  debug: flag,
  // Checked field by field at start (config/check-recovery.ts): a bad one warns, the widget stays on.
  recovery: [
    (value) => value === false || isRecord(value),
    'expected { link: url }, { phone: "+44 20 7946 0000" } or { event: true }',
  ],
  contact: flag,
  partial: flag,
});
const REQUIRED = ['endpoint', 'site'];

export type ConfigResult = { ok: true; config: ResolvedConfig; unknown: string[] } | { ok: false; message: string };

/** The given options of a nested object over its defaults (an explicit `undefined` keeps the default). */
function withDefaults<T extends object>(defaults: T, given: unknown): T {
  const merged: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  for (const key of Object.keys(defaults))
    if (isRecord(given) && own(given, key) !== undefined) merged[key] = given[key];
  return merged as unknown as T;
}

/**
 * Checks a site's config without trusting it: only its own properties are read, and a path is
 * resolved against `base` (the page) and must stay on its origin. Never throws: a bad config
 * becomes one message that names the field and what was expected, so the site owner knows what
 * to fix. Unknown options are listed, to be reported while the widget stays on.
 */
export function checkConfig(input: unknown, base: string | undefined = globalThis.document?.baseURI): ConfigResult {
  if (!isRecord(input)) return { ok: false, message: 'config: expected object.' };
  const known = fields(base);
  // A misspelt option is silently useless otherwise: list it with the option it looks like.
  const unknown = Object.keys(input).filter((key) => !Object.hasOwn(known, key));
  const fail = (path: string, expected: string) => ({ ok: false as const, message: `config.${path}: ${expected}.` });
  for (const [name, [ok, expected]] of Object.entries(known)) {
    const value = own(input, name);
    if (value === undefined && !REQUIRED.includes(name)) continue;
    if (value === undefined) {
      // Nearness goes both ways: the unknown key that looks like this option.
      const typo = nearKey(name, unknown);
      return fail(name, `missing${typo ? ` (is "${typo}" a misspelling of it?)` : ''}; ${expected}`);
    }
    if (!ok(value)) return fail(name, expected);
    for (const [key, [nestedOk, nestedExpected]] of Object.entries(NESTED[name] ?? {})) {
      const nested = own(value as object, key);
      if (nested !== undefined && !nestedOk(nested)) return fail(`${name}.${key}`, nestedExpected);
    }
  }
  const named = unknown.map((key) => key + didYouMean(key, Object.keys(known)));
  for (const [name, nested] of Object.entries(NESTED)) {
    const value = own(input, name);
    const options = Object.keys(nested);
    if (isRecord(value))
      named.push(
        ...Object.keys(value).flatMap((key) =>
          Object.hasOwn(nested, key) ? [] : `${name}.${key}${didYouMean(key, options)}`,
        ),
      );
  }
  const get = (name: string) => own(input, name) as never;
  const delivery = withDefaults({ ...DELIVERY_DEFAULTS, headers: {} }, get('delivery'));
  return {
    ok: true,
    unknown: named,
    config: {
      endpoint: resolveUrl(get('endpoint'), base) as string,
      site: get('site'),
      locale: get('locale'),
      question: get('question'),
      strings: get('strings'),
      steps: get('steps') ?? {},
      etiquette: withDefaults(ETIQUETTE_DEFAULTS, get('etiquette')),
      consent: get('consent') ?? true,
      privacyUrl: resolveUrl(get('privacyUrl'), base, 2048),
      page: get('page') ?? true,
      dataLayer: get('dataLayer') ?? false,
      theme: get('theme') ?? {},
      colorScheme: get('colorScheme'),
      placement: get('placement'),
      // Copied: the site's object may change after init, or have been polluted.
      delivery: { ...delivery, headers: { ...delivery.headers } },
      triggers: get('triggers'),
      debug: get('debug') ?? false,
      recovery: get('recovery'),
      contact: get('contact') ?? false,
      partial: get('partial') ?? true,
    },
  };
}
