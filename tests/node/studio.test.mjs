import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkContrast, contrastRatio, luminance, nearestPassing, parseColor } from '../../demo/studio/contrast.js';
import { resolveUrl, siteProblem } from '../../demo/studio/site.js';
import { configFor, npmFor, snippetFor } from '../../demo/studio/snippet.js';
import {
  DEFAULT_STATE,
  pageUnder,
  paletteKey,
  paletteOf,
  readState,
  schemesOf,
  showsDark,
  withFix,
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

test('an outline button needs its brand text at 4.5:1 on the background', () => {
  const colours = { brand: '#6b8f7f', background: '#ffffff', onBrand: '#ffffff' };
  const brand = (outline) =>
    checkContrast(colours, { outline }).find((pair) => pair.fg === 'brand' && pair.bg === 'background');
  assert.deepEqual([brand(false).min, brand(false).pass], [3, true]);
  assert.deepEqual([brand(true).min, brand(true).sc, brand(true).pass], [4.5, '1.4.3', false]);
});

test('button text on brand stays checked at 4.5:1 in every button style: chosen words and numbers draw it', () => {
  const colours = { brand: '#6b8f7f', background: '#ffffff', onBrand: '#ffffff' };
  for (const outline of [false, true]) {
    const pair = checkContrast(colours, { outline }).find((p) => p.fg === 'onBrand' && p.bg === 'brand');
    assert.deepEqual([pair?.min, pair?.sc, pair?.pass], [4.5, '1.4.3', false], `outline: ${outline}`);
  }
});

test('an outline Send under the pointer needs its brand text at 4.5:1 on the hover colour', () => {
  const colours = { brand: '#3b3bb3', background: '#ffffff', hover: '#5a5ac0' };
  const onHover = (outline) => checkContrast(colours, { outline }).find((p) => p.fg === 'brand' && p.bg === 'hover');
  assert.equal(onHover(false), undefined);
  assert.deepEqual(
    [onHover(true).min, onHover(true).sc, onHover(true).fix, onHover(true).pass],
    [4.5, '1.4.3', 'bg', false],
  );
});

test('a face fill needs muted and brand at 3:1 on it, and a transparent or absent one is left to the background', () => {
  const colours = { brand: '#3b3bb3', muted: '#545b6b', background: '#ffffff', faceFill: '#4a4a60' };
  const fills = (given) =>
    checkContrast(given)
      .filter((pair) => pair.bg === 'faceFill')
      .map((pair) => [pair.fg, pair.min, pair.sc, pair.pass]);
  assert.deepEqual(fills(colours), [
    ['muted', 3, '1.4.11', false],
    ['brand', 3, '1.4.11', false],
  ]);
  assert.deepEqual(fills({ ...colours, faceFill: '#ffffff' }), [
    ['muted', 3, '1.4.11', true],
    ['brand', 3, '1.4.11', true],
  ]);
  assert.deepEqual(fills({ ...colours, faceFill: 'transparent' }), []);
  assert.deepEqual(fills({ ...colours, faceFill: undefined }), []);
  // A face fill that cannot be read fails like any other colour.
  assert.equal(fills({ ...colours, faceFill: '' })[0][3], false);
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

test('a site field the widget would refuse never goes into the export: the default, or nothing', () => {
  const refused = {
    ...DEFAULT_STATE,
    endpoint: 'collect.example/answers',
    site: 's'.repeat(101),
    privacyUrl: 'www.shop.example/privacy',
  };
  // Empty or refused, the export is the same: a config the widget takes; the field says why.
  assert.deepEqual(configFor(refused, SITE), configFor(DEFAULT_STATE, SITE));
  for (const text of [snippetFor(refused, SITE), npmFor(refused, SITE)]) {
    for (const value of [refused.endpoint, refused.site, refused.privacyUrl]) assert.equal(text.includes(value), false);
  }
  assert.equal(configFor({ ...DEFAULT_STATE, privacyUrl: '//evil.example/privacy' }, SITE).privacyUrl, undefined);
  assert.equal(configFor({ ...DEFAULT_STATE, endpoint: 'ftp://shop.example/a' }, SITE).endpoint, SITE.endpoint);
  // What the widget takes goes in as written.
  assert.deepEqual(configFor({ ...DEFAULT_STATE, endpoint: '/a', site: 's', privacyUrl: '/privacy' }, SITE), {
    endpoint: '/a',
    site: 's',
    privacyUrl: '/privacy',
  });
});

test('a contrast fix goes into the palette the check read: a dark palette of refused values is none', () => {
  const keep = (_token, value) => value !== 'nonsense';
  const state = { ...DEFAULT_STATE, colorScheme: 'dark', theme: { text: '#111111' }, dark: { brand: 'nonsense' } };
  const fixed = withFix(state, 'dark', 'text', '#eeeeee', keep);
  assert.deepEqual(fixed.theme, { text: '#eeeeee' });
  assert.deepEqual(fixed.dark, { brand: 'nonsense' });
  // With a kept dark value the dark palette is the one checked, and fixed.
  const kept = withFix({ ...state, dark: { brand: '#fda4af' } }, 'dark', 'text', '#eeeeee', keep);
  assert.deepEqual(kept.dark, { brand: '#fda4af', text: '#eeeeee' });
});

test('a see-through card is checked over the page background the preview shows under that scheme', () => {
  const defaults = { light: '#fbfaf7', dark: '#121418' };
  const keep = (_token, value) => value !== 'nonsense';
  const auto = { ...DEFAULT_STATE, pageLight: '#ffeedd', pageDark: '#001122' };
  assert.equal(pageUnder(auto, 'light', true, defaults, keep), '#ffeedd');
  assert.equal(pageUnder(auto, 'dark', false, defaults, keep), '#001122');
  assert.equal(pageUnder({ ...auto, pageDark: 'nonsense' }, 'dark', false, defaults, keep), '#121418');
  assert.equal(pageUnder({ ...DEFAULT_STATE }, 'dark', false, defaults, keep), '#121418');
  // A fixed scheme sits on the page the system and the page's look give.
  const dark = { ...auto, colorScheme: 'dark' };
  assert.equal(pageUnder(dark, 'dark', false, defaults, keep), '#ffeedd');
  assert.equal(pageUnder(dark, 'dark', true, defaults, keep), '#001122');
  assert.equal(pageUnder({ ...dark, pageLook: 'light' }, 'dark', true, defaults, keep), '#ffeedd');
  assert.equal(pageUnder({ ...dark, system: 'dark' }, 'dark', false, defaults, keep), '#001122');
});

test('the address is never cut on read: a value too long for the widget comes back whole, to be flagged', () => {
  const long = `${'Georgia, '.repeat(25)}serif`;
  const privacyUrl = `https://shop.example/${'p'.repeat(1500)}`;
  const state = readState(new URLSearchParams({ fontFamily: long, 'dark.brand': `#${'f'.repeat(300)}`, privacyUrl }));
  assert.equal(state.theme.fontFamily, long);
  assert.equal(state.dark.brand.length, 301);
  assert.equal(state.privacyUrl, privacyUrl);
});

test('site fields follow the widget: an http(s) URL or a path on the page, a site of at most 100 characters', () => {
  const base = 'https://studio.example/studio.html';
  assert.equal(siteProblem('endpoint', 'shop.example/answers', base).startsWith('Expected an http(s) URL'), true);
  assert.equal(siteProblem('privacyUrl', 'www.shop.example/privacy', base).startsWith('Expected an http(s) URL'), true);
  assert.match(
    siteProblem('endpoint', 'ftp://shop.example/answers', base),
    /The widget would stay off, so the snippet has the default until it is fixed\.$/,
  );
  assert.match(
    siteProblem('privacyUrl', 'ftp://shop.example/p', base),
    /so the snippet leaves it out until it is fixed\.$/,
  );
  assert.notEqual(siteProblem('endpoint', 'https://user:pw@shop.example/answers', base), '');
  // A path that the URL parser reads as another site is refused, as the widget does.
  assert.notEqual(siteProblem('endpoint', '/\\evil.example/x', base), '');
  assert.notEqual(siteProblem('endpoint', '//evil.example/x', base), '');
  for (const ok of ['https://shop.example/answers', 'http://localhost:4174/answers', '/answers', ''])
    assert.equal(siteProblem('endpoint', ok, base), '', ok);
  assert.equal(siteProblem('privacyUrl', '/privacy', base), '');
  assert.equal(siteProblem('privacyUrl', `https://shop.example/${'p'.repeat(2048 - 21)}`, base), '');
  assert.notEqual(siteProblem('privacyUrl', `https://shop.example/${'p'.repeat(2048 - 20)}`, base), '');
  assert.equal(siteProblem('site', 's'.repeat(100), base), '');
  assert.match(siteProblem('site', 's'.repeat(101), base), /^Expected text of 1 to 100 characters\./);
  // A path resolves against the page, as the preview shows the privacy link.
  assert.equal(resolveUrl('/privacy', base, 2048), 'https://studio.example/privacy');
});
