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
 * criterion each needs and the control whose value a fix changes (`fix`). `onBrand` on `brand`
 * stays in every button style: chosen words and scale numbers draw it (src/ui/prompt.css.ts).
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
  // A face's eyes and mouth are drawn in muted, or brand once chosen, inside the face fill.
  { fg: 'muted', bg: 'faceFill', min: 3, sc: '1.4.11', fix: 'bg' },
  { fg: 'brand', bg: 'faceFill', min: 3, sc: '1.4.11', fix: 'bg' },
];

/** The outline Send under the pointer: brand text on the hover colour. */
const OUTLINE_HOVER = { fg: 'brand', bg: 'hover', min: 4.5, sc: '1.4.3', fix: 'bg' };

/**
 * The pairs a theme is checked on. With an outline button the brand colour is the Send button's
 * text, so it needs 4.5:1 (1.4.3) on the background and on the hover colour. Without a face fill
 * (`faceFill: false`: absent or see-through) a face shows the background, already checked, so its
 * pairs are left out.
 */
export function pairsToCheck({ outline = false, faceFill = true } = {}) {
  const pairs = PAIRS.filter((pair) => faceFill || pair.bg !== 'faceFill').map((pair) =>
    outline && pair.fg === 'brand' && pair.bg === 'background' ? { ...pair, min: 4.5, sc: '1.4.3' } : pair,
  );
  return outline ? [...pairs, OUTLINE_HOVER] : pairs;
}

/**
 * Checks `pairs` with the colours each is drawn in: `drawn(pair)` gives [fg, bg] as [r, g, b],
 * either undefined when it cannot be read: that pair gets `ratio: undefined` and fails, so it is
 * never passed silently.
 */
export function checkPairs(pairs, drawn) {
  return pairs.map((pair) => {
    const [fg, bg] = drawn(pair);
    const ratio = fg && bg ? contrastRatio(fg, bg) : undefined;
    return { ...pair, ratio, pass: ratio !== undefined && ratio >= pair.min, colours: { fg, bg } };
  });
}

/**
 * Checks every pair of a theme (token → colour text, `#rgb` or `rgb()`), each token's colour as
 * it is. A face fill that is absent or `transparent` leaves its pairs out (see pairsToCheck).
 */
export function checkContrast(colours, { outline = false } = {}) {
  const faceFill = colours.faceFill !== undefined && !/^transparent$/i.test(String(colours.faceFill).trim());
  return checkPairs(pairsToCheck({ outline, faceFill }), (pair) => [
    parseColor(colours[pair.fg]),
    parseColor(colours[pair.bg]),
  ]);
}

/** `[r, g, b, alpha]` painted over the opaque `under` ([r, g, b]): the colour that shows. */
export const blend = ([r, g, b, alpha = 1], under) => [r, g, b].map((c, i) => c * alpha + under[i] * (1 - alpha));

const hex = (rgb) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
const mix = (from, to, t) => from.map((c, i) => c + (to[i] - c) * t);

/**
 * The passing colour nearest to `colour` against every colour it is drawn with (`against`:
 * [{ colour, min }]): `colour` moved the least towards black or towards white (its hue kept)
 * until each ratio reaches its minimum, as `#rrggbb`; undefined when neither way gets there.
 */
export function nearestPassing(colour, against) {
  const passes = (value) => against.every(({ colour: other, min }) => contrastRatio(parseColor(value), other) >= min);
  const found = [
    [0, 0, 0],
    [255, 255, 255],
  ].flatMap((end) => {
    for (let step = 0; step <= 512; step++) {
      const value = hex(mix(colour, end, step / 512));
      if (passes(value)) return [{ step, value }];
    }
    return [];
  });
  return found.sort((a, b) => a.step - b.step)[0]?.value;
}
