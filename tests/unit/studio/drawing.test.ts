import { describe, expect, it } from 'vitest';
import { contrastRatio, type Rgb } from '../../../demo/studio/contrast.js';
import { drawnColours, type Rgba } from '../../../demo/studio/drawing.js';

/** Colours as the probe would read them: element → property → [r, g, b, alpha]. */
const reading =
  (colours: Record<string, Record<string, Rgba>>) =>
  (element: string, property: string): Rgba | undefined =>
    colours[element]?.[property];

const WHITE: Rgba = [255, 255, 255, 1];
const BRAND: Rgba = [0x1f, 0x6f, 0x4a, 1];
const round = (rgb: Rgb | undefined) => rgb?.map(Math.round);

describe('the colours a pair is drawn in', () => {
  it('blend see-through button text over the brand colour it sits on, not over the card', () => {
    const drawn = drawnColours(
      reading({ card: { backgroundColor: WHITE }, send: { color: [255, 255, 255, 0.6], backgroundColor: BRAND } }),
      [255, 255, 255],
    );
    const [fg, bg] = drawn({ fg: 'onBrand', bg: 'brand' });
    expect(round(fg)).toEqual([165, 197, 183]);
    expect(round(bg)).toEqual([31, 111, 74]);
    expect(contrastRatio(fg as Rgb, bg as Rgb).toFixed(2)).toBe('3.30');
  });

  it('blend a see-through card over the page, and what is on the card over that', () => {
    const drawn = drawnColours(
      reading({ card: { color: [0x1f, 0x23, 0x30, 1], backgroundColor: [255, 255, 255, 0.3] } }),
      [0x12, 0x14, 0x18],
    );
    const [fg, bg] = drawn({ fg: 'text', bg: 'background' });
    expect(round(bg)).toEqual([89, 91, 93]);
    expect(contrastRatio(fg as Rgb, bg as Rgb).toFixed(2)).toBe('2.28');
  });

  it('read the brand where each button style draws it: a filled Send’s fill, an outline one’s text', () => {
    const read = reading({
      card: { backgroundColor: WHITE },
      send: { backgroundColor: BRAND },
      chosen: { color: [0, 0, 0, 1] },
    });
    expect(drawnColours(read, [255, 255, 255])({ fg: 'brand', bg: 'background' })[0]).toEqual([31, 111, 74]);
    expect(drawnColours(read, [255, 255, 255], { outline: true })({ fg: 'brand', bg: 'background' })[0]).toEqual([
      0, 0, 0,
    ]);
  });

  it('leave a pair unreadable when a colour cannot be read', () => {
    const drawn = drawnColours(reading({ card: { backgroundColor: WHITE } }), [255, 255, 255]);
    expect(drawn({ fg: 'muted', bg: 'background' })).toEqual([undefined, [255, 255, 255]]);
  });
});
