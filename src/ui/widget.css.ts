import { globalStyle, keyframes, style } from '@vanilla-extract/css';
import { vars } from '../styles/theme.css.js';

const NARROW = '(max-width: 30rem)';

/** Full width along the bottom edge, rounded on top only. */
const sheet = {
  insetInlineStart: 0,
  insetInlineEnd: 0,
  insetBlockEnd: 0,
  inlineSize: '100%',
  maxBlockSize: '75vh',
  borderRadius: `${vars.radius} ${vars.radius} 0 0`,
};

const enter = keyframes({ from: { opacity: 0, transform: 'translateY(8px)' } }, 'enter');

/** A corner card on wide screens, a bottom sheet on narrow ones; never a modal. */
export const card = style(
  {
    position: 'fixed',
    insetBlockEnd: '16px',
    insetInlineEnd: '16px',
    zIndex: vars.zIndex,
    // em, not rem: rem is the page's root size, and many shops set html { font-size: 62.5% }.
    inlineSize: 'min(22.5em, calc(100vw - 32px))',
    maxBlockSize: 'calc(100vh - 32px)',
    overflowY: 'auto',
    padding: vars.space,
    background: vars.background,
    color: vars.text,
    border: `1px solid ${vars.border}`,
    borderRadius: vars.radius,
    boxShadow: vars.shadow,
    font: `${vars.fontSize}/1.4 ${vars.fontFamily}`,
    animation: `${enter} .2s ease-out`,
    '@media': {
      [NARROW]: sheet,
      // WCAG 2.3.3 (C39): no movement for people who asked the system for less.
      '(prefers-reduced-motion: reduce)': { animation: 'none' },
    },
  },
  'card',
);

// `placement` arrives as data-placement on the host; bottom-right needs no rule.
globalStyle(`:host([data-placement=bottom-left]) ${card}`, {
  insetInlineEnd: 'auto',
  insetInlineStart: '16px',
  '@media': { [NARROW]: sheet },
});
globalStyle(`:host([data-placement=sheet]) ${card}`, sheet);
globalStyle(`:host([data-placement=inline]) ${card}`, {
  position: 'static',
  inlineSize: 'auto',
  maxBlockSize: 'none',
  borderRadius: vars.radius,
});
