/**
 * The widget's own default themes, read from a widget rendered out of sight: what the studio
 * shows as defaults is exactly what the built CSS says, with no copy to drift.
 */
import { TOKENS } from './tokens.js';
import { importPrompt } from './widget-files.js';

const openPromptSession = await (await importPrompt()).promptFor('feeling');

const cssName = (token) => `--feelback-${token.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/**
 * `{ light, dark, page, colorScheme }`: each token → its default value in each scheme, the
 * preview page's backgrounds, and the widget host's computed `color-scheme` in each scheme (the
 * one its colours resolve in).
 */
export function readDefaults() {
  const box = document.createElement('div');
  box.hidden = true;
  document.body.append(box);
  const read = (colorScheme) => {
    const remove = openPromptSession({
      doc: document,
      lang: 'en',
      dir: 'ltr',
      theme: {},
      colorScheme,
      container: box,
      save: async () => undefined,
      onClose() {},
    });
    const host = box.querySelector('feelback-widget');
    const style = getComputedStyle(host);
    const values = Object.fromEntries(TOKENS.map((token) => [token, style.getPropertyValue(cssName(token)).trim()]));
    // A choice, not a variable: the host's data-button, filled unless set.
    values.buttonStyle = host.dataset.button ?? 'filled';
    const scheme = style.colorScheme;
    remove();
    return [values, scheme];
  };
  const [[light, lightScheme], [dark, darkScheme]] = [read('light'), read('dark')];
  const defaults = {
    light,
    dark,
    page: { light: '#fbfaf7', dark: '#121418' },
    colorScheme: { light: lightScheme, dark: darkScheme },
  };
  box.remove();
  return defaults;
}
