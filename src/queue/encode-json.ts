/**
 * JSON for plain data (objects, arrays, strings, numbers, booleans). Written out rather than one
 * JSON.stringify call because host pages add `toJSON` to prototypes (Prototype.js puts one on
 * Array.prototype, which double-encodes arrays, sentry-javascript#2205); primitives have no
 * `toJSON` lookup, so they are safe to hand to stringify. `stringify` is the one the widget took
 * when it loaded: a host that later replaces JSON.stringify does not change our wire format.
 */
export function encodeJson(value: unknown, stringify = JSON.stringify): string {
  // The native path while no prototype has a toJSON (it looks at own keys only, so other
  // prototype additions do not matter); ours only on a page that added one.
  if (!('toJSON' in []) || typeof value !== 'object' || value === null) return stringify(value) ?? 'null';
  let out = '';
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + encodeJson(value[i], stringify);
    return `[${out}]`;
  }
  for (const key of Object.keys(value)) {
    const item = (value as Record<string, unknown>)[key];
    if (item !== undefined) out += `${out ? ',' : ''}${stringify(key)}:${encodeJson(item, stringify)}`;
  }
  return `{${out}}`;
}
