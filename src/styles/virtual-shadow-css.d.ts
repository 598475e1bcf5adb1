declare module 'virtual:shadow-css' {
  /** The widget's compiled CSS (inlined at build time). */
  export function shadowCss(): string;
}

declare module 'virtual:shadow-css/*' {
  /** The compiled CSS of a lazily fetched file's own styles (empty in dev and tests: the main one has them all). */
  export function shadowCss(): string;
}
