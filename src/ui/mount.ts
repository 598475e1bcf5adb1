import { type ComponentChild, render } from 'preact';
import type { ThemeOverrides } from '../config/config.js';
import { plain } from '../shared/plain.js';
import { applyTheme } from '../styles/apply-theme.js';
import { applyShadowStyles } from '../styles/shadow-styles.js';
import { colorSchemeOf } from './color-scheme.js';

export const HOST_TAG = 'feelback-widget';

export interface Mounted {
  /** The `<feelback-widget>` element in the page. */
  host: HTMLElement;
  /** The card or bar drawn in it, once rendered. */
  surface(): HTMLElement | undefined;
  /** Renders synchronously; focus inside a replaced control moves to `[data-focus]`. */
  update(view: ComponentChild): void;
  hasFocus(): boolean;
  /** Focus is in the widget and the shopper uses the keyboard: `update` will keep it in place. */
  keyboard(): boolean;
  unmount(): void;
}

export interface MountOptions {
  theme: ThemeOverrides;
  lang: string;
  dir: 'ltr' | 'rtl';
  /** 'auto' (the default): dark where the page has a dark look and the shopper prefers dark (ui/color-scheme.ts). */
  colorScheme?: 'auto' | 'light' | 'dark' | undefined;
  /** 'inline' shows the card in flow inside `container`. Default 'bottom-right'. */
  placement?: 'bottom-right' | 'bottom-left' | 'sheet' | 'inline' | undefined;
  /** Where the widget goes; the end of <body> when absent. */
  container?: Element | undefined;
}

/**
 * Creates `<feelback-widget>` at the end of <body> (or in `container`) with an open shadow root (so axe and a
 * site's own tests can see inside) and renders into it. No custom element is registered: that
 * would be a global side effect, and an unregistered hyphenated element can host a shadow root.
 */
export function mountWidget(doc: Document, options: MountOptions): Mounted {
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('lang', options.lang);
  host.setAttribute('dir', options.dir);
  const scheme = colorSchemeOf(doc, options.colorScheme);
  host.setAttribute('data-scheme', scheme);
  host.setAttribute('data-placement', options.placement ?? 'bottom-right');
  applyTheme(host, options.theme, scheme, options.colorScheme);
  const shadow = host.attachShadow(plain({ mode: 'open' }));
  applyShadowStyles(shadow);
  // Preact expects an element to render into, not a shadow root.
  const container = shadow.appendChild(doc.createElement('div'));

  // Where keyboard focus was in the page before it entered the widget, to put it back when we
  // close: the element itself, inside a page component's shadow root too (a relatedTarget is only
  // its host), and also when focus came in without one (landmark navigation, F6, a script).
  let returnFocusTo: unknown = doc.activeElement;
  while (returnFocusTo instanceof Element && returnFocusTo.shadowRoot?.activeElement)
    returnFocusTo = returnFocusTo.shadowRoot.activeElement;
  const pageFocus = (event: Event) => {
    const path = event.composedPath();
    if (!path.includes(host)) returnFocusTo = path[0];
  };
  doc.addEventListener('focusin', pageFocus, true);

  const hasFocus = () => !!shadow.activeElement;
  // How the shopper last used the widget: with a pointer, or with the keyboard.
  let pointer = false;
  host.addEventListener('pointerdown', () => {
    pointer = true;
  });
  host.addEventListener('keydown', () => {
    pointer = false;
  });
  // Chromium focuses a button on a mouse click too: only a keyboard user is kept in place,
  // a pointer user's focus is left alone (so the thanks can close by itself).
  const keyboard = () => hasFocus() && !pointer;
  (options.container ?? doc.body).append(host);
  return {
    host,
    surface: () => (container.firstElementChild as HTMLElement | null) ?? undefined,
    hasFocus,
    keyboard,
    update(view) {
      const kept = keyboard();
      render(view, container);
      // The focused control was replaced (the form by the thanks): keep keyboard users in place.
      if (kept && !hasFocus()) shadow.querySelector<HTMLElement>('[data-focus]')?.focus();
    },
    unmount() {
      const hadFocus = hasFocus();
      doc.removeEventListener('focusin', pageFocus, true);
      render(null, container);
      host.remove();
      if (hadFocus && returnFocusTo instanceof HTMLElement && returnFocusTo.isConnected) {
        returnFocusTo.focus({ preventScroll: true });
      }
    },
  };
}
