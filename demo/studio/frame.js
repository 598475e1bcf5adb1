/**
 * One preview inside the studio: renders the prompt in a given state with the studio's look, in
 * preview mode (openPromptSession with `initial`; nothing is stored or sent). The studio sends a
 * new query string by postMessage whenever the look changes.
 */
import { loadLocale, readState, SLOT_SELECTOR, VIEWS } from './state.js';
import { importPrompt, localeUrl } from './widget-files.js';

const { openPromptSession, unpackLocale } = await importPrompt();

let remove;
let latest = 0;

async function show(search) {
  const params = new URLSearchParams(search);
  const state = readState(params);
  const view = VIEWS[params.get('view')] ?? VIEWS.prompt;
  const call = ++latest;
  const { strings, lang, dir } = await loadLocale(state.locale, view.instrument, unpackLocale, localeUrl);
  if (call !== latest) return; // a newer look arrived meanwhile
  remove?.();
  document.documentElement.dir = dir;
  // The preview page declares the look the designer picked, as a shop's page would.
  document.documentElement.style.colorScheme = state.pageLook;
  const inline = state.placement === 'inline';
  remove = openPromptSession({
    doc: document,
    strings,
    lang,
    dir,
    theme: state.theme,
    colorScheme: state.colorScheme,
    placement: state.placement,
    container: inline ? (document.querySelector(SLOT_SELECTOR) ?? undefined) : undefined,
    instrument: view.instrument,
    initial: view.initial,
    save: async () => 'thanks',
    onClose: () => {
      remove = undefined;
    },
  });
  document.body.dataset.ready = String(call);
}

addEventListener('message', (event) => {
  if (event.origin === location.origin && typeof event.data?.search === 'string') show(event.data.search);
});
show(location.search);
