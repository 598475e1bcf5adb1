/**
 * The studio's form: the palettes (light and dark side by side), shape and type, how the widget
 * is set up on the site, and what the preview shows. One labelled control per value.
 */
import { el } from './dom.js';
import { valueField } from './fields.js';
import { fontRendered } from './font.js';
import { formKit } from './form-kit.js';
import { siteProblem } from './site.js';
import {
  CALLS,
  LOCALES,
  PAGE_LOOKS,
  PLACEMENTS,
  paletteKey,
  SCHEMES,
  STEPS,
  SYSTEMS,
  VIEWPORTS,
  ZOOMS,
} from './state.js';
import { BUTTON_STYLES, HINTS, LABELS, PALETTE_TOKENS, SHARED_TOKENS } from './tokens.js';

const LOCALE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });
const SCHEME_NAMES = { auto: 'Auto: page and system', light: 'Light', dark: 'Dark' };
const SYSTEM_NAMES = { auto: 'As this computer', light: 'Light', dark: 'Dark' };
const PLACEMENT_NAMES = {
  'bottom-right': 'Bottom right',
  'bottom-left': 'Bottom left',
  sheet: 'Bottom sheet',
  inline: 'Inline, in a page slot',
};
const SITE_FIELDS = {
  scriptUrl: 'Script URL (feelback.js)',
  endpoint: 'Endpoint (where answers go)',
  site: 'Site name',
  privacyUrl: 'Privacy page URL (optional)',
};

/**
 * Builds the controls into `form`. `get()` returns the current state, `set(next)` applies one,
 * `reset(next)` applies a reset theme, as a step Back can undo. Returns `refresh({ light, dark },
 * site)`: puts the state into the controls, with the widget's defaults of each scheme and the
 * site fields' defaults as placeholders.
 */
