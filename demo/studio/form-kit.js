/**
 * The studio's plain controls, each bound to one state key: a select, a text field, a checkbox.
 * Each adds its refresher (state → control) to `refreshers`, run on every change.
 */
import { el } from './dom.js';

export function formKit({ get, set, refreshers }) {
  function select(name, label, options, format, onChange, value = () => get()[name]) {
    const change = onChange ?? ((next) => set({ ...get(), [name]: next }));
    const control = el('select', { id: name, name, onchange: (event) => change(event.currentTarget.value) });
    control.append(...options.map((option) => el('option', { value: String(option) }, format(option))));
    refreshers.push(() => {
      control.value = String(value());
    });
    return el('div', { class: 'field' }, el('label', { for: name }, label), control);
  }
  /** `check(value)`: what the widget would say against it, '' when it takes it. */
  const textField = (name, label, placeholder, check = () => '') => {
    const input = el('input', {
      type: 'text',
      id: name,
      name,
      spellcheck: 'false',
      autocomplete: 'off',
      'aria-describedby': `${name}-error`,
      oninput: () => set({ ...get(), [name]: input.value.trim() }),
    });
    const error = el('p', { class: 'error', id: `${name}-error`, hidden: true });
    refreshers.push((_defaults, site) => {
      if (document.activeElement !== input) input.value = get()[name];
      input.placeholder = placeholder(site) ?? '';
      const problem = check(get()[name]);
      input.setAttribute('aria-invalid', String(problem !== ''));
      error.hidden = problem === '';
      error.textContent = problem;
    });
    return el('div', { class: 'field' }, el('label', { for: name }, label), input, error);
  };
  const checkbox = (name, label) => {
    const input = el('input', {
      type: 'checkbox',
      id: name,
      onchange: () => set({ ...get(), [name]: input.checked }),
    });
    refreshers.push(() => {
      input.checked = get()[name];
    });
    return el('div', { class: 'check' }, input, el('label', { for: name }, label));
  };
  return { select, textField, checkbox };
}
