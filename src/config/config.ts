import type { StringOverrides } from '../i18n/merge-strings.js';
import type { UiLocale } from '../i18n/ui-locale.js';
import type { Instrument } from '../shared/instruments.js';
import type { ThemeToken } from './theme-tokens.js';

export const PLACEMENTS = ['bottom-right', 'bottom-left', 'sheet'] as const;

/** Where the prompt shows: a corner card, a bottom sheet, or in flow inside a page element. */
export type Placement = (typeof PLACEMENTS)[number] | { inline: string };

export const COLOR_SCHEMES = ['auto', 'light', 'dark'] as const;

export type ColorScheme = (typeof COLOR_SCHEMES)[number];

/** One palette: CSS values by token (`--feelback-<token>` on the widget's host). */
export type ThemeValues = Partial<Record<Exclude<ThemeToken, 'buttonStyle'>, string>> & {
  buttonStyle?: 'filled' | 'outline';
};

/** A site's theme: the light palette with the shape and type tokens, and the dark palette in `dark`. */
export type ThemeOverrides = ThemeValues & { dark?: ThemeValues };

/** Replacement texts per interface language: `{ de: { thanks: 'Danke!' } }`. */
export type StringsConfig = Partial<Record<UiLocale, StringOverrides>>;

/**
 * Help offered after a low answer: exactly one action (a link, a phone number, or the `recovery`
 * event your page handles, e.g. to open its chat), with an optional text for it and threshold.
 */
export type RecoveryConfig = ({ link: string } | { phone: string } | { event: true }) & {
  /** The action's text instead of "Get help", "Call us: {phone}" or "Chat with us": text, or locale → text. */
  label?: string | Record<string, string>;
  /** The highest rating that gets help (default: the scale's low answers, `LOW_RATING_MAX`). */
  threshold?: number;
};

/** What a site can set per journey step. */
export interface StepRules {
  /** Plain text, or a map of locale → text. */
  question?: string | Record<string, string>;
  /** The scale to ask on (default `feeling`: five faces). */
  instrument?: Instrument;
  /** Offer the emotion words after a rating (default true). */
  emotions?: boolean;
  /** Offer the comment box after a rating (default true). */
  comment?: boolean;
  /** Share of shoppers reaching the step who may be asked, 0–1 (default 1). */
  sample?: number;
  /** Wait this long after `step()` before showing, 0–600000 ms (default 0). */
  delayMs?: number;
  /** Do not ask this step again for this many days (default `etiquette.reaskAfterDays`). */
  reaskAfterDays?: number;
  /** Help after a low answer on this step (default: the site-wide `recovery`); false: none. */
  recovery?: RecoveryConfig | false;
  /** Ask for a contact address after a low answer on this step (default: the site-wide `contact`). */
  contact?: boolean;
}

/** A rule that asks a step by itself: one condition, optionally limited to some pages. */
export interface TriggerRule {
  step: string;
  on: {
    /** A path glob: `*` within a segment, `**` across them. */
    url?: string;
    /** A RegExp source, tried on the path, then on path + query + hash. */
    urlPattern?: string;
    /** A CSS selector: a click on a matching element or inside it. */
    click?: string;
    /** A DOM event of this name, dispatched anywhere. */
    event?: string;
    /** Milliseconds of visible time on the page. */
    timeOnPage?: number;
    /** Percent of the page scrolled. */
    scrollDepth?: number;
    /** The mouse leaves the window through its top edge. */
    exitIntent?: true;
  };
}

export const DELIVERY_DEFAULTS = {
  /** Most answers in one request. */
  batchSize: 250,
  /** A request that takes longer is aborted and retried. */
  timeoutMs: 10_000,
  /** First retry delay; it doubles per failed attempt, with jitter. */
  retryBaseMs: 2_000,
  /** Longest delay between retries the widget chooses (a server's Retry-After may ask for longer). */
  retryMaxMs: 300_000,
};

