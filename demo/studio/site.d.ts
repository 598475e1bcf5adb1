/** Types of site.js (the studio's copy of the widget's URL rule), for the TypeScript tests. */
export declare function resolveUrl(value: unknown, base: string | undefined, max?: number): string | undefined;
export declare const SITE_MAX: number;
export declare const PRIVACY_URL_MAX: number;
export declare function siteProblem(name: string, value: string, base: string | undefined): string;
