/** The studio: wires the controls, previews, contrast check, output and live answers to one state in the URL. */
import { buildChecker } from './checker.js';
import { buildControls } from './controls.js';
import { readDefaults } from './defaults.js';
import { buildGallery } from './gallery.js';
import { buildLive } from './live.js';
import { buildOutput } from './output.js';
import { lookOf, pagesUnder, paletteOf, previewOf, readState, schemesOf, withFix, writeState } from './state.js';
import { VIEWS } from './views.js';
import { isValid } from './widget-check.js';

const initial = new URLSearchParams(location.search);
/**
 * The collector: `npm start` serves it on this origin under /collector, whatever ports it got
 * (demo/serve.js). Another one (tests, a collector of your own) via ?collector=; kept in the
 * address, not in the look.
 */
const SAME_ORIGIN_COLLECTOR = `${location.origin}/collector`;
const collector = /^https?:\/\/[^/?#]+$/.test(initial.get('collector') ?? '')
  ? initial.get('collector')
  : SAME_ORIGIN_COLLECTOR;
/**
 * The states to preview: every one, or those named in ?views= (`views=follow-up,thanks`), for a
 * link to the states a review is about; each preview is a page of its own to load and redraw.
 * Kept in the address, not in the look.
 */
const views = [...new Set((initial.get('views') ?? '').split(',').map((key) => key.trim()))].filter((key) =>
  Object.hasOwn(VIEWS, key),
);
/** What the snippet says for a site field left empty: this studio's own script and collector. */
const site = {
  scriptUrl: `${location.origin}/dist/feelback.js`,
  endpoint: `${collector}/answers`,
  site: 'my-shop',
  privacyUrl: 'https://your-shop.example/privacy',
};

let state = readState(initial);
const defaults = readDefaults();

const refreshControls = buildControls(document.getElementById('controls'), {
  get: () => state,
  set: apply,
  reset: (next) => apply(next, { step: true }),
});
const updateGallery = buildGallery(document.getElementById('gallery'), views.length ? views : Object.keys(VIEWS));
const updateChecker = buildChecker(document.getElementById('contrast'), (scheme, token, value) => {
  apply(withFix(state, scheme, token, value, isValid));
  // The fix button is gone with the old table: keyboard focus goes to the field it changed.
  document.getElementById(`${scheme === 'light' ? 'token' : 'dark'}-${token}`)?.focus();
});
const updateOutput = buildOutput(document.getElementById('output'));
const updateLive = buildLive(document.getElementById('live'), collector);

function render() {
  refreshControls(defaults, site);
  // The previews open the prompt directly, which applies any value: they get only what the widget keeps.
  updateGallery(writeState(previewOf(state, isValid)), state);
  // Only values the widget keeps count: it warns about the rest and keeps the default.
  const look = lookOf(state, isValid);
  const outline = (look.theme.buttonStyle ?? 'filled') === 'outline';
  updateChecker(
    schemesOf(state).map((scheme) => ({
      scheme,
      colours: paletteOf(look, scheme, defaults[scheme]),
      outline,
      colorScheme: defaults.colorScheme[scheme],
      pages: pagesUnder(state, scheme, defaults.page, isValid),
    })),
  );
  updateOutput(state, site, isValid);
  updateLive(look, site);
}

/**
 * Shows `next` and writes it to the address. Each edit replaces the address, so Back leaves the
 * studio; a `step` (a reset) is a history entry of its own, so Back undoes it.
 */
function apply(next, { step = false } = {}) {
  state = next;
  const params = writeState(state);
  if (collector !== SAME_ORIGIN_COLLECTOR) params.set('collector', collector);
  if (views.length) params.set('views', views.join(','));
  const address = `${location.pathname}${params.size ? `?${params}` : ''}`;
  if (step) history.pushState(null, '', address);
  else history.replaceState(null, '', address);
  render();
}

// Back and Forward between the studio's own entries: the address holds the whole state.
addEventListener('popstate', () => {
  state = readState(new URLSearchParams(location.search));
  render();
});

render();
