/**
 * One value's input: a text field, for colours a swatch that shows the value as the browser
 * reads it (any CSS colour; see-through over a checkerboard) with the native picker over it,
 * and a message that says what is wrong and the fix, one click away.
 */
import { el } from './dom.js';
import { toRgba } from './rgba.js';
import { isColour } from './tokens.js';
import { isValid, messageFor, suggestion } from './widget-check.js';

/** Any CSS colour as this page computes it: [r, g, b, alpha] in sRGB; undefined when it is not one. */
export function readColour(value) {
  const probe = el('span');
  probe.style.color = value;
  if (!probe.style.color) return undefined;
  document.body.append(probe);
  const computed = getComputedStyle(probe).color;
  probe.remove();
  return toRgba(computed);
}

const hex = (rgb) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/**
 * `token` decides the checks (a colour token gets a swatch). `label` names the field for
 * assistive technology; `onChange(value)` gets the new text ('' for the default). A refused value
 * gets the widget's own warning, or `refusal` for a field that is not in the config. Returns the
 * field's element and `refresh(value, fallback, where)`, which shows a value and the default
 * behind it; `where` is the config key the value goes in (`theme` or `dark`), which the warning names.
 */
export function valueField({ id, token, label, onChange, refusal, colour = isColour(token) }) {
  const text = el('input', {
    type: 'text',
    id,
    'aria-label': label,
    'aria-describedby': `${id}-error`,
    spellcheck: 'false',
    autocomplete: 'off',
    oninput: () => onChange(text.value.trim()),
  });
  const fix = el('button', {
    type: 'button',
    class: 'link',
    onclick: () => {
      onChange(fix.value);
      // The fix button hides once the value is valid: keep keyboard focus on the field it fixed.
      text.focus();
    },
  });
  const message = el('span');
  const error = el('p', { class: 'error', id: `${id}-error`, hidden: true }, message, ' ', fix);
  const fill = el('span', { class: 'swatch-fill' });
  const picker = el('input', {
    type: 'color',
    'aria-label': `${label}: picker`,
    oninput: () => {
      text.value = picker.value;
      onChange(picker.value);
    },
  });
  const swatch = colour && el('span', { class: 'swatch', 'data-swatch': '' }, fill, picker);
  const element = el('div', { class: 'value' }, el('div', { class: 'pair' }, text, swatch), error);

  function refresh(value, fallback, where = 'theme') {
    if (document.activeElement !== text) text.value = value;
    text.placeholder = fallback ?? '';
    const invalid = value !== '' && !isValid(token, value);
    const fixed = invalid ? suggestion(token, value) : undefined;
    text.setAttribute('aria-invalid', String(invalid));
    error.hidden = !invalid;
    message.textContent = invalid ? (refusal ?? messageFor(token, value, where)) : '';
    fix.hidden = !fixed;
    fix.value = fixed ?? '';
    fix.textContent = fixed ? `Use ${fixed}` : '';
    if (!swatch) return;
    // What the widget would show: the value if it keeps it, else the default.
    const shown = value && !invalid ? value : (fallback ?? '');
    const rgba = readColour(shown);
    fill.style.background = rgba ? shown : '';
    swatch.dataset.value = shown;
    swatch.title = shown;
    if (rgba && document.activeElement !== picker) picker.value = hex(rgba.slice(0, 3));
  }
  return { element, refresh };
}
