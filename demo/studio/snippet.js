/** What the studio exports: the config, the snippet a site pastes, and the npm variant. */
import { siteProblem } from './site.js';
import { SLOT_SELECTOR, themeFor } from './state.js';

/** The `placement` config value for the studio's choice. */
export const placementConfig = (placement) => (placement === 'inline' ? { inline: SLOT_SELECTOR } : placement);

/**
 * A site field's value as exported: '' (its default, or none) when the widget would refuse it,
 * which would switch the whole widget off; the field's message says why. No page to resolve a
 * path against: the snippet goes on the site's pages, so a path only has to stay on one site.
 */
const siteValue = (state, name) => (siteProblem(name, state[name], undefined) ? '' : state[name]);

/**
 * The feelback config for the current look. `site` holds the defaults of the site fields the
 * designer left empty or filled with a value the widget refuses. The previewed language is left
 * out unless the designer pins it: it would force that language on every shopper.
 */
export function configFor(state, site, keep) {
  const config = {
    endpoint: siteValue(state, 'endpoint') || site.endpoint,
    site: siteValue(state, 'site') || site.site,
  };
  const privacyUrl = siteValue(state, 'privacyUrl');
  if (privacyUrl) config.privacyUrl = privacyUrl;
  const theme = themeFor(state, keep);
  if (Object.keys(theme).length) config.theme = theme;
  if (state.colorScheme !== 'auto') config.colorScheme = state.colorScheme;
  if (state.placement !== 'bottom-right') config.placement = placementConfig(state.placement);
  if (state.pinLocale) config.locale = state.locale;
  return config;
}

const indent = (json, spaces) => json.replace(/\n/g, `\n${' '.repeat(spaces)}`);
/** JSON safe inside an inline script: `</script>` cannot end it. */
const scriptJson = (value) => JSON.stringify(value, null, 2).replace(/</g, '\\u003c');
const attribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The element an inline prompt shows in, which the page needs: the config only names it. */
const SLOT_ELEMENT = `<div id="${SLOT_SELECTOR.slice(1)}"></div>`;

/**
 * The snippet a site pastes before </body>: for an inline prompt the slot it shows in, then the
 * stub, `init`, the step (or ask) and the script.
 */
export function snippetFor(state, site, keep) {
  const json = indent(scriptJson(configFor(state, site, keep)), 2);
  const slot =
    state.placement === 'inline'
      ? `<!-- The prompt shows in this element: move it to where the prompt belongs on the page. -->
${SLOT_ELEMENT}
`
      : '';
  return `${slot}<script>
  window.feelback = typeof feelback === 'function' ? feelback : function () { (feelback.q = feelback.q || []).push(arguments) };
  feelback('init', ${json});
  feelback('${state.call}', '${state.step}');
</script>
<script async src="${attribute(state.scriptUrl || site.scriptUrl)}"></script>`;
}

/** The same for an app that installs the package. */
export function npmFor(state, site, keep) {
  const json = indent(JSON.stringify(configFor(state, site, keep), null, 2), 0);
  const slot =
    state.placement === 'inline'
      ? `// The prompt shows in ${SLOT_ELEMENT}: put one where it belongs on the page.\n`
      : '';
  return `import { createFeelback } from 'feelback';

${slot}const feelback = createFeelback(${json});
feelback.${state.call}('${state.step}');`;
}

/** What the snippet needs besides itself, said above it. */
export const snippetIntro = (state) =>
  state.placement === 'inline'
    ? `Paste it before </body> of the page of that step, then move its first element, ${SLOT_ELEMENT}, to where the prompt should show: the inline prompt shows in it. Fill in the fields under “On the site” first.`
    : 'Paste it before </body> of the page of that step: it needs nothing else. Fill in the fields under “On the site” first.';
