declare module 'virtual:shadow-css' {
  /** The widget's compiled CSS (inlined at build time). */
  export function shadowCss(): string;
}
