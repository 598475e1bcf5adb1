/** The studio's form: one labelled control per theme token, scheme, placement, locale and viewport. */
import { el } from './dom.js';
import { COLOUR_TOKENS, LOCALES, OTHER_TOKENS, PAGE_LOOKS, PLACEMENTS, SCHEMES, VIEWPORTS } from './state.js';

const LABELS = {
  brand: 'Brand colour',
  onBrand: 'Text on brand',
  background: 'Background',
  text: 'Text',
  muted: 'Muted (faces, hint, close)',
  border: 'Border',
  focus: 'Focus ring',
  faceFill: 'Face fill',
  radius: 'Corner radius',
  fontFamily: 'Font family',
  fontSize: 'Font size',
  space: 'Spacing (padding)',
  shadow: 'Shadow',
  zIndex: 'Stacking order (z-index)',
};
const LOCALE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

/**
 * Builds the controls into `form`. `get()` returns the current state, `set(next)` applies one;
 * `property(token)` names the CSS property a token is checked with. Returns `refresh(defaults)`,
 * which puts the state and the current scheme's defaults into the controls.
 */
export function buildControls(form, { get, set, property }) {
  const inputs = {};
  const setToken = (token, value) => {
    const theme = { ...get().theme };
    if (value.trim()) theme[token] = value.trim();
    else delete theme[token];
    set({ ...get(), theme });
  };
  const tokenField = (token, colour) => {
    const id = `token-${token}`;
    const error = el('p', { class: 'error', id: `${id}-error`, hidden: true });
    const text = el('input', {
      type: 'text',
      class: 'grow',
      id,
      name: token,
      'aria-describedby': `${id}-error`,
      spellcheck: 'false',
    });
    text.addEventListener('input', () => setToken(token, text.value));
    const picker =
      colour &&
      el('input', {
        type: 'color',
        'aria-label': `${LABELS[token]}: picker`,
        oninput: (event) => {
          text.value = event.currentTarget.value;
          setToken(token, text.value);
        },
      });
    inputs[token] = { text, picker, error };
    return el(
      'div',
      { class: 'field' },
      el('label', { for: id }, LABELS[token]),
      el('div', { class: 'pair' }, text, picker),
      error,
    );
  };
  const select = (name, label, options, format = String) => {
    const control = el('select', {
      id: name,
      name,
      onchange: (event) => set({ ...get(), [name]: event.currentTarget.value }),
    });
    control.append(...options.map((value) => el('option', { value }, format(value))));
    inputs[name] = control;
    return el('div', { class: 'field' }, el('label', { for: name }, label), control);
  };
  const viewports = el(
    'fieldset',
    {},
    el('legend', {}, 'Viewport'),
    el(
      'div',
      { class: 'radios' },
      VIEWPORTS.map((width) =>
        el(
          'label',
          {},
          el('input', {
            type: 'radio',
            name: 'viewport',
            value: String(width),
            onchange: () => set({ ...get(), viewport: width }),
          }),
          `${width} px`,
        ),
      ),
    ),
  );
  form.append(
    el(
      'fieldset',
      {},
      el('legend', {}, 'Colours'),
      COLOUR_TOKENS.map((token) => tokenField(token, true)),
    ),
    el(
      'fieldset',
      {},
      el('legend', {}, 'Shape and type'),
      OTHER_TOKENS.map((token) => tokenField(token, false)),
    ),
    el(
      'fieldset',
      {},
      el('legend', {}, 'Display'),
      select(
        'colorScheme',
        'Colour scheme',
        SCHEMES,
        (v) => ({ auto: 'Auto: page and system', light: 'Light', dark: 'Dark' })[v],
      ),
      select('pageLook', 'Your page’s look', PAGE_LOOKS, (v) => (v === 'light' ? 'Light only' : 'Light and dark')),
      select(
        'placement',
        'Placement',
        PLACEMENTS,
        (v) =>
          ({
            'bottom-right': 'Bottom right',
            'bottom-left': 'Bottom left',
            sheet: 'Bottom sheet',
            inline: 'Inline, in a page slot',
          })[v],
      ),
      select('locale', 'Language', LOCALES, (code) => `${LOCALE_NAMES.of(code)} (${code})`),
    ),
    viewports,
    el(
      'button',
      { type: 'button', class: 'secondary', onclick: () => set({ ...get(), theme: {} }) },
      'Reset the theme',
    ),
  );

  return function refresh(defaults) {
    const state = get();
    for (const token of [...COLOUR_TOKENS, ...OTHER_TOKENS]) {
      const { text, picker, error } = inputs[token];
      const value = state.theme[token] ?? '';
      if (document.activeElement !== text) text.value = value;
      text.placeholder = defaults[token];
      if (picker && document.activeElement !== picker)
        picker.value = /^#[\da-f]{6}$/i.test(value || defaults[token]) ? value || defaults[token] : '#000000';
      const invalid = value !== '' && !CSS.supports(property(token), value);
      text.setAttribute('aria-invalid', String(invalid));
      error.hidden = !invalid;
      error.textContent = invalid
        ? `Not a valid CSS ${property(token)}: the widget would warn and keep the default.`
        : '';
    }
    for (const name of ['colorScheme', 'placement', 'locale']) inputs[name].value = state[name];
    for (const radio of form.querySelectorAll('input[name="viewport"]'))
      radio.checked = Number(radio.value) === state.viewport;
  };
}
