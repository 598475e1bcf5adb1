/**
 * Reads colours as the widget's card computes them: the elements of drawing.js, built once out
 * of sight inside a box reset as the widget's host is (`all: initial`), with the host's colour
 * scheme and the theme as its `--feelback-*` variables. So `currentcolor` is the colour of the
 * element that uses the token, and `light-dark()` and system colours (`Canvas`) follow the card's
 * scheme, not this page's.
 */
import { el } from './dom.js';
import { ELEMENTS } from './drawing.js';
import { toRgba } from './rgba.js';

const PROPERTIES = ['color', 'backgroundColor', 'borderColor', 'outlineColor'];
const kebab = (name) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

// Never shown: only computed styles are read, and those are computed out of sight too.
const box = el('div', { hidden: true });
const host = el('div', { style: 'all: initial' });
const page = el('div', { style: 'all: initial' });
box.append(host, page);
const elements = {};
for (const [name, [parent, paints]] of Object.entries(ELEMENTS)) {
  elements[name] = el('div', {
    style: Object.entries(paints)
      .map(([property, token]) => `${kebab(property)}: var(--feelback-${kebab(token)})`)
      .join('; '),
  });
  (parent ? elements[parent] : host).append(elements[name]);
}

/**
 * `colours` (token → value) as the card draws them under `colorScheme` (the host's computed
 * `color-scheme` in that scheme): `read(element, property)` → [r, g, b, alpha], or undefined.
 */
export function cardColours(colours, colorScheme) {
  if (!box.isConnected) document.body.append(box);
  host.style.cssText = `all: initial; color-scheme: ${colorScheme}`;
  for (const [token, value] of Object.entries(colours)) host.style.setProperty(`--feelback-${kebab(token)}`, value);
  // Read now: the box is set again for the next theme.
  const read = Object.fromEntries(
    Object.entries(elements).map(([name, element]) => {
      const style = getComputedStyle(element);
      return [name, Object.fromEntries(PROPERTIES.map((property) => [property, toRgba(style[property])]))];
    }),
  );
  return (name, property) => read[name][property];
}

/** A page background as it shows on a page of that look (`light` or `dark`): over its canvas, [r, g, b]. */
export function pageColour(value, look) {
  if (!box.isConnected) document.body.append(box);
  page.style.cssText = `all: initial; color-scheme: ${look}; color: Canvas`;
  page.style.backgroundColor = value;
  const style = getComputedStyle(page);
  const [r, g, b, alpha] = toRgba(style.backgroundColor) ?? [255, 255, 255, 1];
  const canvas = toRgba(style.color) ?? [255, 255, 255, 1];
  return [r, g, b].map((c, i) => c * alpha + canvas[i] * (1 - alpha));
}
