/*
 * The words for what the config checkers found wrong, for a command called wrongly
 * (config/problems.ts), and for debug output (config/debug-notes.ts): a file of its own
 * (dist/feelback-messages.*.js), fetched only when there is something to say, so a site whose
 * config is right never downloads them. Each warning names the option's path, what was
 * expected (the bounds and names come from the rule or list the check used), and what happens.
 */
// No checker is used here, only lists and types: when this file reached config/problems.ts,
// rolldown put shared/checks.ts in a chunk of its own (one more fetch before a prompt) as soon as
// the optional checks' file imported the checkers too. Lists a checker owns come with the problem.
// (checkTheme below is only passed on, from the widget's own file, where it already is.)
import { UI_LOCALES } from '../i18n/ui-locale.js';
import { INSTRUMENT_NAMES } from '../shared/instruments.js';
import { COLOR_SCHEMES, PLACEMENTS } from './config.js';
import type { DebugNote, Why } from './debug-notes.js';
import { didYouMean, nearKey } from './near-key.js';
import type { Kind, Problem, Rule } from './problems.js';
import { BUTTON_STYLES, THEME_TOKENS, THEME_VALUE_MAX, tokenProperty } from './theme-tokens.js';

// For tools that load only the built widget (the demo's theme studio): the theme check beside the
// words for what it finds, so such a tool judges a value exactly as the widget does, with no copy
// of the rules. This is the one file of config/ the build names (dist/feelback-files.json) and
// whose exports keep their names. It costs a shopper's page one export name in the widget's file.
export { checkTheme } from './check-theme.js';

/** `"a", "b" or "c"` */
const oneOf = (names: readonly string[]) =>
  names
    .map((name) => `"${name}"`)
    .join(', ')
    .replace(/, ([^,]*)$/, ' or $1');

/** What each kind of rule expects, given the bounds it was checked against. */
const EXPECTED: Record<Kind, (...bounds: number[]) => string> = {
  whole: (min, max) => `a whole number from ${min} to ${max}`,
  number: (min, max) => `a number from ${min} to ${max}`,
  text: (max) => `text of 1 to ${max} characters`,
  localized: (max) => `text of 1 to ${max} characters, or a map of locale to text`,
  flag: () => 'true or false',
  event: () => 'true',
  url: () => 'an http(s) URL or a path starting with "/"',
  https: () => 'an https URL, as the page is: the browser blocks its requests to http ones',
  object: () => 'object',
  headers: () => 'header names mapped to text (Latin-1, no line breaks)',
  steps: () => 'step names mapped to their rules, e.g. { checkout: { sample: 0.5 } }',
  page: () => 'false, or a function that maps the page path to what may be sent',
  strings: () => 'languages mapped to texts by name',
  theme: () => 'theme tokens mapped to CSS values',
  colorScheme: () => oneOf(COLOR_SCHEMES),
  placement: () => `${PLACEMENTS.map((name) => `"${name}"`).join(', ')} or { inline: "<CSS selector>" }`,
  triggers: () => 'a list of triggers',
  recovery: () => '{ link: url }, { phone: "+44 20 7946 0000" } or { event: true }',
  instrument: () => `one of ${INSTRUMENT_NAMES.join(', ')}`,
  phone: () => 'a phone number such as "+44 20 7946 0000"',
};

/** `expected …` for a rule, with the bounds it was checked against. */
const expected = ([, kind, ...bounds]: Rule) => `expected ${EXPECTED[kind](...bounds)}`;

/** ` (did you mean "x"?)` for a near known name, else the list of known ones. */
const nearOrList = (given: string, known: readonly string[]) =>
  didYouMean(given, known) || ` (one of ${known.join(', ')})`;

