export type Schema = Record<string, unknown>;

/** The formats as a validator that asserts them (e.g. ajv with ajv-formats) checks them. */
const FORMATS: Record<string, RegExp> = {
  uuid: /^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/i,
  'date-time': /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/i,
};
const ANNOTATIONS = new Set(['$schema', 'title', 'description']);

/**
 * A JSON Schema validator for exactly the keywords our schema uses; any other keyword fails the
 * test, so the schema cannot grow a rule this check silently ignores.
 */
export function accepts(schema: Schema, value: unknown): boolean {
  return Object.entries(schema).every(([keyword, rule]) => {
    if (ANNOTATIONS.has(keyword)) return true;
    const text = typeof value === 'string' ? value : undefined;
    switch (keyword) {
      case 'type':
        if (rule === 'array') return Array.isArray(value);
        if (rule === 'object') return typeof value === 'object' && value !== null && !Array.isArray(value);
        if (rule === 'integer') return Number.isInteger(value);
        return typeof value === rule;
      case 'const':
        return JSON.stringify(value) === JSON.stringify(rule);
      case 'enum':
        return (rule as unknown[]).includes(value);
      case 'oneOf':
        return (rule as Schema[]).filter((option) => accepts(option, value)).length === 1;
      case 'items':
        return !Array.isArray(value) || value.every((item) => accepts(rule as Schema, item));
      case 'maxItems':
        return !Array.isArray(value) || value.length <= (rule as number);
      case 'required':
        return typeof value !== 'object' || value === null || (rule as string[]).every((key) => key in value);
      case 'properties':
        return (
          typeof value !== 'object' ||
          value === null ||
          Object.entries(rule as Record<string, Schema>).every(
            ([key, property]) => !(key in value) || accepts(property, (value as Record<string, unknown>)[key]),
          )
        );
      case 'minLength':
        return text === undefined || [...text].length >= (rule as number);
      case 'maxLength':
        return text === undefined || [...text].length <= (rule as number);
      case 'pattern':
        return text === undefined || new RegExp(rule as string, 'u').test(text);
      case 'format':
        return text === undefined || (FORMATS[rule as string]?.test(text) ?? false);
      case 'minimum':
        return typeof value !== 'number' || value >= (rule as number);
      case 'maximum':
        return typeof value !== 'number' || value <= (rule as number);
      default:
        throw new Error(`the test validator does not know the keyword ${keyword}`);
    }
  });
}
