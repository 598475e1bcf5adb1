import { shadowCss } from 'virtual:shadow-css';

/**
 * Puts our CSS inside the shadow root as a constructed stylesheet: it needs no `style-src`
 * CSP allowance (no nonce, no 'unsafe-inline') and cannot leak out to the host page.
 */
export function applyShadowStyles(root: ShadowRoot): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(shadowCss());
  root.adoptedStyleSheets = [sheet];
}
