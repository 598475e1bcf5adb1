/**
 * The widget's own default themes, read from a widget rendered out of sight: what the studio
 * shows as defaults is exactly what the built CSS says, with no copy to drift.
 */
import { TOKENS } from './state.js';
import { importPrompt } from './widget-files.js';

const { openPromptSession } = await importPrompt();

const cssName = (token) => `--feelback-${token.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** `{ light, dark }`, each token → its default value. */
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
    const style = getComputedStyle(box.querySelector('feelback-widget'));
    const values = Object.fromEntries(TOKENS.map((token) => [token, style.getPropertyValue(cssName(token)).trim()]));
    remove();
    return values;
  };
  const defaults = { light: read('light'), dark: read('dark') };
  box.remove();
  return defaults;
}

/** The CSS property each token's value must be valid for (as the widget checks it). */
export const PROPERTY = {
  radius: 'border-radius',
  fontFamily: 'font-family',
  fontSize: 'font-size',
  space: 'padding',
  shadow: 'box-shadow',
  zIndex: 'z-index',
};
