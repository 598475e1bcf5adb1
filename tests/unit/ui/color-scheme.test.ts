import { afterEach, describe, expect, it, vi } from 'vitest';
import { colorSchemeOf } from '../../../src/ui/color-scheme.ts';

/** The shopper's system setting, as matchMedia answers it. */
const prefersDark = (dark: boolean) =>
  vi
    .spyOn(window, 'matchMedia')
    .mockImplementation((query: string) => ({ matches: dark && query.includes('dark') }) as MediaQueryList);

afterEach(() => {
  document.documentElement.style.removeProperty('color-scheme');
  document.head.replaceChildren();
});

describe('colorSchemeOf', () => {
  it.each(['light', 'dark'] as const)('keeps %s when the site chose it', (scheme) => {
    prefersDark(scheme === 'light');
    expect(colorSchemeOf(document, scheme)).toBe(scheme);
  });

  it('auto on a page with no dark look: light, whatever the shopper prefers', () => {
    prefersDark(true);
    document.documentElement.style.setProperty('color-scheme', 'light');
    expect(colorSchemeOf(document, 'auto')).toBe('light');
  });

  it('auto on a page that has a dark look, by CSS: dark only for a shopper who prefers dark', () => {
    document.documentElement.style.setProperty('color-scheme', 'light dark');
    prefersDark(true);
    expect(colorSchemeOf(document)).toBe('dark');
    prefersDark(false);
    expect(colorSchemeOf(document)).toBe('light');
  });

  it('auto on a page that says it has a dark look with <meta name="color-scheme">', () => {
    document.head.innerHTML = '<meta name="color-scheme" content="dark light">';
    prefersDark(true);
    expect(colorSchemeOf(document)).toBe('dark');
  });

  it("auto: the root's own light-only color-scheme wins over a template's meta that says dark too", () => {
    document.head.innerHTML = '<meta name="color-scheme" content="light dark">';
    document.documentElement.style.setProperty('color-scheme', 'light');
    prefersDark(true);
    expect(colorSchemeOf(document)).toBe('light');
  });
});
