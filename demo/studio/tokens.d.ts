/** Types of tokens.js (the theme tokens as the studio shows them), for the TypeScript tests. */
export declare const PALETTE_TOKENS: string[];
export declare const SHARED_TOKENS: string[];
export declare const TOKENS: string[];
export declare const BUTTON_STYLES: string[];
export declare const LABELS: Record<string, string>;
export declare const HINTS: Record<string, string>;
export declare function isColour(token: string): boolean;
