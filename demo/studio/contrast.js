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

/**
 * The colour pairs the widget draws, named after the studio's controls, with the ratio and
 * criterion each needs and the control whose value a fix changes (`fix`).
 */
export const PAIRS = [
  { fg: 'text', bg: 'background', min: 4.5, sc: '1.4.3', fix: 'fg' },
  { fg: 'muted', bg: 'background', min: 4.5, sc: '1.4.3', fix: 'fg' },
  { fg: 'onBrand', bg: 'brand', min: 4.5, sc: '1.4.3', fix: 'fg' },
  { fg: 'brand', bg: 'background', min: 3, sc: '1.4.11', fix: 'fg' },
  { fg: 'border', bg: 'background', min: 3, sc: '1.4.11', fix: 'fg' },
  { fg: 'focus', bg: 'background', min: 3, sc: '1.4.11', fix: 'fg' },
  { fg: 'text', bg: 'hover', min: 4.5, sc: '1.4.3', fix: 'bg' },
  { fg: 'muted', bg: 'hover', min: 4.5, sc: '1.4.3', fix: 'bg' },
];

/**
 * Checks every pair of a theme (token → colour text). A pair whose colours cannot be read
 * gets `ratio: undefined` and fails, so it is never passed silently. With an outline button the
 * brand colour is the Send button's text, so it needs 4.5:1 (1.4.3) and the button text none.
 */
export function checkContrast(colours, { outline = false } = {}) {
  const pairs = outline
    ? PAIRS.filter((pair) => pair.fg !== 'onBrand').map((pair) =>
        pair.fg === 'brand' ? { ...pair, min: 4.5, sc: '1.4.3' } : pair,
      )
    : PAIRS;
  return pairs.map((pair) => {
    const fg = parseColor(colours[pair.fg]);
    const bg = parseColor(colours[pair.bg]);
    const ratio = fg && bg ? contrastRatio(fg, bg) : undefined;
    return { ...pair, ratio, pass: ratio !== undefined && ratio >= pair.min };
  });
}

const hex = (rgb) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
const mix = (from, to, t) => from.map((c, i) => c + (to[i] - c) * t);

/**
 * The passing colour nearest to `colour` against `other`: `colour` moved the least towards
 * black or towards white (its hue kept) until the ratio reaches `min`, as `#rrggbb`; undefined
 * when neither way gets there.
 */
export function nearestPassing(colour, other, min) {
  const found = [
    [0, 0, 0],
    [255, 255, 255],
  ].flatMap((end) => {
    if (contrastRatio(end, other) < min) return [];
    let [low, high] = [0, 1];
    for (let i = 0; i < 20; i++) {
      const t = (low + high) / 2;
      if (contrastRatio(mix(colour, end, t), other) >= min) high = t;
      else low = t;
    }
    // Rounded to whole channels, then one more step if rounding lost the last bit of contrast.
    for (let t = high; t <= 1; t += 0.004) {
      const value = hex(mix(colour, end, t));
      if (contrastRatio(parseColor(value), other) >= min) return [{ t, value }];
    }
    return [];
  });
  return found.sort((a, b) => a.t - b.t)[0]?.value;
}
