/** The copy-paste snippet and the JSON config for the current look. */
import { el } from './dom.js';
import { configFor, snippetFor } from './state.js';

export function buildOutput(container) {
  const status = el('p', { role: 'status', class: 'copied' });
  const block = (id, title, name) => {
    const code = el('code', { id });
    const copy = el(
      'button',
      {
        type: 'button',
        class: 'secondary',
        onclick: async () => {
          try {
            await navigator.clipboard.writeText(code.textContent);
            status.textContent = `${title} copied.`;
          } catch {
            getSelection()?.selectAllChildren(code);
            status.textContent = `${title} selected: press Ctrl+C (⌘C) to copy.`;
          }
        },
      },
      `Copy the ${name}`,
    );
    container.append(el('h3', {}, title), el('pre', { tabindex: '0', 'aria-label': title }, code), copy);
    return code;
  };
  const snippet = block('snippet', 'Snippet', 'snippet');
  const json = block('config-json', 'JSON config', 'JSON config');
  container.append(status);

  return function update(state) {
    snippet.textContent = snippetFor(state);
    json.textContent = JSON.stringify(configFor(state), null, 2);
  };
}
