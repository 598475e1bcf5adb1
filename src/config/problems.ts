/*
 * The config's checks and what they find wrong, as data. The checkers (check-*.ts) evaluate a
 * rule and name a problem; the words that explain it are in config/messages.ts, a file fetched
 * only when there is something to say. A rule's bounds are written once: the check uses them,
 * and the message quotes them from the same tuple.
 */
import { isFiniteNumber, isRecord, isText, isWhole } from '../shared/checks.js';
import { resolveUrl } from './resolve-url.js';
import type { ThemeToken } from './theme-tokens.js';

/** The kinds of value a rule expects; each has its sentence in config/messages.ts. */
export type Kind =
  | 'whole'
  | 'number'
  | 'text'
  | 'localized'
  | 'flag'
  | 'event'
  | 'url'
  | 'https'
  | 'object'
  | 'headers'
  | 'steps'
  | 'page'
  | 'strings'
  | 'theme'
  | 'colorScheme'
  | 'placement'
  | 'triggers'
  | 'recovery'
  | 'instrument'
  | 'phone';

/**
 * One option's check, what kind of value it expects and the bounds it checks (`whole`: min and
 * max; `text`: max). A truthy result passes (the recovery's checks keep it: the resolved URL,
 * the number as written); `base` is the page a path is resolved against.
 */
export type Rule = readonly [ok: (value: unknown, base?: string) => unknown, kind: Kind, ...bounds: number[]];

export const whole = (min: number, max: number): Rule => [(value) => isWhole(value, min, max), 'whole', min, max];
export const number = (min: number, max: number): Rule => [
  (value) => isFiniteNumber(value) && value >= min && value <= max,
  'number',
  min,
  max,
];
export const text = (max: number): Rule => [(value) => isText(value, max), 'text', max];
export const flag: Rule = [(value) => typeof value === 'boolean', 'flag'];
/** An http(s) URL, or a path on the page's own site (config/resolve-url.ts). */
export const url = (max?: number): Rule => [(value, base) => resolveUrl(value, base, max), 'url'];
/** An endpoint on an https page: https too (checked in check-config.ts, where the page is known). */
export const HTTPS: Rule = [() => 0, 'https'];

/** A text of 1 to `max` characters, or a map of locale to such texts (a step's `question`). */
export const isLocalized = (value: unknown, max: number) =>
  (isRecord(value) ? Object.values(value) : [value]).every((item) => isText(item, max));
export const localized = (max: number): Rule => [(value) => isLocalized(value, max), 'localized', max];

/**
 * Something wrong in the config: which sentence says it, the path of the option it is about,
 * and what else that sentence needs. `refused` and `missing` switch the widget off; the others
 * leave one value out and the widget on.
 */
export type Problem =
  | [say: 'refused', path: string, rule: Rule]
  | [say: 'missing', path: string, rule: Rule, name: string, unknown: string[]]
  /** An unknown option, and the options known where it was found. */
  | [say: 'unknown', path: string, key: string, known: string[]]
  | [say: 'dark' | 'cssText' | 'action' | 'language' | 'text', path: string]
  | [say: 'token', path: string, key: string]
  /** An unknown rule of a step or field of a `recovery`, and the known ones (their lists live with their checkers). */
  | [say: 'rule' | 'field', path: string, key: string, known: string[]]
  | [say: 'unsafe', path: string, value: string]
  /** A theme value the browser refuses; `valid` asks it again, to suggest a fix. */
  | [say: 'css', path: string, value: string, token: ThemeToken, valid: (value: string) => boolean]
  | [say: 'step' | 'recovery', path: string, rule: Rule]
  /** A command called wrongly, and ignored: `path` is the call as written (`step("x y")`, `consent`). */
  | [say: 'early' | 'stepName' | 'context' | 'closeStep', path: string]
  /** A `consent` or `on`/`off` call given another type (`got`). */
  | [say: 'consentType' | 'listener', path: string, got: string]
  /** An unknown command, and the known ones. */
  | [say: 'command', path: string, known: string[]]
  /** Found while running: no element matches the inline slot's `selector` when a prompt shows. */
  | [say: 'slot', path: string, selector: string]
  /** Found while running: the site's `config.page` function threw for an answer; or an option threw as it was read. */
  | [say: 'threw' | 'unreadable', path: string, error: unknown];

/** How a checker reports a problem (see config/warn-problems.ts). */
export type Note = (problem: Problem) => void;
