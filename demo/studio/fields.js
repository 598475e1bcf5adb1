/**
 * One value's input: a text field, for colours a swatch that shows the value as the browser
 * reads it (any CSS colour; see-through over a checkerboard) with the native picker over it,
 * and a message that says what is wrong and the fix, one click away.
 */
import { el } from './dom.js';
import { isColour, isValid, messageFor, suggestion } from './tokens.js';

// Chrome computes oklch(), lab(), color() and color-mix() as written, not as rgb(): a 1×1
// canvas turns any of them into sRGB bytes.
const canvas = el('canvas', { width: 1, height: 1 });
const context = canvas.getContext('2d', { willReadFrequently: true });

/** Any CSS colour as the browser computes it: [r, g, b, alpha] in sRGB; undefined when it is not one. */
export function readColour(value) {
  const probe = el('span');
  probe.style.color = value;
  if (!probe.style.color) return undefined;
  document.body.append(probe);
  const computed = getComputedStyle(probe).color;
  probe.remove();
  const rgb = /^rgba?\(([\d.]+), ([\d.]+), ([\d.]+)(?:, ([\d.]+))?\)$/.exec(computed);
  // rgb() is exact as computed; the canvas rounds to bytes and, see-through, loses a little more.
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), rgb[4] === undefined ? 1 : Number(rgb[4])];
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = computed;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

const hex = (rgb) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/**
 * `token` decides the checks (a colour token gets a swatch). `label` names the field for
 * assistive technology; `onChange(value)` gets the new text ('' for the default). Returns the
 * field's element and `refresh(value, fallback)`, which shows a value and the default behind it.
 */
export function valueField({ id, token, label, onChange, colour = isColour(token) }) {
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

  function refresh(value, fallback) {
    if (document.activeElement !== text) text.value = value;
    text.placeholder = fallback ?? '';
    const invalid = value !== '' && !isValid(token, value);
    const fixed = invalid ? suggestion(token, value) : undefined;
    text.setAttribute('aria-invalid', String(invalid));
    error.hidden = !invalid;
    message.textContent = invalid ? messageFor(token, value) : '';
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
