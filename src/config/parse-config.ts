import { configSchemaFor, isConfigField, type ResolvedConfig, withDefaults } from './schema.js';

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
  const unknown = Object.keys(input as object).filter((key) => !isConfigField(key));
  return { ok: true, config: withDefaults(result.data), unknown };
}
