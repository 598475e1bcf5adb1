import { h, render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EMOTIONS, en } from '../../../src/i18n/en.ts';
import { createFollowUp } from '../../../src/ui/follow-up.ts';
import { PARTS } from '../../../src/ui/prompt-parts.ts';
import { initialUiState, type UiState } from '../../../src/ui/state.ts';
import { Widget, type WidgetProps } from '../../../src/ui/Widget.tsx';

let container: HTMLElement | undefined;

/** The follow-up as the prompt draws it once its file is here (`followUp: undefined` before). */
const followUp = createFollowUp(null, PARTS);

afterEach(() => {
  if (container) render(null, container);
  container = undefined;
});

function show(state: Partial<UiState> = {}, props: Partial<WidgetProps> = {}) {
  container = document.body.appendChild(document.createElement('div'));
  const callbacks = {
    onRate: vi.fn(),
    onToggleEmotion: vi.fn(),
    onComment: vi.fn(),
    onSubmit: vi.fn(),
    onDismiss: vi.fn(),
    onDontAsk: vi.fn(),
    onReopen: vi.fn(),
  };
  render(
    <Widget
      state={{ ...initialUiState, ...state }}
      question="How was checkout?"
      strings={en}
      instrument="feeling"
      emotions
      comment
      announcement=""
      followUp={followUp}
      {...callbacks}
      {...props}
    />,
    container,
  );
  const root = container;
  const all = <E extends Element>(selector: string) => Array.from(root.querySelectorAll<E>(selector));
  const one = <E extends Element>(selector: string) => root.querySelector<E>(selector);
  return { ...callbacks, root, all, one };
}

describe('Widget, before a rating', () => {
  it('is a region labelled Feedback', () => {
    const { one } = show();
    expect(one('section')?.getAttribute('aria-label')).toBe('Feedback');
  });

  it('shows five radios named rating with the values 1 to 5', () => {
    const { all } = show();
    const radios = all<HTMLInputElement>('input[type="radio"]');
    expect(radios.map((radio) => [radio.name, radio.value])).toEqual([
      ['rating', '1'],
      ['rating', '2'],
      ['rating', '3'],
      ['rating', '4'],
      ['rating', '5'],
    ]);
  });

  it('names each face for screen readers', () => {
    const { all } = show();
    expect(all('input[name="rating"]').map((radio) => radio.getAttribute('aria-label'))).toEqual([
      'Very unhappy',
      'Unhappy',
      'Neither happy nor unhappy',
      'Happy',
      'Very happy',
    ]);
  });

  it('checks no face', () => {
    const { all } = show();
    expect(all<HTMLInputElement>('input[name="rating"]').some((radio) => radio.checked)).toBe(false);
  });

  it('shows the question as the legend that labels the form', () => {
    const { one } = show();
    const legend = one('legend');
    expect(legend?.textContent).toBe('How was checkout?');
    expect(one('form')?.getAttribute('aria-labelledby')).toBe(legend?.id);
  });

  it('renders markup in the question as text', () => {
    const { one } = show({}, { question: '<b>Bold</b><img src=x onerror=alert(1)>' });
    expect(one('legend')?.textContent).toBe('<b>Bold</b><img src=x onerror=alert(1)>');
    expect(one('legend b, legend img')).toBeNull();
  });

  it('has a Close button', () => {
    const { one } = show();
    const close = one('button[aria-label="Close"]');
    expect(close?.getAttribute('type')).toBe('button');
  });

  it('has no submit button, comment or emotion words', () => {
    const { one } = show();
    expect(one('button[type="submit"]')).toBeNull();
    expect(one('textarea')).toBeNull();
    expect(one('input[type="checkbox"]')).toBeNull();
  });
});

