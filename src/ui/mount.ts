import { type ComponentChild, render } from 'preact';
import type { ThemeOverrides } from '../config/schema.js';
import { applyTheme } from '../styles/apply-theme.js';
import { applyShadowStyles } from '../styles/shadow-styles.js';

export const HOST_TAG = 'feelback-widget';

export interface Mounted {
  host: HTMLElement;
  /** Renders synchronously. With `keepFocus`, focus that was inside moves to `[data-focus]`. */
  update(view: ComponentChild, keepFocus?: boolean): void;
  focus(selector: string): void;
  hasFocus(): boolean;
  unmount(): void;
}

export interface MountOptions {
  theme: ThemeOverrides;
  lang: string;
  dir: 'ltr' | 'rtl';
  nonce?: string;
  warn(message: string): void;
}

/**
 * Creates `<feelback-widget>` at the end of <body> with an open shadow root (so axe and a
 * site's own tests can see inside) and renders into it. No custom element is registered: that
 * would be a global side effect, and an unregistered hyphenated element can host a shadow root.
 */
export function mountWidget(doc: Document, options: MountOptions): Mounted {
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('lang', options.lang);
  host.setAttribute('dir', options.dir);
  applyTheme(host, options.theme, options.warn);
  const shadow = host.attachShadow({ mode: 'open' });
  applyShadowStyles(shadow, options.nonce);
  // Preact would remove children it did not render (such as a fallback <style>): give it its own.
  const container = doc.createElement('div');
  shadow.append(container);

  // Where keyboard focus was before it entered the widget, to put it back when we close.
  let returnFocusTo: unknown;
  host.addEventListener('focusin', (event) => {
    if (!host.contains(event.relatedTarget as Node | null)) returnFocusTo = event.relatedTarget;
  });

  const hasFocus = () => shadow.activeElement !== null;
  const focus = (selector: string) => shadow.querySelector<HTMLElement>(selector)?.focus();
  doc.body.append(host);
  return {
    host,
    hasFocus,
    focus,
    update(view, keepFocus) {
      const hadFocus = hasFocus();
      render(view, container);
      if (keepFocus && hadFocus && !hasFocus()) focus('[data-focus]');
    },
    unmount() {
      const hadFocus = hasFocus();
      render(null, container);
      host.remove();
      if (hadFocus && returnFocusTo instanceof HTMLElement && returnFocusTo.isConnected) {
        returnFocusTo.focus({ preventScroll: true });
      }
    },
  };
}
