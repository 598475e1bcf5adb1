/**
 * Where the widget draws each checked colour pair (src/ui/*.css.ts), so the contrast check reads
 * each colour where it is used and blends it over what is really under it. Pure: reading the
 * colours is probe.js's.
 */
import { blend } from './contrast.js';

/**
 * The elements that draw the checked pairs, each inside the card as in the widget: its parent
 * and the token each of its colour properties takes. `currentcolor` in a token is the element's
 * own colour, or its parent's in `color`, as the browser resolves it there.
 */
export const ELEMENTS = {
  card: [undefined, { color: 'text', backgroundColor: 'background', borderColor: 'border' }],
  // The hint, close and a face not chosen; a face's fill is inside it.
  muted: ['card', { color: 'muted' }],
  face: ['muted', { backgroundColor: 'faceFill' }],
  // The chosen face, which the focus preview rings, and an outline Send's text.
  chosen: ['card', { color: 'brand', outlineColor: 'focus' }],
  chosenFace: ['chosen', { backgroundColor: 'faceFill' }],
  // Send, chosen words and scale numbers.
  send: ['card', { color: 'onBrand', backgroundColor: 'brand' }],
  // Under the pointer: a word not chosen; close or a face; an outline Send.
  hovered: ['card', { backgroundColor: 'hover' }],
  mutedHovered: ['card', { color: 'muted', backgroundColor: 'hover' }],
  outlineHovered: ['card', { color: 'brand', backgroundColor: 'hover' }],
};

/** Each pair (`fg/bg`) as [element, property] of its foreground and of its background. */
const DRAWN = {
  'text/background': [
    ['card', 'color'],
    ['card', 'backgroundColor'],
  ],
  'muted/background': [
    ['muted', 'color'],
    ['card', 'backgroundColor'],
  ],
  'onBrand/brand': [
    ['send', 'color'],
    ['send', 'backgroundColor'],
  ],
  // A filled Send on the card; an outline one's text (OUTLINED).
  'brand/background': [
    ['send', 'backgroundColor'],
    ['card', 'backgroundColor'],
  ],
  'border/background': [
    ['card', 'borderColor'],
    ['card', 'backgroundColor'],
  ],
  'focus/background': [
    ['chosen', 'outlineColor'],
    ['card', 'backgroundColor'],
  ],
  'text/hover': [
    ['hovered', 'color'],
    ['hovered', 'backgroundColor'],
  ],
  'muted/hover': [
    ['mutedHovered', 'color'],
    ['mutedHovered', 'backgroundColor'],
  ],
  'muted/faceFill': [
    ['face', 'color'],
    ['face', 'backgroundColor'],
  ],
  'brand/faceFill': [
    ['chosenFace', 'color'],
    ['chosenFace', 'backgroundColor'],
  ],
  'brand/hover': [
    ['outlineHovered', 'color'],
    ['outlineHovered', 'backgroundColor'],
  ],
};
const OUTLINED = { 'brand/background': [['chosen', 'color'], DRAWN['brand/background'][1]] };

/**
 * The colours each pair shows, opaque: `read(element, property)` gives a colour as computed,
 * [r, g, b, alpha] (undefined when unreadable); `page` is the page under the card, [r, g, b].
 * The card's background is blended over the page, every other background over the card's, and
 * a foreground over the background it is drawn on. Returns `drawn(pair)`: [fg, bg].
 */
export function drawnColours(read, page, { outline = false } = {}) {
  const over = (colour, under) => colour && under && blend(colour, under);
  const card = over(read('card', 'backgroundColor'), page);
  return (pair) => {
    const key = `${pair.fg}/${pair.bg}`;
    const [[fgAt, fgProperty], [bgAt, bgProperty]] = (outline && OUTLINED[key]) || DRAWN[key];
    const bg = bgAt === 'card' && bgProperty === 'backgroundColor' ? card : over(read(bgAt, bgProperty), card);
    return [over(read(fgAt, fgProperty), bg), bg];
  };
}
