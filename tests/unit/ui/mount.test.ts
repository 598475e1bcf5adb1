import { h } from 'preact';
import { describe, expect, it } from 'vitest';
import { HOST_TAG, mountWidget } from '../../../src/ui/mount.ts';
// The styles come from the components' .css.ts modules; importing them puts the CSS in place.
import '../../../src/ui/Widget.tsx';

const options = { theme: { brand: '#123456' }, lang: 'en', dir: 'ltr' } as const;

function mount(overrides: Partial<Parameters<typeof mountWidget>[1]> = {}) {
  const mounted = mountWidget(document, { ...options, ...overrides });
  const host = document.querySelector<HTMLElement>(HOST_TAG);
  if (!host?.shadowRoot) throw new Error('no host with an open shadow root');
  return { mounted, host, shadow: host.shadowRoot };
}

describe('mountWidget', () => {
  it('appends <feelback-widget> as the last child of body', () => {
    document.body.append(document.createElement('main'));
    const { host } = mount();
    expect(HOST_TAG).toBe('feelback-widget');
    expect(document.body.lastElementChild).toBe(host);
  });

  it('gives it an open shadow root', () => {
    const { shadow } = mount();
    expect(shadow.mode).toBe('open');
  });

  it('marks the colour scheme and placement on the host, light (auto, on a light page) and bottom-right by default', () => {
    expect([mount().host.dataset.scheme, document.querySelector<HTMLElement>(HOST_TAG)?.dataset.placement]).toEqual([
      'light',
      'bottom-right',
    ]);
    document.body.replaceChildren();
    const { host } = mount({ colorScheme: 'dark', placement: 'sheet' });
    expect([host.dataset.scheme, host.dataset.placement]).toEqual(['dark', 'sheet']);
  });

  it('goes inside `container` when given', () => {
    const slot = document.body.appendChild(document.createElement('div'));
    document.body.append(document.createElement('footer'));
    const { host } = mount({ container: slot, placement: 'inline' });
    expect(host.parentElement).toBe(slot);
  });

  it('sets lang and dir on the host', () => {
    const { host } = mount({ lang: 'ar', dir: 'rtl' });
    expect([host.getAttribute('lang'), host.getAttribute('dir')]).toEqual(['ar', 'rtl']);
  });

  it('sets the theme as --feelback-* variables inline on the host', () => {
    const { host } = mount({ theme: { brand: '#123456', onBrand: '#fff', zIndex: '10' } });
    expect(host.style.getPropertyValue('--feelback-brand')).toBe('#123456');
    expect(host.style.getPropertyValue('--feelback-on-brand')).toBe('#fff');
    expect(host.style.getPropertyValue('--feelback-z-index')).toBe('10');
  });

  describe('with a dark palette', () => {
    const theme = {
      brand: '#1f6f4a',
      background: '#fbf8f1',
      radius: '18px',
      fontWeight: '500',
      buttonStyle: 'outline',
      dark: { brand: '#8fd1ae', background: '#14201a' },
    } as const;
    const variables = (host: HTMLElement) =>
      Object.fromEntries(Array.from(host.style, (name) => [name, host.style.getPropertyValue(name)]));

    it('in light sets the top-level values only', () => {
      const { host } = mount({ theme, colorScheme: 'light' });
      expect(variables(host)).toEqual({
        '--feelback-brand': '#1f6f4a',
        '--feelback-background': '#fbf8f1',
        '--feelback-radius': '18px',
        '--feelback-font-weight': '500',
      });
      expect(host.dataset.button).toBe('outline');
    });

    it('in dark sets the shape and type values and the dark palette, never a light colour', () => {
      const { host } = mount({ theme, colorScheme: 'dark' });
      expect(variables(host)).toEqual({
        '--feelback-brand': '#8fd1ae',
        '--feelback-background': '#14201a',
        '--feelback-radius': '18px',
        '--feelback-font-weight': '500',
      });
      expect(host.dataset.button).toBe('outline');
    });

    it('always dark with no dark palette shows the one palette given', () => {
      const { host } = mount({ theme: { brand: '#1f6f4a', radius: '4px' }, colorScheme: 'dark' });
      expect(variables(host)).toEqual({ '--feelback-brand': '#1f6f4a', '--feelback-radius': '4px' });
    });
  });

  it('sets no inline style without a theme', () => {
    const { host } = mount({ theme: {} });
    expect(host.getAttribute('style') ?? '').toBe('');
  });

  it('adopts one constructed stylesheet with the theme defaults', () => {
    const { shadow } = mount();
    expect(shadow.adoptedStyleSheets).toHaveLength(1);
    const css = Array.from(shadow.adoptedStyleSheets[0]?.cssRules ?? [], (rule) => rule.cssText).join('\n');
    expect(css).toContain('--feelback-brand: #3b3bb3');
    expect(css).toContain('.fb-send');
  });

  it('puts no stylesheet in the page, only in the shadow root', () => {
    // In tests the components' CSS sits in <head> already (vite puts it there); mounting adds none.
    const pageStyles = () => ({
      elements: Array.from(document.querySelectorAll('style, link[rel~="stylesheet"]')),
      adopted: [...document.adoptedStyleSheets],
    });
    const before = pageStyles();
    const { shadow } = mount();
    expect(shadow.querySelector('style')).toBeNull();
    expect(pageStyles()).toEqual(before);
  });

  it('renders into the shadow root', () => {
    const { mounted, shadow } = mount();
    mounted.update(h('p', { id: 'x' }, 'hello'));
    expect(shadow.querySelector('#x')?.textContent).toBe('hello');
    expect(document.getElementById('x')).toBeNull();
  });

  it('unmount() removes the host', () => {
    const { mounted, host } = mount();
    mounted.unmount();
    expect(host.isConnected).toBe(false);
    expect(document.querySelector(HOST_TAG)).toBeNull();
  });

  it('hasFocus() tells whether focus is inside', () => {
    const { mounted, shadow } = mount();
    mounted.update(h('button', null, 'in'));
    expect(mounted.hasFocus()).toBe(false);
    shadow.querySelector('button')?.focus();
    expect(mounted.hasFocus()).toBe(true);
  });

  it('moves focus to [data-focus] when the focused control is replaced', () => {
    const { mounted, shadow } = mount();
    mounted.update(h('button', null, 'Send'));
    shadow.querySelector('button')?.focus();
    mounted.update(h('p', { tabIndex: -1, 'data-focus': true }, 'Thanks'));
    expect(shadow.activeElement?.textContent).toBe('Thanks');
  });

  it("leaves a pointer user's focus alone when the focused control is replaced (Chromium focuses on click)", () => {
    const { mounted, shadow } = mount();
    mounted.update(h('button', null, 'Send'));
    const send = shadow.querySelector('button');
    send?.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    send?.focus();
    mounted.update(h('p', { tabIndex: -1, 'data-focus': true }, 'Thanks'));
    expect(shadow.activeElement).toBeNull();
  });

  it('keeps a keyboard user in place after they went back to the keyboard', () => {
    const { mounted, shadow } = mount();
    mounted.update(h('button', null, 'Send'));
    const send = shadow.querySelector('button');
    send?.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    send?.focus();
    send?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    mounted.update(h('p', { tabIndex: -1, 'data-focus': true }, 'Thanks'));
    expect(shadow.activeElement?.textContent).toBe('Thanks');
  });

  it('does not take focus when nothing inside had it', () => {
    const { mounted, shadow } = mount();
    mounted.update(h('p', { tabIndex: -1, 'data-focus': true }, 'Thanks'));
    expect(shadow.activeElement).toBeNull();
  });

  it('unmount() returns focus to where it was before it entered', () => {
    const outside = document.body.appendChild(document.createElement('button'));
    const { mounted, shadow } = mount();
    mounted.update(h('button', null, 'Close'));
    outside.focus();
    shadow.querySelector('button')?.focus();
    mounted.unmount();
    expect(document.activeElement).toBe(outside);
  });

  it('unmount() returns focus to the page, also when focus came in without a relatedTarget (F6, a script)', () => {
    const outside = document.body.appendChild(document.createElement('button'));
    const { mounted, shadow } = mount();
    mounted.update(h('button', null, 'Close'));
    outside.focus();
    // Focus leaves the page for the browser's own controls, then comes to the widget from there.
    outside.blur();
    shadow.querySelector('button')?.focus();
    mounted.unmount();
    expect(document.activeElement).toBe(outside);
  });

  it('unmount() returns focus inside a page component’s shadow root, not to its host', () => {
    const component = document.body.appendChild(document.createElement('shop-header'));
    const button = component.attachShadow({ mode: 'open' }).appendChild(document.createElement('button'));
    const { mounted, shadow } = mount();
    mounted.update(h('button', null, 'Close'));
    button.focus();
    shadow.querySelector('button')?.focus();
    mounted.unmount();
    expect(component.shadowRoot?.activeElement).toBe(button);
  });

  it('unmount() returns focus to where it was, also after focus moved on inside', () => {
    const outside = document.body.appendChild(document.createElement('button'));
    const { mounted, shadow } = mount();
    mounted.update(h('button', null, 'Send'));
    outside.focus();
    shadow.querySelector('button')?.focus();
    // Send is replaced by the thanks, which takes focus.
    mounted.update(h('p', { tabIndex: -1, 'data-focus': true }, 'Thanks'));
    expect(shadow.activeElement?.textContent).toBe('Thanks');
    mounted.unmount();
    expect(document.activeElement).toBe(outside);
  });
});
