/** What a site takes away: the snippet ready to paste, the JSON config and the npm variant. */
import { el } from './dom.js';
import { configFor, npmFor, snippetFor, snippetIntro } from './snippet.js';

export function buildOutput(container) {
  const status = el('p', { role: 'status', class: 'copied' });
  const block = (id, title, intro) => {
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
      `Copy the ${title.toLowerCase()}`,
    );
    const introduction = el('p', { id: `${id}-intro` }, intro);
    container.append(el('h3', {}, title), introduction, el('pre', { tabindex: '0', 'aria-label': title }, code), copy);
    return [code, introduction];
  };
  const [snippet, snippetIntroduction] = block('snippet', 'Snippet', '');
  const [json] = block('config-json', 'JSON config', 'The same config, for the init call your pages already make.');
  const [npm] = block('config-npm', 'npm', 'For an app that installs the package.');
  container.append(status);

  /** `site`: the site fields' defaults; `keep(token, value)`: whether the widget keeps a value. */
  return function update(state, site, keep) {
    snippetIntroduction.textContent = snippetIntro(state);
    snippet.textContent = snippetFor(state, site, keep);
    json.textContent = JSON.stringify(configFor(state, site, keep), null, 2);
    npm.textContent = npmFor(state, site, keep);
  };
}
