import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, pagesUnder, previewOf } from '../../../demo/studio/state.js';

const PAGES = { light: '#fbfaf7', dark: '#121418' };
const keep = (_token: string, value: string) => value !== 'nonsense';

describe('the pages a scheme is checked on', () => {
  it('are both looks of a page with a light and a dark look under a fixed scheme: shoppers’ systems differ', () => {
    const state = { ...DEFAULT_STATE, colorScheme: 'light' as const, pageDark: '#001122' };
    expect(pagesUnder(state, 'light', PAGES, keep)).toEqual([
      { look: 'light', colour: '#fbfaf7' },
      { look: 'dark', colour: '#001122' },
    ]);
    // Whatever the preview's system shows.
    expect(pagesUnder({ ...state, system: 'light' }, 'light', PAGES, keep)).toHaveLength(2);
  });

  it('are the page of its own look under auto, and the light one on a light-only page', () => {
    expect(pagesUnder(DEFAULT_STATE, 'dark', PAGES, keep)).toEqual([{ look: 'dark', colour: '#121418' }]);
    expect(pagesUnder(DEFAULT_STATE, 'light', PAGES, keep)).toEqual([{ look: 'light', colour: '#fbfaf7' }]);
    const lightOnly = { ...DEFAULT_STATE, colorScheme: 'dark' as const, pageLook: 'light' as const };
    expect(pagesUnder(lightOnly, 'dark', PAGES, keep)).toEqual([{ look: 'light', colour: '#fbfaf7' }]);
  });

  it('keep the preview’s default for a page colour the widget would not take', () => {
    const state = { ...DEFAULT_STATE, colorScheme: 'dark' as const, pageDark: 'nonsense' };
    expect(pagesUnder(state, 'dark', PAGES, keep)[1]).toEqual({ look: 'dark', colour: '#121418' });
  });
});

describe('what the previews are sent', () => {
  it('is only what the widget keeps, the page colours included', () => {
    const state = {
      ...DEFAULT_STATE,
      theme: { brand: '#1f6f4a', radius: 'nonsense' },
      dark: { text: 'nonsense' },
      pageLight: 'nonsense',
      pageDark: '#001122',
    };
    expect(previewOf(state, keep)).toEqual({
      ...state,
      theme: { brand: '#1f6f4a' },
      dark: {},
      pageLight: '',
      pageDark: '#001122',
    });
  });
});
