/**
 * One preview inside the studio: renders the prompt in a given state with the studio's look, in
 * preview mode (the prompt opened with `initial`; nothing is stored or sent). The studio sends a
 * new query string, with only the values the widget keeps, by postMessage whenever the look
 * changes; the frame tells it back how tall it must be for the whole card to show.
 */
import { PRIVACY_URL_MAX, resolveUrl } from './site.js';
import { loadLocale, readState, SLOT_SELECTOR, systemIsDark, themeFor } from './state.js';
import { VIEWS } from './views.js';
import { importPrompt, localeUrl } from './widget-files.js';

const { promptFor, unpackLocale } = await importPrompt();

/** Shown as the privacy link when the designer has not given one. */
const EXAMPLE_PRIVACY = 'https://example.com/privacy';
const PAGE = { light: ['#fbfaf7', '#1c2420'], dark: ['#121418', '#eceef4'] };

// The shopper's system as the studio sets it: the widget reads it through matchMedia (and the
// page's look through color-scheme), as on a shop's page.
const studioSystem = matchMedia('(prefers-color-scheme: dark)');
let system = 'auto';
const realMatchMedia = window.matchMedia.bind(window);
window.matchMedia = (query) =>
  system !== 'auto' && /^\(prefers-color-scheme: dark\)$/.test(query)
    ? { matches: system === 'dark', media: query, addEventListener() {}, removeEventListener() {} }
    : realMatchMedia(query);

let remove;
let latest = 0;
let current = location.search;

async function show(search) {
  const params = new URLSearchParams(search);
  const state = readState(params);
  const view = VIEWS[params.get('view')] ?? VIEWS.prompt;
  const call = ++latest;
  const [openPromptSession, { strings, lang, dir }] = await Promise.all([
    promptFor(view.instrument),
    loadLocale(state.locale, view.instrument, unpackLocale, localeUrl),
  ]);
  if (call !== latest) return; // a newer look arrived meanwhile
  remove?.();
  system = state.system;
  const root = document.documentElement;
  root.dir = dir;
  root.lang = lang;
  // The preview page declares the look the designer picked, as a shop's page would.
  root.style.colorScheme = state.pageLook;
  const pageDark = state.pageLook !== 'light' && systemIsDark(state, studioSystem.matches);
  const [background, text] = PAGE[pageDark ? 'dark' : 'light'];
  const chosen = pageDark ? state.pageDark : state.pageLight;
  document.body.style.background = chosen || background;
  document.body.style.color = text;
  const inline = state.placement === 'inline';
  remove = openPromptSession({
    doc: document,
    strings,
    lang,
    dir,
    // The studio sends only what the widget keeps (previewOf in state.js): opened directly, the
    // prompt would apply any value, where the widget warns and keeps the default.
    theme: themeFor(state),
    colorScheme: state.colorScheme,
    placement: state.placement,
    container: inline ? (document.querySelector(SLOT_SELECTOR) ?? undefined) : undefined,
    instrument: view.instrument,
    initial: view.initial,
    // Resolved as the widget's init does (a path against the page), so `/privacy` shows its link.
    privacyUrl:
      (state.privacyUrl && resolveUrl(state.privacyUrl, location.href, PRIVACY_URL_MAX)) ||
      (view.privacy ? EXAMPLE_PRIVACY : undefined),
    // Nobody answers a preview: it stays in its state (no slim bar after a while).
    minimizeAfterMs: 0,
    save: async () => 'thanks',
    onClose: () => {
      remove = undefined;
    },
    // The card comes a task after the widget's host (see src/ui/prompt-session.ts).
    onDrawn: () => drawn(view, call),
  });
}

function drawn(view, call) {
  const shadow = document.querySelector('feelback-widget')?.shadowRoot;
  if (view.focus) showFocusRing(shadow);
  document.body.dataset.ready = String(call);
  // The card grows when the follow-up's file arrives after it (a state with a rating): report again then.
  resized.disconnect();
  const surface = shadow?.querySelector('section');
  if (surface) resized.observe(surface);
  report();
}

/**
 * Draws the keyboard focus ring on the chosen face with the widget's own `:focus-visible` rule,
 * copied onto a marker: real focus here would take it from the studio's controls.
 */
function showFocusRing(shadow) {
  const chosen = shadow?.querySelector('input:checked');
  const rule = shadow?.adoptedStyleSheets
    .flatMap((sheet) => Array.from(sheet.cssRules))
    .find((candidate) => candidate.selectorText?.includes(':focus-visible'));
  if (!chosen || !rule) return;
  const ring = new CSSStyleSheet();
  ring.replaceSync(`[data-studio-focus] + * { ${rule.style.cssText} }`);
  shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, ring];
  chosen.setAttribute('data-studio-focus', '');
}

/** The frame height at which the whole card shows, sent to the studio. */
function report() {
  const surface = document.querySelector('feelback-widget')?.shadowRoot?.querySelector('section');
  let needed = document.documentElement.scrollHeight;
  if (surface && getComputedStyle(surface).position === 'fixed') {
    // The card's most height is a share of the frame (75vh as a sheet, 100vh − 32px as a card):
    // solve that for the height at which it holds the card's whole content.
    const style = getComputedStyle(surface);
    const max = Number.parseFloat(style.maxHeight);
    const content = surface.scrollHeight + Number.parseFloat(style.borderTopWidth) * 2;
    const share = Math.abs(max - 0.75 * innerHeight) < 1 ? 0.75 : 1;
    const offset = max - share * innerHeight;
    needed = Math.max(needed, (content - offset) / share + (share === 1 ? 0 : 1));
  }
  parent.postMessage({ height: needed }, location.origin);
}

const resized = new ResizeObserver(() => report());
addEventListener('resize', report);
addEventListener('message', (event) => {
  if (event.origin !== location.origin || typeof event.data?.search !== 'string') return;
  if (event.data.search === current) return; // already shown: the address it loaded with, say
  current = event.data.search;
  show(current);
});
studioSystem.addEventListener('change', () => show(current));
show(current);
parent.postMessage({ listening: true }, location.origin);
