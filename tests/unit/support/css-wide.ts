/** The CSS-wide keywords: all a browser's `CSS.supports('all', value)` says yes to. */
export const CSS_WIDE = /^(inherit|initial|unset|revert|revert-layer)$/;
