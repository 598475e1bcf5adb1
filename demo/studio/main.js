/** The studio: wires the controls, previews, contrast check, output and live answers to one state in the URL. */
import { buildChecker } from './checker.js';
import { buildControls } from './controls.js';
import { readDefaults } from './defaults.js';
import { buildGallery } from './gallery.js';
import { buildLive } from './live.js';
import { buildOutput } from './output.js';
import { lookOf, pageUnder, paletteOf, readState, schemesOf, withFix, writeState } from './state.js';
import { isValid } from './tokens.js';

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
/** What the snippet says for a site field left empty: this studio's own script and collector. */
const site = {
  scriptUrl: `${location.origin}/dist/feelback.js`,
  endpoint: `${collector}/answers`,
  site: 'my-shop',
  privacyUrl: 'https://your-shop.example/privacy',
};

let state = readState(initial);
// The page under a fixed scheme's preview follows this computer's system when set so.
const studioSystem = matchMedia('(prefers-color-scheme: dark)');
const defaults = readDefaults();

const refreshControls = buildControls(document.getElementById('controls'), { get: () => state, set: apply });
const updateGallery = buildGallery(document.getElementById('gallery'));
const updateChecker = buildChecker(document.getElementById('contrast'), (scheme, token, value) => {
  apply(withFix(state, scheme, token, value, isValid));
  // The fix button is gone with the old table: keyboard focus goes to the field it changed.
  document.getElementById(`${scheme === 'light' ? 'token' : 'dark'}-${token}`)?.focus();
});
const updateOutput = buildOutput(document.getElementById('output'));
const updateLive = buildLive(document.getElementById('live'), collector);

function render() {
  refreshControls(defaults, site);
  const params = writeState(state);
  updateGallery(params, state);
  // Only values the widget keeps count: it warns about the rest and keeps the default.
  const look = lookOf(state, isValid);
  const outline = (look.theme.buttonStyle ?? 'filled') === 'outline';
  updateChecker(
    schemesOf(state).map((scheme) => ({
      scheme,
      colours: paletteOf(look, scheme, defaults[scheme]),
      outline,
      page: pageUnder(state, scheme, studioSystem.matches, defaults.page, isValid),
    })),
  );
  updateOutput(state, site, isValid);
  updateLive(look, site);
}

function apply(next) {
  state = next;
  const params = writeState(state);
  if (collector !== SAME_ORIGIN_COLLECTOR) params.set('collector', collector);
  history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
  render();
}

render();
studioSystem.addEventListener('change', render);
