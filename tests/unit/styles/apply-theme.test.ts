import { describe, expect, it } from 'vitest';
import { applyTheme } from '../../../src/styles/apply-theme.ts';

const variables = (host: HTMLElement) =>
  Object.fromEntries(Array.from(host.style, (name) => [name, host.style.getPropertyValue(name)]));

describe('applyTheme', () => {
  it('in dark by the page and system (auto) with no dark palette sets only the shape and type values', () => {
    const host = document.createElement('div');
    applyTheme(host, { brand: '#1f6f4a', muted: '#555', hover: '#eee', radius: '4px', width: '24em' }, 'dark', 'auto');
    expect(variables(host)).toEqual({ '--feelback-radius': '4px', '--feelback-width': '24em' });
  });

  it('in dark uses only the theme’s own dark palette, never one on a polluted Object.prototype', () => {
    const host = document.createElement('div');
    Object.assign(Object.prototype, { dark: { brand: 'url(https://evil.example/t)' } });
    try {
      applyTheme(host, { brand: '#1f6f4a', radius: '4px' }, 'dark', 'auto');
    } finally {
      Reflect.deleteProperty(Object.prototype, 'dark');
    }
    expect(variables(host)).toEqual({ '--feelback-radius': '4px' });
  });

  it('names every new token as its --feelback-* variable', () => {
    const host = document.createElement('div');
    const theme = { hover: '#eee', buttonRadius: '2px', chipRadius: '0', fontWeight: '500', width: '24em' };
    applyTheme(host, theme, 'light');
    expect(variables(host)).toEqual({
      '--feelback-hover': '#eee',
      '--feelback-button-radius': '2px',
      '--feelback-chip-radius': '0',
      '--feelback-font-weight': '500',
      '--feelback-width': '24em',
    });
    expect(host.hasAttribute('data-button')).toBe(false);
  });
});
