import * as z from 'zod/mini';
import { ETIQUETTE_DEFAULTS } from '../journey/etiquette.js';
import type { ThemeToken } from '../styles/tokens.js';
import { colorSchemeSchema, placementSchema } from './appearance.js';
import { flag, integer, isRecord, lazy, mapOf, text } from './checks.js';

/** An absolute http(s) URL, or a path on this site ("/answers"). */
function isEndpoint(value: string): boolean {
  if (/^\/(?!\/)/.test(value)) return true;
  try {
    const url = new URL(value);
    // fetch refuses a URL with user:password@ in it: it could never deliver.
    return /^https?:$/.test(url.protocol) && !url.username && !url.password;
  } catch {
    return false;
  }
}

/** A step name travels as CloudEvents `subject`: short, no spaces or control characters. */
// No whitespace or control characters (written out, so the JSON Schema can reuse the source).
// biome-ignore lint/suspicious/noControlCharactersInRegex: excluding control characters is the point.
export const STEP_NAME = /^[^\s\0-\x1f\x7f-\x9f]{1,64}$/;
export const getStepNameSchema = lazy(() => text(64, STEP_NAME, 'expected a step name: 1 to 64 characters, no spaces'));

/** What `step`/`ask` (and a trigger's event detail) may pass: only a question, for now. */
export const getContextSchema = lazy(() => z.object({ question: z.optional(text(200)) }));

export const DELIVERY_DEFAULTS = {
  /** Most answers in one request. */
  batchSize: 250,
  /** A request that takes longer is aborted and retried. */
  timeoutMs: 10_000,
  /** First retry delay; it doubles per failed attempt, with jitter. */
  retryBaseMs: 2_000,
  /** Longest delay between retries. */
  retryMaxMs: 300_000,
};

const shortText = lazy(() => z.optional(text(200)));
const yesNo = lazy(() => z.optional(flag));
const endpoint = (max: number) =>
  z.custom<string>(
    (value) => typeof value === 'string' && value.length <= max && isEndpoint(value),
    'expected an http(s) URL or a path starting with "/"',
  );

/**
 * Each option's schema, built only when a site sets that option: constructing zod schemas was
 * most of our script's cost at page load, and most sites set two or three options.
 */
const CONFIG_FIELDS = {
  endpoint: () => endpoint(Number.POSITIVE_INFINITY),
  site: () => text(100),
  locale: () => z.optional(text(35)),
  question: shortText,
  steps: () =>
    z.optional(
      mapOf(
        // A plain object; its entries are checked one by one where they are used (journey/step-rules.ts).
        z.custom<Record<string, unknown>>(isRecord),
        STEP_NAME,
        'expected step names mapped to their rules, e.g. { checkout: { sample: 0.5 } }',
      ),
    ),
  etiquette: () => {
    const days = z.optional(integer(0, 3_650));
    return z.optional(
      z.object({
        promptsPerPage: z.optional(integer(0, 100)),
        cooldownDays: days,
        reaskAfterDays: days,
        idleCloseMs: z.optional(integer(0, 3_600_000)),
        // Waiting gives up after 30 s of typing (journey/typing-pause.ts): a longer pause never comes.
        typingPauseMs: z.optional(integer(0, 30_000)),
      }),
    );
  },
  /** false until the site's consent banner allows storage: etiquette memory then stays in memory. */
  consent: yesNo,
  privacyUrl: () => z.optional(endpoint(2048)),
  /** Also push the widget's events to window.dataLayer (Google Tag Manager and similar). */
  dataLayer: yesNo,
  /** Replacement texts per interface language: `{ de: { thanks: 'Danke!' } }`. */
  // Each language, text and token is checked by itself (config/check-strings.ts, checkTheme):
  // one bad value keeps its default and the widget stays on.
  strings: () => z.optional(z.custom<Record<string, unknown>>(isRecord, 'expected languages mapped to texts by name')),
  theme: () => z.optional(z.custom<Record<string, unknown>>(isRecord, 'expected theme tokens mapped to CSS values')),
  colorScheme: () => z.optional(colorSchemeSchema()),
  placement: () => z.optional(placementSchema()),
  delivery: () =>
    z.optional(
      z.object({
        /** Extra request headers, e.g. an API key your endpoint expects. */
        // Values as fetch takes them: Latin-1, no line break or NUL, or no request could be made.
        headers: z.optional(
          mapOf(
            text(4096, /^[^\0\n\r\u0100-\uffff]+$/),
            /^[\w-]+$/,
            'expected header names mapped to text (Latin-1, no line breaks)',
          ),
        ),
        batchSize: z.optional(integer(1, 500)),
        timeoutMs: z.optional(integer(1_000, 120_000)),
        retryBaseMs: z.optional(integer(100, 3_600_000)),
        retryMaxMs: z.optional(integer(1_000, 86_400_000)),
      }),
    ),
  /** Rules that ask a step on their own; each is checked by itself in journey/trigger-rules.ts. */
  triggers: () => z.optional(z.custom<unknown[]>(Array.isArray, 'expected a list of triggers')),
  /** Log to the console why things happen. */
  debug: yesNo,
};

type ConfigShape = { [K in keyof typeof CONFIG_FIELDS]: ReturnType<(typeof CONFIG_FIELDS)[K]> };
type ConfigField = keyof ConfigShape;
const REQUIRED: readonly string[] = ['endpoint', 'site'];

export const isConfigField = (key: string): key is ConfigField => Object.hasOwn(CONFIG_FIELDS, key);

/**
 * The config schema for this input: the required options and those the site set. An option
 * left out is undefined either way, so the result is the same as with every option's schema.
 */
export function configSchemaFor(input: unknown) {
  const keys = Object.keys(CONFIG_FIELDS).filter(
    (key) => REQUIRED.includes(key) || (isRecord(input) && Object.hasOwn(input, key)),
  ) as ConfigField[];
  return z.object(Object.fromEntries(keys.map((key) => [key, CONFIG_FIELDS[key]()])) as ConfigShape);
}

/** What a site passes to `init` / `createFeelback`. */
export type FeelbackConfig = z.input<z.ZodMiniObject<ConfigShape>>;
type Parsed = z.output<z.ZodMiniObject<ConfigShape>>;

/** The config after validation, with every default filled in. */
export interface ResolvedConfig
  extends Omit<Parsed, 'steps' | 'theme' | 'delivery' | 'debug' | 'etiquette' | 'consent' | 'dataLayer'> {
  steps: NonNullable<Parsed['steps']>;
  etiquette: typeof ETIQUETTE_DEFAULTS;
  consent: boolean;
  dataLayer: boolean;
  theme: NonNullable<Parsed['theme']>;
  delivery: typeof DELIVERY_DEFAULTS & { headers: Record<string, string> };
  debug: boolean;
}
/** Theme values that passed `checkTheme`. */
export type ThemeOverrides = Partial<Record<ThemeToken, string>>;

/** `{ a: undefined }` must not override a default. */
const defined = <T extends object>(value: T): Partial<T> =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;

export function withDefaults(config: Parsed): ResolvedConfig {
  return {
    ...config,
    steps: config.steps ?? {},
    etiquette: { ...ETIQUETTE_DEFAULTS, ...defined(config.etiquette ?? {}) },
    consent: config.consent ?? true,
    dataLayer: config.dataLayer ?? false,
    theme: config.theme ?? {},
    delivery: { ...DELIVERY_DEFAULTS, headers: {}, ...defined(config.delivery ?? {}) },
    debug: config.debug ?? false,
  };
}