/** The sentence for one problem (an unknown option's is shared: see `explain`). */
function sentence(problem: Problem): string {
  const path = problem[1];
  switch (problem[0]) {
    case 'refused':
      return `${path}: ${expected(problem[2])}. The widget stays off.`;
    case 'missing': {
      const typo = nearKey(problem[3], problem[4]);
      const misspelt = typo ? ` (is "${typo}" a misspelling of it?)` : '';
      return `${path}: missing${misspelt}; ${expected(problem[2])}. The widget stays off.`;
    }
    case 'unknown':
      return `${path.slice('config.'.length)}${didYouMean(problem[2], problem[3])}`;
    case 'dark':
      return `${path}: expected an object of theme tokens; ignored.`;
    case 'token':
      return `${path}: not a theme token${didYouMean(problem[2], THEME_TOKENS)} (${THEME_TOKENS.join(', ')}); ignored.`;
    case 'cssText':
      return `${path}: expected a CSS value as text of 1 to ${THEME_VALUE_MAX} characters; the default is kept.`;
    case 'unsafe':
      return `${path}: "${problem[2]}" uses url(), var() or a function like them, which a theme may not; the default is kept.`;
    case 'css': {
      const [, , value, token, valid] = problem;
      const button = token === 'buttonStyle';
      // A CSS-wide keyword is valid CSS anywhere: say why it is refused, and suggest nothing.
      const wide = /^\s*(inherit|initial|unset|revert(-layer)?)\s*$/i.test(value);
      const fix = !button && !wide && [`#${value}`, `${value}px`].find(valid);
      const wanted = button
        ? oneOf(BUTTON_STYLES)
        : wide
          ? 'usable: a CSS-wide keyword would void the rules that use it'
          : token === 'radius' && /\S\s+\S/.test(value)
            ? 'one length: the widget halves radius for its buttons'
            : `a valid CSS ${tokenProperty(token)}`;
      return `${path}: "${value}" is not ${wanted}${fix ? ` (did you mean "${fix}"?)` : ''}; the default is kept.`;
    }
    case 'rule':
      return `${path}: unknown rule${nearOrList(problem[2], problem[3])}, ignored.`;
    case 'step':
      return `${path}: ${expected(problem[2])}; the default applies.`;
    case 'field':
      return `${path}: unknown field${nearOrList(problem[2], problem[3])}, ignored.`;
    case 'recovery':
      return `${path}: ${expected(problem[2])}; ignored.`;
    case 'action':
      // A step's unusable help leaves the site's in place (instance/optional-checks.ts).
      return `${path}: expected one action: { link: "/help" }, { phone: "+44 20 7946 0000" } or { event: true }; ${path.startsWith('config.steps.') ? "the site's help, if any, applies to this step" : 'no help is offered'}.`;
    case 'language':
      return `${path}: expected one of the widget's languages (${UI_LOCALES.join(', ')}) mapped to texts by name; ignored.`;
    case 'text':
      return `${path}: expected a text, a list of texts, or texts by name; the default is used.`;
    case 'early':
      return `${path} ignored: init has not succeeded.`;
    case 'stepName':
      return `${path}: expected a step name: 1 to 64 characters, no spaces.`;
    case 'context':
      return `${path}: expected a context such as { question: 'text of 1 to 200 characters' }.`;
    case 'closeStep':
      return `${path}: expected nothing, or a step name: 1 to 64 characters, no spaces.`;
    case 'consentType':
      return `${path}: expected true or false, got ${problem[2]}.`;
    case 'listener':
      return `${path}: expected a function, got ${problem[2]}.`;
    case 'command':
      return `unknown command ${path}; expected one of ${problem[2].join(', ')}.`;
    case 'slot':
      return `${path}: no element matches ${problem[2]}; shown in the corner.`;
    case 'threw':
      return `${path} threw (${problem[2]}); the answer is sent without its page.`;
    case 'unreadable':
      return `${path} could not be read (${problem[2]}); ${path === 'config' ? 'the widget stays off' : 'its default applies'}.`;
  }
}

/**
 * One warning per problem, in order, each naming the option's path and what to fix; the unknown
 * options share one, where the first was found, each with the option it may mean. A config that
 * switches the widget off gets one warning: the unknown options join it, less the one its
 * "missing" already calls a misspelling.
 */
export function explain(problems: readonly Problem[]): string[] {
  const lines: string[] = [];
  const unknown: string[] = [];
  let at = -1;
  let offAt = -1;
  const misspelt = problems.map((problem) => problem[0] === 'missing' && nearKey(problem[3], problem[4])).find(Boolean);
  for (const problem of problems) {
    if (problem[0] === 'missing' || problem[0] === 'refused') offAt = lines.length;
    if (problem[0] !== 'unknown') lines.push(sentence(problem));
    else if (problem[2] !== misspelt && unknown.push(sentence(problem)) === 1) at = lines.push('') - 1;
  }
  const list = unknown.join(', ');
  if (offAt >= 0 && list) lines[offAt] += ` Also not options: ${list}.`;
  if (at >= 0) lines[at] = `config: unknown option(s) ${list} ignored.`;
  return offAt >= 0 ? lines.filter((_, index) => index !== at) : lines;
}

/** Why a step did not prompt, with the number it quotes. */
const WHY: Record<Why[0], (count?: number) => string> = {
  optOut: () => 'the shopper chose "don’t ask me again"',
  perPage: (count) => `${count} prompt(s) already shown on this page`,
  cooldown: (days) => `a prompt was answered or dismissed less than ${days} days ago`,
  reask: (days) => `this step was asked less than ${days} days ago`,
  sample: (sample) => `not sampled (sample ${sample})`,
  open: () => 'one is already open',
  typing: () => 'the shopper kept typing',
  destroyed: () => 'the widget was destroyed',
  closed: () => 'the site closed it',
};

/** The sentence of one debug line. */
export function debugLine(note: DebugNote): string {
  switch (note[0]) {
    case 'texts':
      return `the ${note[1]} texts could not load (${note[2]}); showing English.`;
    case 'delivery':
      return `the delivery file could not load (${note[1]}).`;
    case 'etiquette':
      return `could not store the etiquette state (${note[1]}).`;
    case 'shown':
      return `${note[1]}: prompt shown.`;
    default:
      return `${note[1]}: no prompt — ${WHY[note[0]](note[2])}.`;
  }
}
