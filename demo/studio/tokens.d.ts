/** Types of tokens.js (the studio's copy of the theme rules), for the TypeScript tests. */
export declare const PALETTE_TOKENS: string[];
export declare const SHARED_TOKENS: string[];
export declare const TOKENS: string[];
export declare const BUTTON_STYLES: string[];
export declare const LABELS: Record<string, string>;
export declare const HINTS: Record<string, string>;
export declare function isColour(token: string): boolean;
export declare function property(token: string): string;
export declare function isValid(token: string, value: string): boolean;
export declare function suggestion(token: string, value: string): string | undefined;
export declare const VALUE_MAX: number;
export declare function problemOf(token: string, value: string): 'cssText' | 'unsafe' | 'css' | undefined;
export declare function messageFor(token: string, value: string): string | undefined;
