import { shadowCss } from 'virtual:shadow-css';

/**
 * Puts our CSS inside the shadow root. A constructed stylesheet needs no `style-src` CSP
 * allowance; where it is missing (Safari < 16.4) a <style> element carries the site's nonce.
 */
export function applyShadowStyles(root: ShadowRoot, nonce?: string): void {
  const css = shadowCss();
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      return;
    } catch {
      // Fall through to a <style> element.
    }
  }
  const style = root.ownerDocument.createElement('style');
  if (nonce) style.nonce = nonce;
  style.textContent = css;
  root.append(style);
}
