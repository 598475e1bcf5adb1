/** Types of drawing.js (where the widget draws each checked pair), for the TypeScript tests. */
import type { ContrastPair, Rgb } from './contrast.js';

export type Rgba = [number, number, number, number];
export declare const ELEMENTS: Record<string, [parent: string | undefined, paints: Record<string, string>]>;
export declare function drawnColours(
  read: (element: string, property: string) => Rgba | undefined,
  page: Rgb,
  options?: { outline?: boolean },
): (pair: Pick<ContrastPair, 'fg' | 'bg'>) => [Rgb | undefined, Rgb | undefined];
