/** Types of contrast.js (WCAG contrast math), for the TypeScript tests. */
export type Rgb = [number, number, number];
export declare function parseColor(value: string): Rgb | undefined;
export declare function luminance(rgb: Rgb): number;
export declare function contrastRatio(a: Rgb, b: Rgb): number;
export interface ContrastPair {
  fg: string;
  bg: string;
  min: number;
  sc: '1.4.3' | '1.4.11';
  fix: 'fg' | 'bg';
}
export declare const PAIRS: ContrastPair[];
export declare function checkContrast(colours: Record<string, string>, options?: { outline?: boolean }): CheckedPair[];
export declare function nearestPassing(colour: Rgb, against: Array<{ colour: Rgb; min: number }>): string | undefined;
export type CheckedPair = ContrastPair & { ratio: number | undefined; pass: boolean; colours: { fg?: Rgb; bg?: Rgb } };
export declare function pairsToCheck(options?: { outline?: boolean; faceFill?: boolean }): ContrastPair[];
export declare function checkPairs(
  pairs: ContrastPair[],
  drawn: (pair: ContrastPair) => [Rgb | undefined, Rgb | undefined],
): CheckedPair[];
export declare function blend(colour: [number, number, number, number?], under: Rgb): Rgb;
