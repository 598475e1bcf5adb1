/**
 * The script tag's files under their content-hashed names, as the build lists them in
 * dist/feelback-files.json: the studio imports the prompt's file and the languages by themselves.
 */
const files = await (await fetch('/dist/feelback-files.json')).json();

/** The prompt's UI module (dist/feelback-prompt.<hash>.js). */
export const importPrompt = () => import(`/dist/${files.prompt}`);

/** The URL of one language file, `de` or `de-effort`. */
export const localeUrl = (file) => `/dist/${files.locales.replace('{file}', file)}`;

/** The words of the widget's warnings, with its theme check (dist/feelback-messages.<hash>.js). */
export const importMessages = () => import(`/dist/${files.messages}`);
