/**
 * WCAG 2.x contrast: relative luminance of sRGB colours and the ratio between two of them
 * (https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio). Pure functions, no DOM.
 */

/** Parses `#rgb`, `#rrggbb`, `rgb(r, g, b)` or `rgba(r, g, b, a)` into [r, g, b] (0–255); undefined otherwise. */
export function parseColor(value) {
  const text = String(value).trim().toLowerCase();
  const hex = /^#([\da-f]{3}|[\da-f]{6})$/.exec(text);
  if (hex) {
    const digits = hex[1].length === 3 ? [...hex[1]].map((d) => d + d) : hex[1].match(/../g);
    return digits.map((pair) => Number.parseInt(pair, 16));
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(text);
  return rgb ? rgb.slice(1, 4).map(Number) : undefined;
}

/** Relative luminance of an sRGB colour, 0 (black) to 1 (white). */
export function luminance([r, g, b]) {
  const linear = (channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The contrast ratio of two colours, 1 to 21. */
export function contrastRatio(a, b) {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** The colour pairs the widget draws, with the ratio and criterion each needs. */
export const PAIRS = [
  { fg: 'text', bg: 'background', label: 'Text on background', min: 4.5, sc: '1.4.3' },
  { fg: 'muted', bg: 'background', label: 'Faces, hint and close on background', min: 4.5, sc: '1.4.3' },
  { fg: 'onBrand', bg: 'brand', label: 'Button text on brand', min: 4.5, sc: '1.4.3' },
  { fg: 'brand', bg: 'background', label: 'Brand (selected face, button) on background', min: 3, sc: '1.4.11' },
  { fg: 'border', bg: 'background', label: 'Border on background', min: 3, sc: '1.4.11' },
  { fg: 'focus', bg: 'background', label: 'Focus ring on background', min: 3, sc: '1.4.11' },
];

/**
 * Checks every pair of a theme (token → colour text). A pair whose colours cannot be read
 * gets `ratio: undefined` and fails, so it is never passed silently.
 */
export function checkContrast(colours) {
  return PAIRS.map((pair) => {
    const fg = parseColor(colours[pair.fg]);
    const bg = parseColor(colours[pair.bg]);
    const ratio = fg && bg ? contrastRatio(fg, bg) : undefined;
    return { ...pair, ratio, pass: ratio !== undefined && ratio >= pair.min };
  });
}