export function buildControls(form, { get, set, reset }) {
  const refreshers = [];
  const { select, textField, checkbox } = formKit({ get, set, refreshers });
  const setIn = (key, token, value) => {
    const values = { ...get()[key] };
    if (value) values[token] = value;
    else delete values[token];
    set({ ...get(), [key]: values });
  };

  // The palettes: a row per token, a column per scheme.
  const head = el(
    'tr',
    {},
    el('td'),
    el('th', { scope: 'col', id: 'col-light' }, 'Light'),
    el('th', { scope: 'col', id: 'col-dark' }, 'Dark'),
  );
  const rows = PALETTE_TOKENS.map((token) => {
    const cells = ['light', 'dark'].map((scheme) => {
      const field = valueField({
        id: `${scheme === 'light' ? 'token' : 'dark'}-${token}`,
        token,
        label: `${LABELS[token]}, ${scheme}`,
        onChange: (value) => setIn(paletteKey(get(), scheme), token, value),
      });
      refreshers.push((defaults) => {
        const key = paletteKey(get(), scheme);
        field.refresh(get()[key][token] ?? '', defaults[scheme][token], key);
      });
      return el('td', { 'data-column': scheme }, field.element);
    });
    const name = el('th', { scope: 'row' }, LABELS[token], HINTS[token] && el('small', {}, HINTS[token]));
    return el('tr', { 'data-token': token }, name, ...cells);
  });
  const palettes = el(
    'fieldset',
    {},
    el('legend', {}, 'Colours'),
    el('p', { class: 'note' }, 'The dark column applies only when the prompt shows dark.'),
    el('table', { class: 'palettes' }, el('thead', {}, head), el('tbody', {}, rows)),
  );

  // Shape and type: one value for both schemes.
  const font = el('p', { class: 'note', id: 'font-rendered', role: 'status' });
  const shared = SHARED_TOKENS.map((token) => {
    const id = `token-${token}`;
    if (token === 'buttonStyle') {
      return select(
        id,
        LABELS[token],
        ['', ...BUTTON_STYLES],
        (v) => v || 'Default (filled)',
        (value) => setIn('theme', token, value),
        () => get().theme[token] ?? '',
      );
    }
    const field = valueField({ id, token, label: LABELS[token], onChange: (value) => setIn('theme', token, value) });
    refreshers.push((defaults) => field.refresh(get().theme[token] ?? '', defaults.light[token]));
    return el(
      'div',
      { class: 'field' },
      el('label', { for: id }, LABELS[token], HINTS[token] && el('small', {}, HINTS[token])),
      field.element,
      token === 'fontFamily' && font,
    );
  });
  refreshers.push((defaults) => {
    font.textContent = `Renders here as: ${fontRendered(get().theme.fontFamily || defaults.light.fontFamily)}`;
  });

  const pageFields = ['light', 'dark'].map((scheme) => {
    const name = scheme === 'light' ? 'pageLight' : 'pageDark';
    const id = `page-${scheme}`;
    const field = valueField({
      id,
      token: 'background',
      label: `Page background, ${scheme}`,
      // Not in the config: the preview's page, painted only with a colour a theme could use.
      refusal: 'Not a colour the widget would take as a background: the preview keeps its default page.',
      onChange: (value) => set({ ...get(), [name]: value }),
    });
    refreshers.push((defaults) => field.refresh(get()[name], defaults.page[scheme]));
    return el('div', { class: 'field' }, el('label', { for: id }, `Page background, ${scheme}`), field.element);
  });

  form.append(
    palettes,
    el('fieldset', {}, el('legend', {}, 'Shape and type'), shared),
    el(
      'fieldset',
      {},
      el('legend', {}, 'On the site'),
      select('colorScheme', 'Colour scheme', SCHEMES, (v) => SCHEME_NAMES[v]),
      select('placement', 'Placement', PLACEMENTS, (v) => PLACEMENT_NAMES[v]),
      Object.entries(SITE_FIELDS).map(([name, label]) =>
        textField(
          name,
          label,
          (site) => site[name],
          (value) => siteProblem(name, value, location.href),
        ),
      ),
      select('call', 'Ask with', CALLS, (v) => (v === 'step' ? 'step: when the etiquette allows' : 'ask: always')),
      select('step', 'At the journey step', STEPS, String),
    ),
    el(
      'fieldset',
      {},
      el('legend', {}, 'Preview'),
      select('locale', 'Language', LOCALES, (code) => `${LOCALE_NAMES.of(code)} (${code})`),
      checkbox('pinLocale', 'Pin this language in the config (every shopper gets it)'),
      select('system', 'Shopper’s system', SYSTEMS, (v) => SYSTEM_NAMES[v]),
      select('pageLook', 'Your page’s look', PAGE_LOOKS, (v) => (v === 'light' ? 'Light only' : 'Light and dark')),
      pageFields,
      select(
        'zoom',
        'Zoom',
        ZOOMS,
        (v) => `${v}%${v === 100 ? ' (actual size)' : ''}`,
        (v) => set({ ...get(), zoom: Number(v) }),
      ),
      el(
        'fieldset',
        {},
        el('legend', {}, 'Viewport'),
        el(
          'div',
          { class: 'radios' },
          VIEWPORTS.map((width) => {
            const radio = el('input', {
              type: 'radio',
              name: 'viewport',
              value: String(width),
              onchange: () => set({ ...get(), viewport: width }),
            });
            refreshers.push(() => {
              radio.checked = get().viewport === width;
            });
            return el('label', {}, radio, `${width} px`);
          }),
        ),
      ),
    ),
    resetControls(),
  );

  /** The reset button, and once it reset a theme, a note that says how to get it back, with an Undo. */
  function resetControls() {
    /** The theme before the reset, while Undo can bring it back. */
    let before;
    const resetButton = el(
      'button',
      {
        type: 'button',
        class: 'secondary',
        onclick: () => {
          const { theme, dark } = get();
          if (!Object.keys(theme).length && !Object.keys(dark).length) return;
          before = { theme, dark };
          reset({ ...get(), theme: {}, dark: {} });
        },
      },
      'Reset the theme',
    );
    const undo = el(
      'button',
      {
        type: 'button',
        class: 'link',
        onclick: () => {
          set({ ...get(), ...before });
          // The Undo button hides with the note: keyboard focus goes back to Reset.
          resetButton.focus();
        },
      },
      'Undo the reset',
    );
    const note = el('span');
    const status = el('p', { class: 'note', role: 'status', id: 'reset-status' }, note, ' ', undo);
    refreshers.push(() => {
      // Any value set since (or Back) ends the undo: it would throw that away.
      if (Object.keys(get().theme).length || Object.keys(get().dark).length) before = undefined;
      undo.hidden = !before;
      const text = before ? 'The theme is back to the widget’s defaults (Back brings it back too).' : '';
      if (note.textContent !== text) note.textContent = text;
    });
    return el('div', {}, resetButton, status);
  }

  return function refresh(defaults, site) {
    for (const refresher of refreshers) refresher(defaults, site);
  };
}
