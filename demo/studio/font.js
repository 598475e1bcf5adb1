/**
 * Which font of a `font-family` list this browser renders: the first one installed (or loaded by
 * the page), found by measuring text against generic fallbacks, as there is no API that says.
 */
const GENERIC = ['serif', 'sans-serif', 'monospace', 'cursive', 'fantasy', 'system-ui', 'ui-serif', 'ui-sans-serif'];
const SAMPLE = 'mmmmmmmmmmlli WWWwww 0123456789';

const context = document.createElement('canvas').getContext('2d');
const width = (font) => {
  context.font = `32px ${font}`;
  return context.measureText(SAMPLE).width;
};

/** Whether `family` (unquoted) is available: it changes the width against two different fallbacks. */
const available = (family) =>
  ['monospace', 'serif'].some((fallback) => width(`"${family}", ${fallback}`) !== width(fallback));

/** The family that renders, named for the designer (a generic one says so). */
export function fontRendered(list) {
  const families = list
    .split(',')
    .map((family) => family.trim().replace(/^["']|["']$/g, ''))
    .filter(Boolean);
  const skipped = [];
  for (const family of families) {
    if (GENERIC.includes(family.toLowerCase())) {
      return `${family} (the system’s default${skipped.length ? `; not installed: ${skipped.join(', ')}` : ''})`;
    }
    if (available(family)) return skipped.length ? `${family} (not installed: ${skipped.join(', ')})` : family;
    skipped.push(family);
  }
  return `the browser’s default (not installed: ${skipped.join(', ') || 'none named'})`;
}
