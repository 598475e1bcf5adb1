/**
 * The studio's state: the look being designed (the light and dark palettes, shape and type,
 * scheme, placement), what the preview shows (language, viewport, zoom, the page around the
 * widget, the shopper's system) and the snippet's site fields. It lives in the URL's query
 * string, so a link shares the exact look: light tokens by name (`brand`), dark ones with a
 * `dark.` prefix (`dark.brand`).
 */
import { PALETTE_TOKENS, TOKENS } from './tokens.js';

export const SCHEMES = ['auto', 'light', 'dark'];
/** The shopper's system setting the previews show: as the studio's own system, or fixed. */
export const SYSTEMS = ['auto', 'light', 'dark'];
/** The look of the page the widget sits on: `colorScheme: 'auto'` is dark only on a page with a dark look. */
export const PAGE_LOOKS = ['light dark', 'light'];
export const PLACEMENTS = ['bottom-right', 'bottom-left', 'sheet', 'inline'];
export const LOCALES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'sv', 'da', 'nb', 'pl', 'ar', 'he'];
export const RTL_LOCALES = ['ar', 'he'];
export const VIEWPORTS = [320, 390, 768, 1280];
export const ZOOMS = [100, 75, 50];
export const STEPS = ['add_to_basket', 'checkout', 'order_confirmed', 'return_submitted', 'support_closed'];
export const CALLS = ['step', 'ask'];
/** Where an inline prompt goes in the preview page (and in the snippet). */
export const SLOT_SELECTOR = '#feelback-slot';

/** The snippet's fields: '' means the studio's own default (see `siteDefaults` in main.js). */
const FIELDS = ['scriptUrl', 'endpoint', 'site', 'privacyUrl'];
const CHOICES = {
  colorScheme: SCHEMES,
  system: SYSTEMS,
  pageLook: PAGE_LOOKS,
  placement: PLACEMENTS,
  locale: LOCALES,
  step: STEPS,
  call: CALLS,
};
const COLOURS = ['pageLight', 'pageDark'];

export const DEFAULT_STATE = {
  theme: {},
  dark: {},
  colorScheme: 'auto',
  system: 'auto',
  pageLook: 'light dark',
  placement: 'bottom-right',
  locale: 'en',
  pinLocale: false,
  viewport: 390,
  zoom: 100,
  pageLight: '',
  pageDark: '',
  scriptUrl: '',
  endpoint: '',
  site: '',
  privacyUrl: '',
  step: 'order_confirmed',
  call: 'step',
};

const oneOf = (list, value, fallback) => (list.includes(value) ? value : fallback);
// Never cut: a value too long for the widget is shown whole and flagged by its field, not made valid.
const text = (value) => (value ?? '').trim();

/** Reads the state from query parameters; anything unknown or malformed falls back to the default. */
export function readState(params) {
  const state = { ...DEFAULT_STATE, theme: {}, dark: {} };
  for (const token of TOKENS) {
    const value = text(params.get(token));
    if (value) state.theme[token] = value;
  }
  for (const token of PALETTE_TOKENS) {
    const value = text(params.get(`dark.${token}`));
    if (value) state.dark[token] = value;
  }
  for (const [key, list] of Object.entries(CHOICES)) state[key] = oneOf(list, params.get(key), DEFAULT_STATE[key]);
  for (const key of [...FIELDS, ...COLOURS]) state[key] = text(params.get(key));
  state.pinLocale = params.get('pinLocale') === '1';
  state.viewport = oneOf(VIEWPORTS, Number(params.get('viewport')), DEFAULT_STATE.viewport);
  state.zoom = oneOf(ZOOMS, Number(params.get('zoom')), DEFAULT_STATE.zoom);
  return state;
}

/** Writes only what differs from the default, so links stay short. */
export function writeState(state) {
  const params = new URLSearchParams();
  for (const token of TOKENS) if (state.theme[token]) params.set(token, state.theme[token]);
  for (const token of PALETTE_TOKENS) if (state.dark[token]) params.set(`dark.${token}`, state.dark[token]);
  for (const key of [...Object.keys(CHOICES), ...FIELDS, ...COLOURS, 'viewport', 'zoom']) {
    if (state[key] !== DEFAULT_STATE[key]) params.set(key, String(state[key]));
  }
  if (state.pinLocale) params.set('pinLocale', '1');
  return params;
}

/** Whether the shopper's system is dark in the previews: fixed, or the studio's own. */
export const systemIsDark = (state, studioDark) => (state.system === 'auto' ? studioDark : state.system === 'dark');

/** Whether the prompt shows dark: `auto` is dark on a page with a dark look when the system prefers dark. */
export const showsDark = (state, systemDark) =>
  state.colorScheme === 'dark' || (state.colorScheme === 'auto' && state.pageLook === 'light dark' && systemDark);

/** The schemes the prompt can show in with this config and page: the ones to check and export. */
export const schemesOf = (state) =>
  state.colorScheme !== 'auto' ? [state.colorScheme] : state.pageLook === 'light' ? ['light'] : ['light', 'dark'];

