import { shadowCss } from 'virtual:shadow-css';

/**
 * Puts our CSS inside the shadow root as a constructed stylesheet: it needs no `style-src`
 * CSP allowance (no nonce, no 'unsafe-inline') and cannot leak out to the host page.
 */
export function applyShadowStyles(root: ShadowRoot, css = shadowCss()): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  // Added to what is there: a lazily fetched file brings its own sheet.
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
