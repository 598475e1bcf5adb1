import { h, render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { en, type Strings } from '../../../src/i18n/en.ts';
import ar from '../../../src/i18n/locales/ar.ts';
import pl from '../../../src/i18n/locales/pl.ts';
import { COMMENT_MAX_LENGTH } from '../../../src/ui/FollowUp.ts';
import { createFollowUp } from '../../../src/ui/follow-up.ts';
import { PARTS } from '../../../src/ui/prompt-parts.ts';
import { initialUiState } from '../../../src/ui/state.ts';
import { Widget } from '../../../src/ui/Widget.tsx';

let container: HTMLElement | undefined;

afterEach(() => {
  if (container) render(null, container);
  container = undefined;
});

/** The widget after a rating, with a comment `left` characters short of the limit. */
function show(left: number, strings: Strings = en, lang = 'en') {
  container = document.body.appendChild(document.createElement('div'));
  const comment = 'x'.repeat(COMMENT_MAX_LENGTH - left);
  render(
    <Widget
      state={{ ...initialUiState, rating: 4, comment }}
      question="How was checkout?"
      strings={strings}
      lang={lang}
      instrument="feeling"
      emotions
      comment
      announcement=""
      followUp={createFollowUp(null, PARTS)}
      onRate={vi.fn()}
      onToggleEmotion={vi.fn()}
      onComment={vi.fn()}
      onSubmit={vi.fn()}
      onDismiss={vi.fn()}
      onDontAsk={vi.fn()}
      onReopen={vi.fn()}
    />,
    container,
  );
  const root = container;
  return {
    counter: () => root.querySelector('#fb-n')?.textContent,
    describedBy: () => root.querySelector('textarea')?.getAttribute('aria-describedby'),
  };
}

describe('the characters-left counter', () => {
  it('stays hidden while more than 50 characters are left', () => {
    const { counter, describedBy } = show(51);
    expect(counter()).toBeUndefined();
    expect(describedBy()).toBe('fb-h');
  });

  it('shows from 50 characters left, and describes the comment box', () => {
    const { counter, describedBy } = show(50);
    expect(counter()).toBe('50 characters left');
    expect(describedBy()).toBe('fb-h fb-n');
  });

  it('uses the singular for one character', () => {
    expect(show(1).counter()).toBe('1 character left');
  });

  it('uses the Polish few and many forms', () => {
    expect(show(2, pl, 'pl').counter()).toBe('Zostały 2 znaki');
    render(null, container as HTMLElement);
    expect(show(5, pl, 'pl').counter()).toBe('Zostało 5 znaków');
  });

  it('uses the Arabic dual, which needs no number', () => {
    expect(show(2, ar, 'ar').counter()).toBe('بقي حرفان');
  });
});
