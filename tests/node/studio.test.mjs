import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkContrast, contrastRatio, luminance, parseColor } from '../../demo/studio/contrast.js';
import { configFor, DEFAULT_STATE, readState, showsDark, snippetFor, writeState } from '../../demo/studio/state.js';

test('parseColor reads hex and rgb() colours, and nothing else', () => {
  assert.deepEqual(parseColor('#fff'), [255, 255, 255]);
  assert.deepEqual(parseColor('#3B3BB3'), [59, 59, 179]);
  assert.deepEqual(parseColor('rgb(29, 32, 41)'), [29, 32, 41]);
  assert.deepEqual(parseColor('rgba(1, 2, 3, 0.5)'), [1, 2, 3]);
  assert.equal(parseColor('red'), undefined);
  assert.equal(parseColor('#12345'), undefined);
});

test('luminance and contrast follow the WCAG definition', () => {
  assert.equal(luminance([0, 0, 0]), 0);
  assert.equal(luminance([255, 255, 255]), 1);
  assert.equal(contrastRatio([0, 0, 0], [255, 255, 255]), 21);
  assert.equal(contrastRatio([255, 255, 255], [0, 0, 0]), 21);
  // #767676 on white is the well-known 4.54:1 grey.
  assert.equal(contrastRatio([0x76, 0x76, 0x76], [255, 255, 255]).toFixed(2), '4.54');
});

test('checkContrast fails a pale brand on white under 1.4.11 and its button text under 1.4.3', () => {
  const colours = {
    brand: '#c8c8ff',
    onBrand: '#ffffff',
    background: '#ffffff',
    text: '#1f2330',
    muted: '#545b6b',
    border: '#767d8c',
    focus: '#3b3bb3',
  };
  const failed = checkContrast(colours).filter((pair) => !pair.pass);
  assert.deepEqual(
    failed.map((pair) => [pair.fg, pair.bg, pair.sc]),
    [
      ['onBrand', 'brand', '1.4.3'],
      ['brand', 'background', '1.4.11'],
    ],
  );
});

test('a colour that cannot be read fails rather than passes', () => {
  const [text] = checkContrast({ text: 'nonsense', background: '#fff' });
  assert.equal(text.ratio, undefined);
  assert.equal(text.pass, false);
});

test('the state survives the address, and the defaults leave it empty', () => {
  const state = {
    ...DEFAULT_STATE,
    theme: { brand: '#be123c' },
    colorScheme: 'dark',
    pageLook: 'light',
    placement: 'inline',
    viewport: 320,
  };
  assert.deepEqual(readState(writeState(state)), state);
  assert.equal(writeState(DEFAULT_STATE).toString(), '');
  assert.deepEqual(readState(new URLSearchParams('placement=top&viewport=9&locale=xx')), DEFAULT_STATE);
});

test('auto is dark only on a page with a dark look, when the system prefers dark', () => {
  const auto = { ...DEFAULT_STATE, colorScheme: 'auto' };
  assert.equal(showsDark({ ...auto, pageLook: 'light dark' }, true), true);
  assert.equal(showsDark({ ...auto, pageLook: 'light' }, true), false);
  assert.equal(showsDark({ ...auto, pageLook: 'light dark' }, false), false);
  assert.equal(showsDark({ ...auto, colorScheme: 'dark', pageLook: 'light' }, false), true);
  // The page's look is the designer's test page, not the widget's config.
  assert.equal('pageLook' in configFor({ ...auto, pageLook: 'light' }), false);
});

test('the config and snippet carry only what differs from the defaults', () => {
  const state = { ...DEFAULT_STATE, theme: { radius: '4px' }, placement: 'inline' };
  assert.deepEqual(configFor(state), {
    endpoint: '/answers',
    site: 'my-shop',
    theme: { radius: '4px' },
    placement: { inline: '#feelback-slot' },
  });
  assert.match(snippetFor(state), /feelback\('init', \{\n {4}"endpoint": "\/answers",/);
  assert.doesNotMatch(snippetFor({ ...state, theme: { fontFamily: '</script>' } }), /<\/script>",/);
});
