/** The studio: wires the controls, previews, contrast check, output and live answers to one state in the URL. */
import { buildChecker } from './checker.js';
import { buildControls } from './controls.js';
import { readDefaults } from './defaults.js';
import { buildGallery } from './gallery.js';
import { buildLive } from './live.js';
import { buildOutput } from './output.js';
import { paletteKey, paletteOf, readState, schemesOf, writeState } from './state.js';
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
const defaults = readDefaults();

const refreshControls = buildControls(document.getElementById('controls'), { get: () => state, set: apply });
const updateGallery = buildGallery(document.getElementById('gallery'));
const updateChecker = buildChecker(document.getElementById('contrast'), (scheme, token, value) => {
  const key = paletteKey(state, scheme);
  apply({ ...state, [key]: { ...state[key], [token]: value } });
});
const updateOutput = buildOutput(document.getElementById('output'));
const updateLive = buildLive(document.getElementById('live'), collector);

function render() {
  refreshControls(defaults, site);
  const params = writeState(state);
  updateGallery(params, state);
  // Only values the widget keeps count: it warns about the rest and keeps the default.
  const kept = (values) => Object.fromEntries(Object.entries(values).filter(([t, v]) => isValid(t, v)));
  const look = { ...state, theme: kept(state.theme), dark: kept(state.dark) };
  const outline = (look.theme.buttonStyle ?? 'filled') === 'outline';
  updateChecker(
    schemesOf(state).map((scheme) => ({ scheme, colours: paletteOf(look, scheme, defaults[scheme]), outline })),
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
