import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { overlaps, watchObscured } from '../../../src/ui/watch-obscured.ts';

const rect = (left: number, top: number, width: number, height: number) => new DOMRect(left, top, width, height);
/** Where the widget's card is on screen in these tests: the bottom-right corner of 1280 × 720. */
const CARD = rect(904, 500, 360, 204);

let stop: (() => void) | undefined;
let host: HTMLElement;

beforeEach(() => {
  vi.useFakeTimers();
  host = document.body.appendChild(document.createElement('feelback-widget'));
});

afterEach(() => {
  stop?.();
  stop = undefined;
  document.body.replaceChildren();
  vi.useRealTimers();
});

/** A focusable control of the page at `box`. */
function control(box: DOMRect) {
  const button = document.body.appendChild(document.createElement('button'));
  button.getBoundingClientRect = () => box;
  return button;
}

function watch(cover: DOMRect | undefined = CARD) {
  const onCovered = vi.fn();
  stop = watchObscured(document, host, () => cover, onCovered);
  return onCovered;
}

const nextFrame = () => vi.advanceTimersByTimeAsync(20);

it('reports a focused control partly under the card, with both boxes', async () => {
  const onCovered = watch();
  const box = rect(1100, 480, 120, 40);
  control(box).focus();
  await nextFrame();
  expect(onCovered.mock.calls).toEqual([[box, CARD]]);
});

it('reports a control the card hides entirely', async () => {
  const onCovered = watch();
  control(rect(1000, 600, 100, 40)).focus();
  await nextFrame();
  expect(onCovered).toHaveBeenCalledTimes(1);
});

it('a box overlaps another only where they share area, not along an edge', () => {
  expect(overlaps(rect(0, 0, 10, 10), rect(9, 9, 10, 10))).toBe(true);
  expect(overlaps(rect(0, 0, 10, 10), rect(10, 0, 10, 10))).toBe(false);
  expect(overlaps(rect(0, 0, 10, 10), rect(0, 10, 10, 10))).toBe(false);
});

it('stays quiet for a control clear of the card', async () => {
  const onCovered = watch();
  control(rect(16, 600, 100, 40)).focus();
  await nextFrame();
  expect(onCovered).not.toHaveBeenCalled();
});

it('looks at focus already under the card when it starts', async () => {
  control(rect(1000, 600, 100, 40)).focus();
  const onCovered = watch();
  await nextFrame();
  expect(onCovered).toHaveBeenCalledTimes(1);
});

it('looks again when the page scrolls a focused control under the card', async () => {
  const box = { current: rect(16, 100, 100, 40) };
  const button = control(box.current);
  button.getBoundingClientRect = () => box.current;
  const onCovered = watch();
  button.focus();
  await nextFrame();
  expect(onCovered).not.toHaveBeenCalled();
  box.current = rect(1000, 600, 100, 40);
  window.dispatchEvent(new Event('scroll'));
  await nextFrame();
  expect(onCovered).toHaveBeenCalledTimes(1);
});

it('ignores focus inside the widget itself', async () => {
  const inside = host.appendChild(document.createElement('button'));
  inside.getBoundingClientRect = () => rect(1000, 600, 100, 40);
  const onCovered = watch();
  inside.focus();
  await nextFrame();
  expect(onCovered).not.toHaveBeenCalled();
});

it('stops looking once stopped', async () => {
  const onCovered = watch();
  stop?.();
  control(rect(1000, 600, 100, 40)).focus();
  await nextFrame();
  expect(onCovered).not.toHaveBeenCalled();
});

it('looks once more after a report (the bar may still be over the control), and then waits for the page', async () => {
  const onCovered = watch();
  control(rect(1000, 600, 100, 40)).focus();
  await vi.advanceTimersByTimeAsync(500);
  expect(onCovered).toHaveBeenCalledTimes(2);
});

it('measures nothing at the start while no control of the page has focus: a box forces a layout', async () => {
  const cover = vi.fn(() => CARD);
  stop = watchObscured(document, host, cover, vi.fn());
  await nextFrame();
  expect(cover).not.toHaveBeenCalled();
  control(rect(1100, 480, 120, 40)).focus();
  await nextFrame();
  expect(cover).toHaveBeenCalled();
});

it('measures the card after focus moves into the widget (the layout Firefox needs to hit-test a quick click)', async () => {
  const cover = vi.fn(() => CARD);
  stop = watchObscured(document, host, cover, vi.fn());
  host.appendChild(document.createElement('button')).focus();
  await nextFrame();
  expect(cover).toHaveBeenCalledTimes(1);
});
