import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkContrast, contrastRatio, luminance, nearestPassing, parseColor } from '../../demo/studio/contrast.js';
import { configFor, npmFor, snippetFor } from '../../demo/studio/snippet.js';
import {
  DEFAULT_STATE,
  paletteKey,
  paletteOf,
  readState,
  schemesOf,
  showsDark,
  writeState,
} from '../../demo/studio/state.js';

const SITE = {
  scriptUrl: 'https://shop.example/feelback.js',
  endpoint: 'https://shop.example/answers',
  site: 'my-shop',
};

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
    hover: '#e8e8f4',
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

test('an outline button needs its brand text at 4.5:1, and has no button text to check', () => {
  const colours = { brand: '#6b8f7f', background: '#ffffff', onBrand: '#ffffff' };
  const brand = (outline) => checkContrast(colours, { outline }).find((pair) => pair.fg === 'brand');
  assert.deepEqual([brand(false).min, brand(false).pass], [3, true]);
  assert.deepEqual([brand(true).min, brand(true).sc, brand(true).pass], [4.5, '1.4.3', false]);
  assert.equal(
    checkContrast(colours, { outline: true }).some((pair) => pair.fg === 'onBrand'),
    false,
  );
});

test('the nearest passing value passes against every colour given, keeps the hue, and moves as little as it must', () => {
  const white = [255, 255, 255];
  const value = nearestPassing(parseColor('#999999'), [{ colour: white, min: 4.5 }]);
  assert.match(value, /^#([\da-f]{2})\1\1$/);
  const ratio = contrastRatio(parseColor(value), white);
  assert.ok(ratio >= 4.5, `${value}: ${ratio}`);
  // One step lighter would fail: it is the nearest.
  const lighter = parseColor(value).map((c) => c + 2);
  assert.ok(contrastRatio(lighter, white) < 4.5);
  // Against white and a light hover colour, it passes on both.
  const hover = parseColor('#e8e8f4');
  const both = parseColor(
    nearestPassing(parseColor('#999999'), [
      { colour: white, min: 4.5 },
      { colour: hover, min: 4.5 },
    ]),
  );
  assert.ok(contrastRatio(both, white) >= 4.5 && contrastRatio(both, hover) >= 4.5);
  // A dark background: the way to white.
  const light = nearestPassing(parseColor('#555555'), [{ colour: parseColor('#1d2029'), min: 4.5 }]);
  assert.ok(luminance(parseColor(light)) > luminance([0x55, 0x55, 0x55]));
  // Mid grey on mid grey at 21:1 cannot be reached either way.
  assert.equal(nearestPassing([128, 128, 128], [{ colour: [128, 128, 128], min: 21 }]), undefined);
});

test('the state survives the address, dark palette and site fields included, and the defaults leave it empty', () => {
  const state = {
    ...DEFAULT_STATE,
    theme: { brand: '#be123c', radius: '18px', buttonStyle: 'outline', width: '24em' },
    dark: { brand: '#fda4af', background: '#2a0a10' },
    colorScheme: 'dark',
    system: 'dark',
    pageLook: 'light',
    placement: 'inline',
    locale: 'ar',
    pinLocale: true,
    viewport: 320,
    zoom: 50,
    pageLight: '#fff',
    scriptUrl: 'https://shop.example/f.js',
    endpoint: 'https://shop.example/answers',
    site: 'shop',
    privacyUrl: 'https://shop.example/privacy',
    step: 'checkout',
    call: 'ask',
  };
  assert.deepEqual(readState(writeState(state)), state);
  assert.equal(writeState(state).get('dark.brand'), '#fda4af');
  assert.equal(writeState(DEFAULT_STATE).toString(), '');
  assert.deepEqual(
    readState(new URLSearchParams('placement=top&viewport=9&zoom=3&locale=xx&step=x&call=x&dark.radius=1px')),
    DEFAULT_STATE,
  );
});

test('the palettes the widget applies: light values in light, dark ones in dark, the one given when always dark', () => {
  const defaults = { brand: 'D', text: 'T' };
  const state = { ...DEFAULT_STATE, theme: { brand: 'L', radius: '2px' }, dark: { brand: 'N' } };
  assert.deepEqual(paletteOf(state, 'light', defaults), { brand: 'L', text: 'T' });
  assert.deepEqual(paletteOf(state, 'dark', defaults), { brand: 'N', text: 'T' });
  const noDark = { ...state, dark: {} };
  assert.deepEqual(paletteOf(noDark, 'dark', defaults), { brand: 'D', text: 'T' });
  assert.deepEqual(paletteOf({ ...noDark, colorScheme: 'dark' }, 'dark', defaults), { brand: 'L', text: 'T' });
  assert.equal(paletteKey({ ...noDark, colorScheme: 'dark' }, 'dark'), 'theme');
  assert.equal(paletteKey(state, 'dark'), 'dark');
  assert.deepEqual(schemesOf(DEFAULT_STATE), ['light', 'dark']);
  assert.deepEqual(schemesOf({ ...DEFAULT_STATE, pageLook: 'light' }), ['light']);
  assert.deepEqual(schemesOf({ ...DEFAULT_STATE, colorScheme: 'dark' }), ['dark']);
});

test('auto is dark only on a page with a dark look, when the system prefers dark', () => {
  const auto = { ...DEFAULT_STATE, colorScheme: 'auto' };
  assert.equal(showsDark({ ...auto, pageLook: 'light dark' }, true), true);
  assert.equal(showsDark({ ...auto, pageLook: 'light' }, true), false);
  assert.equal(showsDark({ ...auto, pageLook: 'light dark' }, false), false);
  assert.equal(showsDark({ ...auto, colorScheme: 'dark', pageLook: 'light' }, false), true);
  // The page's look is the designer's test page, not the widget's config.
  assert.equal('pageLook' in configFor({ ...auto, pageLook: 'light' }, SITE), false);
});

test('the config carries the site fields, the theme with its dark palette, and the language only when pinned', () => {
  const state = {
    ...DEFAULT_STATE,
    theme: { radius: '4px', brand: 'nonsense' },
    dark: { brand: '#fda4af' },
    placement: 'inline',
    locale: 'ar',
  };
  const keep = (_token, value) => value !== 'nonsense';
  assert.deepEqual(configFor(state, SITE, keep), {
    endpoint: 'https://shop.example/answers',
    site: 'my-shop',
    theme: { radius: '4px', dark: { brand: '#fda4af' } },
    placement: { inline: '#feelback-slot' },
  });
  assert.equal(configFor({ ...state, pinLocale: true }, SITE).locale, 'ar');
  assert.deepEqual(configFor({ ...DEFAULT_STATE, endpoint: '/a', site: 's', privacyUrl: 'https://p.example/' }, SITE), {
    endpoint: '/a',
    site: 's',
    privacyUrl: 'https://p.example/',
  });
});

test('the snippet is whole: stub, init, the step call and the script, with nothing to edit by hand', () => {
  const state = { ...DEFAULT_STATE, theme: { radius: '4px' }, step: 'checkout' };
  const snippet = snippetFor(state, SITE);
  assert.match(snippet, /feelback\('init', \{\n {4}"endpoint": "https:\/\/shop\.example\/answers",/);
  assert.match(snippet, /\n {2}feelback\('step', 'checkout'\);\n<\/script>/);
  assert.match(snippet, /<script async src="https:\/\/shop\.example\/feelback\.js"><\/script>$/);
  assert.match(snippetFor({ ...state, call: 'ask' }, SITE), /feelback\('ask', 'checkout'\);/);
  assert.doesNotMatch(snippetFor({ ...state, theme: { fontFamily: '</script>' } }, SITE), /<\/script>",/);
  assert.match(snippetFor({ ...state, scriptUrl: '/f.js"><x' }, SITE), /src="\/f\.js&quot;>&lt;x"/);
  assert.match(
    npmFor(state, SITE),
    /^import \{ createFeelback \} from 'feelback';\n\nconst feelback = createFeelback\(\{\n {2}"endpoint"/,
  );
  assert.match(npmFor(state, SITE), /\nfeelback\.step\('checkout'\);$/);
});
