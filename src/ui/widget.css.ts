import { style } from '@vanilla-extract/css';
import { vars } from '../styles/theme.css.js';

/** A corner card on wide screens, a bottom sheet on narrow ones; never a modal. */
export const card = style(
  {
    position: 'fixed',
    insetBlockEnd: '16px',
    insetInlineEnd: '16px',
    zIndex: vars.zIndex,
    inlineSize: 'min(22.5rem, calc(100vw - 32px))',
    maxBlockSize: 'calc(100vh - 32px)',
    overflowY: 'auto',
    padding: vars.space,
    background: vars.background,
    color: vars.text,
    border: `1px solid ${vars.border}`,
    borderRadius: vars.radius,
    boxShadow: vars.shadow,
    font: `${vars.fontSize}/1.4 ${vars.fontFamily}`,
    '@media': {
      '(max-width: 30rem)': {
        insetInlineEnd: 0,
        insetBlockEnd: 0,
        inlineSize: '100%',
        maxBlockSize: '75vh',
        borderRadius: `${vars.radius} ${vars.radius} 0 0`,
      },
    },
  },
  'card',
);
