import { globalStyle, keyframes, style } from '@vanilla-extract/css';
import { vars } from '../styles/theme.css.js';
import { close, pick, quiet, send } from './prompt.css.js';

const NARROW = '(max-width: 30rem)';

/**
 * Full width along the bottom edge, rounded on top only; its controls clear of a phone's home
 * indicator (`viewport-fit=cover` pages: the safe area's inset, 0 elsewhere).
 */
const sheet = {
  insetInlineStart: 0,
  insetInlineEnd: 0,
  insetBlockEnd: 0,
  inlineSize: '100%',
  maxBlockSize: '75vh',
  borderRadius: `${vars.radius} ${vars.radius} 0 0`,
  paddingBlockEnd: `calc(${vars.space} + env(safe-area-inset-bottom, 0px))`,
};

/** 16 px from an edge of the screen, or the safe area's inset there (a notch, a status bar). */
const edge = (side: 'top' | 'right' | 'bottom' | 'left') => `max(16px, env(safe-area-inset-${side}))`;

/**
 * The card's `width`, kept within safe bounds: from 20em, where the five faces and the close
 * button still fit in one row (and 300 px, where they fit at 44 px with a small `fontSize`), to
 * 32em, a corner card and not a banner; never wider than the screen less its margins (there the
 * faces shrink, see prompt.css.ts).
 */
const WIDTH = `min(clamp(max(20em, 300px), ${vars.width}, 32em), calc(100vw - 32px))`;

const enter = keyframes({ from: { opacity: 0, transform: 'translateY(8px)' } }, 'enter');

/** What the card and the slim bar share: where they sit, and how they look. */
const surface = style(
  {
    position: 'fixed',
    insetBlockEnd: edge('bottom'),
    // Notches leave equal insets on both sides in landscape: right serves a right-to-left page too.
    insetInlineEnd: edge('right'),
    zIndex: vars.zIndex,
    background: vars.background,
    color: vars.text,
    border: `1px solid ${vars.border}`,
    borderRadius: vars.radius,
    boxShadow: vars.shadow,
    // The shopper's own default size (`medium`), not the page's root size: many shops set
    // html { font-size: 62.5% }. Everything inside is in em, so a larger default grows it all.
    font: `${vars.fontSize}/1.4 ${vars.fontFamily}`,
    fontWeight: vars.fontWeight,
    animation: `${enter} .2s ease-out`,
    '@media': {
      // WCAG 2.3.3 (C39): no movement for people who asked the system for less.
      '(prefers-reduced-motion: reduce)': { animation: 'none' },
    },
  },
  'surface',
);

/** A corner card on wide screens, a bottom sheet on narrow ones; never a modal. */
export const card = style(
  [
    surface,
    {
      inlineSize: WIDTH,
      maxBlockSize: 'calc(100vh - 32px)',
      overflowY: 'auto',
      padding: vars.space,
      '@media': { [NARROW]: sheet },
    },
  ],
  'card',
);

/**
 * The slim bar: the card shrunk to its question and the close button, at the same edge, small
 * enough that a focused control of the page is never entirely under it (and if one is, the bar
 * moves to the other edge: data-edge-top on the host).
 */
export const bar = style([surface, { maxInlineSize: WIDTH, padding: '2px' }], 'bar');
globalStyle(`:host([data-edge-top]) ${bar}`, { insetBlockEnd: 'auto', insetBlockStart: edge('top') });

/** The question as the bar's one big target; it ends in an ellipsis when it does not fit. */
export const reopen = style(
  {
    display: 'flex',
    alignItems: 'center',
    gap: '.5em',
    flex: 1,
    minInlineSize: 0,
    paddingInline: '.75em .25em',
    textAlign: 'start',
  },
  'reopen',
);
globalStyle(`${reopen} span`, { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' });
globalStyle(`${reopen} svg, ${bar} button svg`, { inlineSize: '1.25em', flex: 'none' });
globalStyle(`${bar} button`, { margin: 0 });

// `placement` arrives as data-placement on the host; bottom-right needs no rule.
globalStyle(`:host([data-placement=bottom-left]) ${surface}`, {
  insetInlineEnd: 'auto',
  insetInlineStart: edge('left'),
});
globalStyle(`:host([data-placement=bottom-left]) ${card}`, { '@media': { [NARROW]: sheet } });
globalStyle(`:host([data-placement=sheet]) ${card}`, sheet);
globalStyle(`:host([data-placement=inline]) ${card}`, {
  position: 'static',
  inlineSize: 'auto',
  maxBlockSize: 'none',
  borderRadius: vars.radius,
});

// Under a pointer (not on touch screens, where hover sticks): the quiet controls and the options
// not chosen take the `hover` colour; Send is underlined (an outline Send takes the colour too).
globalStyle(
  `${close}:hover, ${quiet}:hover, ${reopen}:hover, ${pick}:hover input:not(:checked)+*, :host([data-button=outline]) ${send}:hover`,
  { '@media': { '(hover: hover)': { background: vars.hover } } },
);
globalStyle(`${send}:hover`, { '@media': { '(hover: hover)': { textDecoration: 'underline' } } });