/** Polite by default; every number can be changed with the `etiquette` option. */
export const ETIQUETTE_DEFAULTS = {
  /** Prompts shown at most per page load (by `step`; `ask` is explicit and not counted). */
  promptsPerPage: 1,
  /** After a prompt was answered or dismissed, no other prompt for this many days. */
  cooldownDays: 14,
  /** The same step is not asked again for this many days (a step's `reaskAfterDays` overrides). */
  reaskAfterDays: 90,
  /** A prompt left alone this long shrinks to a slim bar the shopper can reopen. 0 keeps it whole. */
  minimizeAfterMs: 30_000,
  /**
   * For sites that want a prompt nobody touches to go away: it closes after this long and counts
   * as dismissed (reason `idle`). 0 (the default) never closes it.
   */
  idleCloseMs: 0,
  /** While the shopper types in a field of the page, wait for a pause this long before showing. */
  typingPauseMs: 2_000,
};

export type DeliveryOptions = typeof DELIVERY_DEFAULTS & {
  /** Extra request headers, e.g. an API key your endpoint expects. */
  headers: Record<string, string>;
};
export type EtiquetteOptions = typeof ETIQUETTE_DEFAULTS;

/**
 * What a site may send as `data.page`: `false` sends none; a function maps the path to what may
 * be sent (a route template such as `/account/orders/:id`), or to `false`/nothing to send none.
 */
export type PageOption = boolean | ((path: string) => string | false | null | undefined);

/** What a site passes to `init` / `createFeelback`. */
export interface FeelbackConfig {
  /** Where answers are POSTed: an http(s) URL, or a path on this site starting with "/". */
  endpoint: string;
  /** Your site's name, 1–100 characters; the CloudEvents `source` of every answer. */
  site: string;
  /** The shopper's BCP 47 locale (default: the page's `lang`, then the browser's). */
  locale?: string;
  /** The question of every feeling step, 1–200 characters. */
  question?: string;
  /** Replacement texts per interface language. */
  strings?: StringsConfig;
  /** Rules per journey step. */
  steps?: Record<string, StepRules>;
  /** How often the widget may ask. */
  etiquette?: Partial<EtiquetteOptions>;
  /** false until your consent banner allows storing the etiquette memory; then call consent(true). */
  consent?: boolean;
  /** Your privacy notice, linked beside the comment box: an http(s) URL or a path on this site. */
  privacyUrl?: string;
  /** What is sent as `data.page` (default: the page's path). */
  page?: PageOption;
  /** Also push the widget's events to `window.dataLayer` (Google Tag Manager and similar). */
  dataLayer?: boolean;
  /** Theme overrides by token; `dark` holds the dark scheme's palette. */
  theme?: ThemeOverrides;
  /** 'auto' (default): dark only when the page declares a dark look and the shopper's system prefers dark. */
  colorScheme?: ColorScheme;
  /** Where the prompt shows (default 'bottom-right'). */
  placement?: Placement;
  /** How answers are sent. */
  delivery?: Partial<DeliveryOptions>;
  /** Rules that ask steps by themselves. */
  triggers?: TriggerRule[];
  /** Log to the console why things happen. */
  debug?: boolean;
  /** Help offered after a low answer, on every step whose rules do not say otherwise. */
  recovery?: RecoveryConfig | false;
  /** After a low answer, offer "May we contact you about this?" with an email field (default false). */
  contact?: boolean;
  /** A face chosen and the card closed, left idle or its page left is sent as a partial answer (default true). */
  partial?: boolean;
}

/**
 * The config after checking, with every default filled in. Every field is the config's own (an
 * option the site did not set is present as `undefined`, never read through a prototype).
 * `theme`, `strings`, `steps`, `triggers` and `recovery` have the right shape; their values are checked one
 * by one where they are used (a page in plain JavaScript may put anything there), so one bad
 * value keeps its default and the widget stays on.
 */
export interface ResolvedConfig {
  endpoint: string;
  site: string;
  locale: string | undefined;
  question: string | undefined;
  strings: StringsConfig | undefined;
  steps: Record<string, StepRules>;
  etiquette: EtiquetteOptions;
  consent: boolean;
  privacyUrl: string | undefined;
  page: PageOption;
  dataLayer: boolean;
  theme: ThemeOverrides;
  colorScheme: ColorScheme | undefined;
  placement: Placement | undefined;
  delivery: DeliveryOptions;
  triggers: TriggerRule[] | undefined;
  debug: boolean;
  recovery: Record<string, unknown> | false | undefined;
  contact: boolean;
  partial: boolean;
}
