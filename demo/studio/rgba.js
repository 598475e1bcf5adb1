/** A colour as the browser computes it, in numbers. */

// Chrome computes oklch(), lab(), color() and color-mix() as written, not as rgb(): a 1×1
// canvas turns any of them into sRGB bytes.
const context = Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext('2d', {
  willReadFrequently: true,
});

/** A computed CSS colour as [r, g, b, alpha] in sRGB; undefined when it is not one. */
export function toRgba(computed) {
  const rgb = /^rgba?\(([\d.]+), ([\d.]+), ([\d.]+)(?:, ([\d.]+))?\)$/.exec(computed);
  // rgb() is exact as computed; the canvas rounds to bytes and, see-through, loses a little more.
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), rgb[4] === undefined ? 1 : Number(rgb[4])];
  if (!CSS.supports('color', computed)) return undefined;
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = computed;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}
