import * as z from 'zod/mini';
import { THEME_TOKENS, type ThemeToken } from '../styles/tokens.js';
import { flag, integer, mapOf, text } from './checks.js';

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

export const stepConfigSchema = z.object({
  question: z.optional(text(200)),
});

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
  steps: z.optional(mapOf(stepConfigSchema, STEP_NAME, 'expected step names mapped to { question }')),
  theme: z.optional(z.object(themeShape)),
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
  /** Log to the console why things happen. */
  debug: z.optional(flag),
});

/** What a site passes to `init` / `createFeelback`. */
export type FeelbackConfig = z.input<typeof configSchema>;
type Parsed = z.output<typeof configSchema>;

/** The config after validation, with every default filled in. */
export interface ResolvedConfig extends Omit<Parsed, 'steps' | 'theme' | 'delivery' | 'debug'> {
  steps: NonNullable<Parsed['steps']>;
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
    theme: config.theme ?? {},
    delivery: { ...DELIVERY_DEFAULTS, headers: {}, ...defined(config.delivery ?? {}) },
    debug: config.debug ?? false,
  };
}
