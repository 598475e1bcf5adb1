import { configSchema, type ResolvedConfig, withDefaults } from './schema.js';

export type ConfigResult = { ok: true; config: ResolvedConfig; unknownKeys: string[] } | { ok: false; message: string };

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === 'object') return Array.isArray(value) ? 'an array' : 'an object';
  return `${typeof value} ${String(value)}`;
}

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * Validates a site's config. Never throws: a bad config becomes one message that names the
 * field, what was expected and what was given, so the site owner knows what to fix.
 */
export function parseConfig(input: unknown): ConfigResult {
  const result = configSchema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0];
    if (!issue) return { ok: false, message: 'config is invalid.' };
    const field = ['config', ...issue.path.map(String)].join('.');
    const given = issue.path.length ? describe(valueAt(input, issue.path)) : describe(input);
    const expected = issue.code === 'invalid_type' ? `expected ${issue.expected}` : issue.message;
    return { ok: false, message: `${field}: ${expected}, got ${given}.` };
  }
  const known = Object.keys(configSchema.def.shape);
  const unknownKeys = Object.keys(input as object).filter((key) => !known.includes(key));
  return { ok: true, config: withDefaults(result.data), unknownKeys };
}