/** The `theme` config value: the light palette with shape and type, the dark palette in `dark`. */
export function themeFor(state, keep = () => true) {
  const theme = Object.fromEntries(Object.entries(state.theme).filter(([token, value]) => keep(token, value)));
  const dark = Object.fromEntries(Object.entries(state.dark).filter(([token, value]) => keep(token, value)));
  if (Object.keys(dark).length) theme.dark = dark;
  return theme;
}

/**
 * The palette a scheme shows, as the widget applies it (src/styles/apply-theme.ts): the light
 * values in light; in dark the dark ones, or, for a prompt that is always dark and has none,
 * the one palette given. `defaults` are the widget's own for that scheme.
 */
export function paletteOf(state, scheme, defaults) {
  const pick = (values) => Object.fromEntries(PALETTE_TOKENS.filter((t) => values[t]).map((t) => [t, values[t]]));
  const own =
    scheme === 'light'
      ? pick(state.theme)
      : Object.keys(state.dark).length || state.colorScheme !== 'dark'
        ? pick(state.dark)
        : pick(state.theme);
  return { ...defaults, ...own };
}

/** Where a palette value of a scheme is set: `theme` or `dark` (mirrors paletteOf). */
export const paletteKey = (state, scheme) =>
  scheme === 'light' || (state.colorScheme === 'dark' && !Object.keys(state.dark).length) ? 'theme' : 'dark';

/** The state with only the theme values the widget keeps (`keep(token, value)`): it warns about the rest. */
export function lookOf(state, keep) {
  const kept = (values) => Object.fromEntries(Object.entries(values).filter(([t, v]) => keep(t, v)));
  return { ...state, theme: kept(state.theme), dark: kept(state.dark) };
}

/**
 * The state the previews show: only the theme values the widget keeps (`keep(token, value)`), as
 * the snippet has them, and a page background only when it is a colour a theme could use (the
 * preview's page keeps its default otherwise).
 */
export function previewOf(state, keep) {
  const page = (colour) => (colour && keep('background', colour) ? colour : '');
  return { ...lookOf(state, keep), pageLight: page(state.pageLight), pageDark: page(state.pageDark) };
}

/**
 * The state with a contrast fix applied: written where the checked palette comes from, which is
 * decided by the values the widget keeps (a dark palette of refused values is no dark palette).
 */
export function withFix(state, scheme, token, value, keep) {
  const key = paletteKey(lookOf(state, keep), scheme);
  return { ...state, [key]: { ...state[key], [token]: value } };
}

/**
 * The page background under a scheme's prompt in the preview (as demo/studio/frame.js paints
 * it): the designer's colour when the widget would keep it, else the preview's default
 * (`defaults`: { light, dark }). `auto` is dark only on a dark page; a fixed scheme sits on the
 * page the system and the page's look give.
 */
export function pageUnder(state, scheme, systemDark, defaults, keep) {
  const dark =
    state.pageLook !== 'light' && (state.colorScheme === 'auto' ? scheme === 'dark' : systemIsDark(state, systemDark));
  return pageOfLook(state, dark ? 'dark' : 'light', defaults, keep);
}

/** The page background of a look (`light` or `dark`), as the preview paints it (see pageUnder). */
const pageOfLook = (state, look, defaults, keep) => {
  const chosen = look === 'dark' ? state.pageDark : state.pageLight;
  return chosen && keep('background', chosen) ? chosen : defaults[look];
};

/**
 * Every page a shopper can see under a scheme's prompt, as [{ look, colour }]: shoppers' systems
 * differ, whatever the preview shows. `auto` shows each scheme on the page of its own look; a
 * fixed scheme on a page with a light and a dark look sits on either, a light-only page is light.
 */
export function pagesUnder(state, scheme, defaults, keep) {
  const looks = state.pageLook === 'light' ? ['light'] : state.colorScheme === 'auto' ? [scheme] : ['light', 'dark'];
  return looks.map((look) => ({ look, colour: pageOfLook(state, look, defaults, keep) }));
}

/**
 * The texts for a locale as a prompt asking on `instrument` gets them: the file of `<code>`,
 * plus `<code>-effort.js`, `<code>-satisfaction.js` or `<code>-recommend.js` for those scales, read by the prompt's
 * `unpackLocale`. English (the prompt's built-in texts) when the locale is English or a file is
 * missing or does not fit. `localeUrl` names a language file's URL (see widget-files.js).
 */
export async function loadLocale(code, instrument, unpackLocale, localeUrl) {
  const dir = RTL_LOCALES.includes(code) ? 'rtl' : 'ltr';
  if (code === 'en') return { strings: undefined, lang: 'en', dir };
  try {
    const files = instrument === 'feeling' ? [code] : [code, `${code}-${instrument}`];
    const modules = await Promise.all(files.map((file) => import(localeUrl(file))));
    return {
      strings: await unpackLocale(
        modules.map((module) => module.default),
        instrument,
      ),
      lang: code,
      dir,
    };
  } catch {}
  return { strings: undefined, lang: 'en', dir };
}