describe('Widget, with a rating', () => {
  it('checks the chosen face', () => {
    const { all } = show({ rating: 4 });
    expect(all<HTMLInputElement>('input[name="rating"]').map((radio) => radio.checked)).toEqual([
      false,
      false,
      false,
      true,
      false,
    ]);
  });

  it.each([
    [1, EMOTIONS.negative],
    [3, EMOTIONS.neutral],
    [5, EMOTIONS.positive],
  ])('offers the emotion words of rating %i as checkboxes', (rating, words) => {
    const { all } = show({ rating });
    const boxes = all<HTMLInputElement>('input[type="checkbox"]');
    expect(boxes.map((box) => [box.name, box.value])).toEqual(words.map((word) => ['emotions', word]));
  });

  it('labels the emotion words with their capitalised key', () => {
    const { all } = show({ rating: 4 });
    expect(all('input[type="checkbox"]').map((box) => box.closest('label')?.textContent)).toEqual([
      'Happy',
      'Relieved',
      'Reassured',
      'Delighted',
      'Surprised',
    ]);
  });

  it('checks the chosen emotion words', () => {
    const { all } = show({ rating: 4, emotions: ['relieved'] });
    expect(all<HTMLInputElement>('input:checked[type="checkbox"]').map((box) => box.value)).toEqual(['relieved']);
  });

  it('has a comment box named comment, limited to 1000 characters', () => {
    const { one } = show({ rating: 4, comment: 'So far so good' });
    const textarea = one<HTMLTextAreaElement>('textarea');
    expect(textarea?.name).toBe('comment');
    expect(textarea?.getAttribute('maxlength')).toBe('1000');
    expect(textarea?.value).toBe('So far so good');
  });

  it('labels the comment box with a label for it, and describes it with the hint', () => {
    const { one } = show({ rating: 4 });
    const textarea = one('textarea');
    const label = one(`label[for="${textarea?.id}"]`);
    expect(textarea?.id).toBeTruthy();
    expect(label?.textContent).toBe(en.commentLabel);
    expect(one(`#${textarea?.getAttribute('aria-describedby')}`)?.textContent).toBe(en.commentHint);
  });

  it('has a Send submit button', () => {
    const { one } = show({ rating: 4 });
    expect(one('button[type="submit"]')?.textContent).toBe('Send');
  });

  it('puts the words and the comment before Send in the reading order', () => {
    const { all } = show({ rating: 4 });
    expect(all('input[type="checkbox"], textarea, button[type="submit"]').map((field) => field.tagName)).toEqual([
      ...Array(5).fill('INPUT'),
      'TEXTAREA',
      'BUTTON',
    ]);
  });

  it('before the follow-up’s file is here, shows Send alone: a rating can be sent at once', () => {
    const { one, all } = show({ rating: 4 }, { followUp: undefined });
    expect(one('button[type="submit"]')?.textContent).toBe('Send');
    expect(one('textarea')).toBeNull();
    expect(all('input[type="checkbox"]')).toHaveLength(0);
  });
});

describe('Widget callbacks', () => {
  it('calls onRate with the number of the clicked face', () => {
    const { one, onRate } = show();
    one<HTMLInputElement>('input[name="rating"][value="2"]')?.click();
    expect(onRate.mock.calls).toEqual([[2]]);
  });

  it('does not submit when a face is chosen', () => {
    const { one, onSubmit } = show({ rating: 4 });
    one<HTMLInputElement>('input[name="rating"][value="5"]')?.click();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('calls onToggleEmotion with the clicked word', () => {
    const { one, onToggleEmotion } = show({ rating: 2 });
    one<HTMLInputElement>('input[value="confused"]')?.click();
    expect(onToggleEmotion.mock.calls).toEqual([['confused']]);
  });

  it('calls onComment with what is typed', () => {
    const { one, onComment } = show({ rating: 4 });
    const textarea = one<HTMLTextAreaElement>('textarea');
    if (!textarea) throw new Error('no textarea');
    textarea.value = 'Quick';
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
    expect(onComment.mock.calls).toEqual([['Quick']]);
  });

  it('calls onSubmit when Send is clicked, without submitting the form', () => {
    const { one, onSubmit } = show({ rating: 4 });
    const submitted: boolean[] = [];
    one('form')?.addEventListener('submit', (event) => submitted.push(event.defaultPrevented));
    one<HTMLButtonElement>('button[type="submit"]')?.click();
    expect(onSubmit).toHaveBeenCalledTimes(1);
    // A sandboxed iframe without allow-forms would block a submission, and fire no submit event.
    expect(submitted).toEqual([]);
  });

  it('a form submitted by other means (Enter before a face is chosen) never navigates', () => {
    const { one, onSubmit } = show();
    const event = new Event('submit', { bubbles: true, cancelable: true });
    one('form')?.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it("calls onDismiss('close') from the Close button", () => {
    const { one, onDismiss, onSubmit } = show({ rating: 4 });
    one<HTMLButtonElement>('button[aria-label="Close"]')?.click();
    expect(onDismiss.mock.calls).toEqual([['close']]);
    expect(onSubmit).not.toHaveBeenCalled();
  });
});

describe('Widget after sending', () => {
  it('shows the thanks text, focusable by script only', () => {
    const { one } = show({ view: 'thanks', rating: 4 });
    const thanks = one<HTMLElement>('[data-focus]');
    expect(thanks?.textContent).toBe(en.thanks);
    expect(thanks?.getAttribute('tabindex')).toBe('-1');
  });

  it('shows the saved-offline text', () => {
    const { one } = show({ view: 'saved-offline', rating: 4 });
    expect(one('[data-focus]')?.textContent).toBe(en.savedOffline);
  });

  it('no longer shows the form', () => {
    const { one } = show({ view: 'thanks', rating: 4 });
    expect(one('form')).toBeNull();
  });

  it("still calls onDismiss('close') from its Close button", () => {
    const { one, onDismiss } = show({ view: 'thanks', rating: 4 });
    one<HTMLButtonElement>('button[aria-label="Close"]')?.click();
    expect(onDismiss.mock.calls).toEqual([['close']]);
  });
});

describe('Widget status region', () => {
  it.each<Partial<UiState>>([{}, { view: 'thanks', rating: 3 }])('has role status (%o)', (state) => {
    const { all } = show(state);
    expect(all('[role="status"]')).toHaveLength(1);
  });

  it('shows the announcement', () => {
    const { one } = show({}, { announcement: 'A one-question survey is open' });
    expect(one('[role="status"]')?.textContent).toBe('A one-question survey is open');
  });
});
