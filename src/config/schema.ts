import * as z from 'zod/mini';
import type { StringOverrides } from '../i18n/merge-strings.js';
import { UI_LOCALES } from '../i18n/ui-locale.js';
import { ETIQUETTE_DEFAULTS } from '../journey/etiquette.js';
import { THEME_TOKENS, type ThemeToken } from '../styles/tokens.js';
import { colorSchemeSchema, placementSchema } from './appearance.js';
import { flag, integer, isRecord, mapOf, text, texts } from './checks.js';

/** An absolute http(s) URL, or a path on this site ("/answers"). */
function isEndpoint(value: string): boolean {
  if (/^\/(?!\/)/.test(value)) return true;
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** A step name travels as CloudEvents `subject`: short, no spaces or control characters. */
// No whitespace or control characters (written out, so the JSON Schema can reuse the source).
// biome-ignore lint/suspicious/noControlCharactersInRegex: excluding control characters is the point.
export const STEP_NAME = /^[^\s\0-\x1f\x7f-\x9f]{1,64}$/;
export const stepNameSchema = text(64, STEP_NAME, 'expected a step name: 1 to 64 characters, no spaces');

const themeShape = Object.fromEntries(THEME_TOKENS.map((token) => [token, z.optional(text(200))])) as Record<
  ThemeToken,
  z.ZodMiniOptional<ReturnType<typeof text>>
>;

/** What `step`/`ask` (and a trigger's event detail) may pass: only a question, for now. */
export const contextSchema = z.object({ question: z.optional(text(200)) });

/** A plain object; its entries are checked one by one where they are used (journey/step-rules.ts). */
const plainObject = z.custom<Record<string, unknown>>(isRecord);

const etiquetteShape = Object.fromEntries(
  Object.keys(ETIQUETTE_DEFAULTS).map((key) => [key, z.optional(integer(0, 3_650 * 86_400_000))]),
) as Record<keyof typeof ETIQUETTE_DEFAULTS, z.ZodMiniOptional<ReturnType<typeof integer>>>;

/** A replacement text: a text, a list (face labels), or texts by name (plural forms, emotion words). */
const stringValues = [text(500), texts(10, 200), mapOf(text(200), /^[a-z]+$/, '')];
const stringOverrides = mapOf(
  z.custom<StringOverrides[string]>((value) => stringValues.some((schema) => schema.safeParse(value).success)),
  /^[a-zA-Z]+$/,
  '',
);

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

export const configSchema = z.object({
  endpoint: z.custom<string>(
    (value) => typeof value === 'string' && isEndpoint(value),
    'expected an http(s) URL or a path starting with "/"',
  ),
  site: text(100),
  locale: z.optional(text(35)),
  question: z.optional(text(200)),
  steps: z.optional(
    mapOf(plainObject, STEP_NAME, 'expected step names mapped to their rules, e.g. { checkout: { sample: 0.5 } }'),
  ),
  etiquette: z.optional(z.object(etiquetteShape)),
  /** false until the site's consent banner allows storage: etiquette memory then stays in memory. */
  consent: z.optional(flag),
  privacyUrl: z.optional(
    z.custom<string>(
      (value) => typeof value === 'string' && value.length <= 2048 && isEndpoint(value),
      'expected an http(s) URL or a path starting with "/"',
    ),
  ),
  /** Also push the widget's events to window.dataLayer (Google Tag Manager and similar). */
  dataLayer: z.optional(flag),
  /** Replacement texts per interface language: `{ de: { thanks: 'Danke!' } }`. */
  strings: z.optional(
    mapOf(
      stringOverrides,
      new RegExp(`^(${UI_LOCALES.join('|')})$`),
      `expected languages (${UI_LOCALES.join(', ')}) mapped to { text name: text }`,
    ),
  ),
  theme: z.optional(z.object(themeShape)),
  colorScheme: z.optional(colorSchemeSchema),
  placement: z.optional(placementSchema),
  delivery: z.optional(
    z.object({
      /** Extra request headers, e.g. an API key your endpoint expects. */
      headers: z.optional(mapOf(text(4096), /^[\w-]+$/, 'expected header names mapped to text')),
      batchSize: z.optional(integer(1, 500)),
      timeoutMs: z.optional(integer(1_000, 120_000)),
      retryBaseMs: z.optional(integer(100, 3_600_000)),
      retryMaxMs: z.optional(integer(1_000, 86_400_000)),
    }),
  ),
  /** Rules that ask a step on their own; each is checked by itself in journey/trigger-rules.ts. */
  triggers: z.optional(z.custom<unknown[]>(Array.isArray, 'expected a list of triggers')),
  /** Log to the console why things happen. */
  debug: z.optional(flag),
});

/** What a site passes to `init` / `createFeelback`. */
export type FeelbackConfig = z.input<typeof configSchema>;
type Parsed = z.output<typeof configSchema>;

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
export type ThemeOverrides = ResolvedConfig['theme'];

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
