import { describe, expect, it } from 'vitest';
import { judgeWith } from '../../../demo/studio/verdict.js';
import { checkTheme } from '../../../src/config/check-theme.ts';
import * as messages from '../../../src/config/messages.ts';
import { CSS_WIDE } from '../support/css-wide.ts';

/** CSS.supports as Chromium answers it for the values here. */
const supports = (property: string, value: string) =>
  property === 'all'
    ? CSS_WIDE.test(value)
    : property === 'color'
      ? /^(#[\da-f]{6}|inherit)$/i.test(value)
      : property === 'padding-top'
        ? /^\d+px$/.test(value)
        : /^[\d\s/px]+$/.test(value);

describe('the studio’s verdict on a theme value', () => {
  const judge = judgeWith(messages, supports);

  it('is the widget’s own check, which the messages file passes on for tools like it', () => {
    expect(messages.checkTheme).toBe(checkTheme);
  });

  it('keeps what the widget keeps and refuses what it refuses', () => {
    expect(judge.isValid('brand', '#1F6F4A')).toBe(true);
    expect(judge.isValid('radius', '12px')).toBe(true);
    // Valid CSS, which the widget still refuses.
    expect(judge.isValid('brand', 'inherit')).toBe(false);
    expect(judge.isValid('radius', '16px 16px 0 0')).toBe(false);
    expect(judge.isValid('text', 'var(--x)')).toBe(false);
    expect(judge.isValid('fontFamily', 'x'.repeat(201))).toBe(false);
  });

  it('says what the widget’s warning says, for the palette the value is in', () => {
    expect(judge.messageFor('radius', '10px / 20px')).toBe(
      'config.theme.radius: "10px / 20px" is not one length: the widget halves radius for its buttons; the default is kept.',
    );
    expect(judge.messageFor('brand', '1F6F4A', 'dark')).toBe(
      'config.theme.dark.brand: "1F6F4A" is not a valid CSS color (did you mean "#1F6F4A"?); the default is kept.',
    );
    expect(judge.messageFor('brand', '#1F6F4A')).toBeUndefined();
  });

  it('offers the fix the warning names, and only one the widget keeps', () => {
    expect(judge.suggestion('brand', '1F6F4A')).toBe('#1F6F4A');
    expect(judge.suggestion('radius', '18')).toBe('18px');
    expect(judge.suggestion('brand', 'inherit')).toBeUndefined();
    expect(judge.suggestion('text', 'var(--x)')).toBeUndefined();
  });
});
