import { STEP_NAME } from '../shared/answer.js';
import { isRecord, isText, own } from '../shared/checks.js';
import { isColorScheme, isPlacement } from './check-theme.js';
import {
  DELIVERY_DEFAULTS,
  type DeliveryOptions,
  ETIQUETTE_DEFAULTS,
  type EtiquetteOptions,
  type ResolvedConfig,
} from './config.js';
import { flag, HTTPS, type Kind, type Note, type Rule, text, url, whole } from './problems.js';
import { resolveUrl } from './resolve-url.js';

/** A plain object whose own keys match `key` and whose values pass `item`. */
const mapOf = (item: (value: unknown) => boolean, key: RegExp, kind: Kind): Rule => [
  (value) => isRecord(value) && Object.entries(value).every(([name, entry]) => key.test(name) && item(entry)),
  kind,
];
const OBJECT: Rule = [isRecord, 'object'];

const DELIVERY: Record<keyof DeliveryOptions, Rule> = {
  // Values as fetch takes them: Latin-1, no line break or NUL, or no request could be made.
  headers: mapOf((value) => isText(value, 4096, /^[^\0\n\r\u0100-\uffff]+$/), /^[\w-]+$/, 'headers'),
  batchSize: whole(1, 500),
  timeoutMs: whole(1_000, 120_000),
  retryBaseMs: whole(100, 3_600_000),
  retryMaxMs: whole(1_000, 86_400_000),
};

const DAYS = whole(0, 3_650);
const ETIQUETTE: Record<keyof EtiquetteOptions, Rule> = {
  promptsPerPage: whole(0, 100),
  cooldownDays: DAYS,
  reaskAfterDays: DAYS,
  minimizeAfterMs: whole(0, 3_600_000),
  idleCloseMs: whole(0, 3_600_000),
  // Waiting gives up after 30 s of typing (journey/typing-pause.ts): a longer pause never comes.
  typingPauseMs: whole(0, 30_000),
};

/** Options with options of their own: each is checked, and a misspelt one reported. */
const NESTED: Record<string, Record<string, Rule>> = { delivery: DELIVERY, etiquette: ETIQUETTE };

/**
 * Every option, in the order they are checked. `theme`, `strings`, `steps` and `triggers` only
 * need the right shape here: their values are checked one by one where they are used, so one bad
 * value keeps its default and the widget stays on.
 */
const FIELDS: Record<string, Rule> = {
  endpoint: url(),
  site: text(100),
  locale: text(35),
  question: text(200),
  steps: mapOf(isRecord, STEP_NAME, 'steps'),
  etiquette: OBJECT,
  consent: flag,
  privacyUrl: url(2048),
  page: [(value) => typeof value === 'boolean' || typeof value === 'function', 'page'],
  dataLayer: flag,
  strings: [isRecord, 'strings'],
  theme: [isRecord, 'theme'],
  colorScheme: [isColorScheme, 'colorScheme'],
  placement: [isPlacement, 'placement'],
  delivery: OBJECT,
  triggers: [Array.isArray, 'triggers'],
  debug: flag,
  // Checked field by field at start (config/check-recovery.ts): a bad one warns, the widget stays on.
  recovery: [(value) => value === false || isRecord(value), 'recovery'],
  contact: flag,
  partial: flag,
};
const REQUIRED = ['endpoint', 'site'];

/** The given options of a nested object over its defaults (an explicit `undefined` keeps the default). */
function withDefaults<T extends object>(defaults: T, given: unknown): T {
  const merged: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  for (const key of Object.keys(defaults))
    if (isRecord(given) && own(given, key) !== undefined) merged[key] = given[key];
  return merged as unknown as T;
}

/**
 * Checks a site's config without trusting it: only its own properties are read, and a path is
 * resolved against `base` (the page's own origin, never a `<base href>`, which may name another
 * site; an `about:srcdoc` frame has its parent's) and must stay on it. Never throws: a bad
 * config is one problem that names the field and what was expected, so the site owner knows
 * what to fix, and no config (undefined). Unknown options are noted too: beside that problem, or
 * with the widget on.
 */
export function checkConfig(
  input: unknown,
  note: Note,
  base: string | undefined = globalThis.location?.origin,
): ResolvedConfig | undefined {
  try {
    return checkFields(input, note, base);
  } catch (error) {
    // A getter or a Proxy of the page's that throws: said as it is, not as a bug of ours.
    note(['unreadable', 'config', error]);
  }
}

function checkFields(input: unknown, note: Note, base: string | undefined): ResolvedConfig | undefined {
  if (!isRecord(input)) return void note(['refused', 'config', OBJECT]);
  // A misspelt option is silently useless otherwise: it is noted with the options it may mean.
  const unknown = Object.keys(input).filter((key) => !Object.hasOwn(FIELDS, key));
  // Noted first, so a refused config names them too: the site fixes every mistake in one go.
  for (const key of unknown) note(['unknown', `config.${key}`, key, Object.keys(FIELDS)]);
  for (const [name, nested] of Object.entries(NESTED)) {
    const value = own(input, name);
    const options = Object.keys(nested);
    if (isRecord(value))
      for (const key of Object.keys(value))
        if (!Object.hasOwn(nested, key)) note(['unknown', `config.${name}.${key}`, key, options]);
  }
  for (const [name, rule] of Object.entries(FIELDS)) {
    const value = own(input, name);
    const path = `config.${name}`;
    // Nearness goes both ways: a missing option's message names the unknown key that looks like it.
    if (value === undefined && REQUIRED.includes(name)) return void note(['missing', path, rule, name, unknown]);
    if (value === undefined) continue;
    if (!rule[0](value, base)) return void note(['refused', path, rule]);
    for (const [key, nestedRule] of Object.entries(NESTED[name] ?? {})) {
      const nested = own(value as object, key);
      if (nested !== undefined && !nestedRule[0](nested)) return void note(['refused', `${path}.${key}`, nestedRule]);
    }
  }
  const get = (name: string) => own(input, name) as never;
  const endpoint = resolveUrl(get('endpoint'), base) as string;
  // Mixed content: from an https page the browser blocks every request to http, but to this
  // machine (localhost and its subdomains, 127.x.x.x, ::1, ::ffff:127.x.x.x).
  if (
    /^https:/.test(base as string) &&
    /^http:\/\/(?!(([^/]*\.)?localhost\.?|127(\.\d+){3}|\[::1\]|\[::ffff:7f[^\]]*\])[:/])/.test(endpoint)
  )
    return void note(['refused', 'config.endpoint', HTTPS]);
  const delivery = withDefaults({ ...DELIVERY_DEFAULTS, headers: {} }, get('delivery'));
  return {
    endpoint,
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
  };
}
