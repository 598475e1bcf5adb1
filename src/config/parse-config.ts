import { ETIQUETTE_DEFAULTS } from '../journey/etiquette.js';
import { isRecord } from './checks.js';
import { configSchemaFor, DELIVERY_DEFAULTS, isConfigField, type ResolvedConfig, withDefaults } from './schema.js';

/** Options with options of their own, which zod would drop silently when misspelt. */
const NESTED: Record<string, string[]> = {
  delivery: [...Object.keys(DELIVERY_DEFAULTS), 'headers'],
  etiquette: Object.keys(ETIQUETTE_DEFAULTS),
};

export type ConfigResult = { ok: true; config: ResolvedConfig; unknown: string[] } | { ok: false; message: string };

/**
 * Validates a site's config. Never throws: a bad config becomes one message that names the
 * field and what was expected, so the site owner knows what to fix.
 */
export function parseConfig(input: unknown): ConfigResult {
  const result = configSchemaFor(input).safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = ['config', ...(issue?.path ?? [])].join('.');
    const expected = issue?.code === 'invalid_type' ? `expected ${issue.expected}` : issue?.message;
    return { ok: false, message: `${field}: ${expected}.` };
  }
  // A misspelt option is silently useless otherwise; say so, but keep the widget on.
  const config = input as Record<string, unknown>;
  const unknown = Object.keys(config).filter((key) => !isConfigField(key));
  for (const [field, known] of Object.entries(NESTED)) {
    const value = config[field];
    if (isRecord(value))
      unknown.push(...Object.keys(value).flatMap((key) => (known.includes(key) ? [] : `${field}.${key}`)));
  }
  return { ok: true, config: withDefaults(result.data), unknown };
}
