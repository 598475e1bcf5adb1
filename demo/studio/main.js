/** The studio: wires the controls, previews, contrast check, output and live answers to one state in the URL. */
import { buildChecker } from './checker.js';
import { buildControls } from './controls.js';
import { PROPERTY, readDefaults } from './defaults.js';
import { buildGallery } from './gallery.js';
import { buildLive } from './live.js';
import { buildOutput } from './output.js';
import { COLOUR_TOKENS, readState, showsDark, writeState } from './state.js';

const DEFAULT_COLLECTOR = 'http://127.0.0.1:4174';
const initial = new URLSearchParams(location.search);
/** Another collector (tests, other ports) via ?collector=; kept in the address, not in the look. */
const collector = /^https?:\/\/[^/?#]+$/.test(initial.get('collector') ?? '')
  ? initial.get('collector')
  : DEFAULT_COLLECTOR;

let state = readState(initial);
const { light: LIGHT_THEME, dark: DARK_THEME } = readDefaults();
const systemDark = matchMedia('(prefers-color-scheme: dark)');
const property = (token) => PROPERTY[token] ?? 'color';
/** Only values the browser accepts reach the previews, as the widget itself would do. */
const validTheme = (theme) =>
  Object.fromEntries(Object.entries(theme).filter(([t, v]) => CSS.supports(property(t), v)));

const refreshControls = buildControls(document.getElementById('controls'), { get: () => state, set: apply, property });
const updateGallery = buildGallery(document.getElementById('gallery'));
const updateChecker = buildChecker(document.getElementById('contrast'));
const updateOutput = buildOutput(document.getElementById('output'));
const updateLive = buildLive(document.getElementById('live'), collector);

function render() {
  const dark = showsDark(state, systemDark.matches);
  refreshControls(dark ? DARK_THEME : LIGHT_THEME);
  const look = { ...state, theme: validTheme(state.theme) };
  const params = writeState(look);
  updateGallery(params, state.viewport);
  const schemes =
    state.colorScheme !== 'auto' ? [state.colorScheme] : state.pageLook === 'light' ? ['light'] : ['light', 'dark'];
  const colours = (defaults) => Object.fromEntries(COLOUR_TOKENS.map((t) => [t, look.theme[t] ?? defaults[t]]));
  updateChecker(
    schemes.map((scheme) => ({
      name: scheme === 'light' ? 'Light' : 'Dark',
      colours: colours(scheme === 'light' ? LIGHT_THEME : DARK_THEME),
    })),
  );
  updateOutput(look);
  updateLive(look);
}

function apply(next) {
  state = next;
  const params = writeState(state);
  if (collector !== DEFAULT_COLLECTOR) params.set('collector', collector);
  history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
  render();
}

systemDark.addEventListener('change', render);
render();
