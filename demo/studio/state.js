/**
 * The studio's state: the look being designed (theme tokens, scheme, placement), the locale and
 * the viewport. It lives in the URL's query string, so a link shares the exact look.
 */

export const COLOUR_TOKENS = ['brand', 'onBrand', 'background', 'text', 'muted', 'border', 'focus', 'faceFill'];
export const OTHER_TOKENS = ['radius', 'fontFamily', 'fontSize', 'space', 'shadow', 'zIndex'];
export const TOKENS = [...COLOUR_TOKENS, ...OTHER_TOKENS];
export const SCHEMES = ['auto', 'light', 'dark'];
/** The look of the page the widget sits on: `colorScheme: 'auto'` is dark only on a page with a dark look. */
export const PAGE_LOOKS = ['light dark', 'light'];
export const PLACEMENTS = ['bottom-right', 'bottom-left', 'sheet', 'inline'];
export const LOCALES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'sv', 'da', 'nb', 'pl', 'ar', 'he'];
export const RTL_LOCALES = ['ar', 'he'];
export const VIEWPORTS = [320, 390, 768, 1280];
/** Where an inline prompt goes in the preview page (and in the snippet). */
export const SLOT_SELECTOR = '#feelback-slot';

/** Every state of the widget the studio shows side by side. */
export const VIEWS = {
  prompt: { title: 'Prompt (feeling)', instrument: 'feeling', initial: {} },
  'follow-up': {
    title: 'Follow-up: words and comment',
    instrument: 'feeling',
    initial: { rating: 2, emotions: ['frustrated'], comment: 'The delivery date was not clear' },
  },
  thanks: { title: 'Thanks', instrument: 'feeling', initial: { view: 'thanks' } },
  'saved-offline': { title: 'Saved offline', instrument: 'feeling', initial: { view: 'saved-offline' } },
  'slim-bar': {
    title: 'Slim bar (left alone, or focus under the card)',
    instrument: 'feeling',
    initial: { minimized: true },
  },
  effort: { title: 'Effort (7-point agree scale)', instrument: 'effort', initial: {} },
  satisfaction: { title: 'Satisfaction (1–5)', instrument: 'satisfaction', initial: {} },
  recommend: { title: 'Recommend (0–10)', instrument: 'recommend', initial: {} },
};

export const DEFAULT_STATE = {
  theme: {},
  colorScheme: 'auto',
  pageLook: 'light dark',
  placement: 'bottom-right',
  locale: 'en',
  viewport: 390,
};

const oneOf = (list, value, fallback) => (list.includes(value) ? value : fallback);

/** Reads the state from query parameters; anything unknown or malformed falls back to the default. */
export function readState(params) {
  const theme = {};
  for (const token of TOKENS) {
    const value = params.get(token);
    if (value) theme[token] = value.slice(0, 200);
  }
  return {
    theme,
    colorScheme: oneOf(SCHEMES, params.get('colorScheme'), DEFAULT_STATE.colorScheme),
    pageLook: oneOf(PAGE_LOOKS, params.get('pageLook'), DEFAULT_STATE.pageLook),
    placement: oneOf(PLACEMENTS, params.get('placement'), DEFAULT_STATE.placement),
    locale: oneOf(LOCALES, params.get('locale'), DEFAULT_STATE.locale),
    viewport: oneOf(VIEWPORTS, Number(params.get('viewport')), DEFAULT_STATE.viewport),
  };
}

/** Writes only what differs from the default, so links stay short. */
export function writeState(state) {
  const params = new URLSearchParams();
  for (const token of TOKENS) if (state.theme[token]) params.set(token, state.theme[token]);
  for (const key of ['colorScheme', 'pageLook', 'placement', 'locale', 'viewport']) {
    if (state[key] !== DEFAULT_STATE[key]) params.set(key, String(state[key]));
  }
  return params;
}

/** Whether the prompt shows dark: `auto` is dark on a page with a dark look when the system prefers dark. */
export const showsDark = (state, systemDark) =>
  state.colorScheme === 'dark' || (state.colorScheme === 'auto' && state.pageLook === 'light dark' && systemDark);

/** The `placement` config value for the studio's choice. */
export const placementConfig = (placement) => (placement === 'inline' ? { inline: SLOT_SELECTOR } : placement);

/** The feelback config for the current look (the site fills in its own endpoint and name). */
export function configFor(state, base = { endpoint: '/answers', site: 'my-shop' }) {
  const config = { ...base };
  if (Object.keys(state.theme).length) config.theme = { ...state.theme };
  if (state.colorScheme !== 'auto') config.colorScheme = state.colorScheme;
  if (state.placement !== 'bottom-right') config.placement = placementConfig(state.placement);
  if (state.locale !== 'en') config.locale = state.locale;
  return config;
}

/** The snippet a site pastes before </body>. */
export function snippetFor(state) {
  const json = JSON.stringify(configFor(state), null, 2).replace(/\n/g, '\n  ').replace(/</g, '\\u003c');
  return `<script>
  window.feelback = window.feelback || function () { (feelback.q = feelback.q || []).push(arguments) };
  feelback('init', ${json});
</script>
<script async src="/feelback.js"></script>`;
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
      strings: unpackLocale(
        modules.map((module) => module.default),
        instrument,
      ),
      lang: code,
      dir,
    };
  } catch {}
  return { strings: undefined, lang: 'en', dir };
}
