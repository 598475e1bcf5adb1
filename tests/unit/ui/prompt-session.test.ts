import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '../../../src/i18n/en.ts';
import { enScales } from '../../../src/i18n/en-scales.ts';
import { HOST_TAG } from '../../../src/ui/mount.ts';
import { openPromptSession, type PromptSessionOptions, THANKS_MS } from '../../../src/ui/prompt-session.ts';
import * as scale from '../../../src/ui/scale.ts';
import { type Deferred, deferred, settle } from '../support/fixtures.ts';
import {
  chooseFace,
  followUp,
  get,
  pressEscape,
  send,
  shadow,
  toggleWord,
  typeComment,
} from '../support/widget-dom.ts';

let removeSession: (() => void) | undefined;

afterEach(() => {
  removeSession?.();
  removeSession = undefined;
});

/** Draws at once: the task between host and card is tested on its own. */
const now = (draw: () => void) => draw();

function open(overrides: Partial<PromptSessionOptions> = {}) {
  const save = vi.fn<PromptSessionOptions['save']>(overrides.save ?? (async () => 'thanks'));
  const onClose = vi.fn<PromptSessionOptions['onClose']>();
  removeSession = openPromptSession(
    {
      doc: document,
      question: 'How was checkout?',
      strings: en,
      lang: 'en',
      dir: 'ltr',
      theme: { brand: '#123456' },
      // A scale other than feeling's comes with its file, as the prompt's `promptFor` gives it.
      ...(overrides.instrument && overrides.instrument !== 'feeling' && { scale }),
      ...overrides,
      save,
      onClose,
    },
    now,
  );
  return { save, onClose, remove: removeSession };
}

async function answer(rating = 4) {
  chooseFace(rating);
  send();
  await settle();
}

describe('openPromptSession', () => {
  describe('drawn a task after its host (the default)', () => {
    const later = () => new Promise((resolve) => setTimeout(resolve));
    const openLater = () => {
      const onDrawn = vi.fn();
      const onClose = vi.fn();
      const options = { doc: document, strings: en, lang: 'en', dir: 'ltr' as const, theme: {} };
      removeSession = openPromptSession({ ...options, save: async () => 'thanks', onClose, onDrawn });
      return { onDrawn, onClose };
    };

    it('puts its host on the page at once and its card in the next task, then says so', async () => {
      const { onDrawn } = openLater();
      expect(document.querySelector(HOST_TAG)).not.toBeNull();
      expect(shadow().querySelector('legend')).toBeNull();
      expect(onDrawn).not.toHaveBeenCalled();
      await later();
      expect(get('legend').textContent).toBe(en.question);
      expect(onDrawn).toHaveBeenCalledTimes(1);
    });

    it('runs the UI once on a scrap in a task of its own, right before the card’s, and leaves nothing of it', () => {
      const tasks: Array<() => void> = [];
      const options = { doc: document, strings: en, lang: 'en', dir: 'ltr' as const, theme: {} };
      removeSession = openPromptSession({ ...options, save: async () => 'thanks', onClose() {} }, (task) =>
        tasks.push(task),
      );
      const page = () => Array.from(document.body.children, (element) => element.tagName.toLowerCase());
      expect(tasks).toHaveLength(2);
      tasks[0]?.();
      expect(page()).toEqual([HOST_TAG]);
      expect(shadow().querySelector('legend')).toBeNull();
      tasks[1]?.();
      expect(get('legend').textContent).toBe(en.question);
    });

    it('an Escape on the page before the card is drawn dismisses nothing', async () => {
      const { onClose } = openLater();
      pressEscape();
      await later();
      expect(onClose).not.toHaveBeenCalled();
      expect(get('legend').textContent).toBe(en.question);
      pressEscape();
      expect(onClose).toHaveBeenCalledWith('escape', false);
    });

    it('a card that throws as it is drawn: the widget is gone and the failure told, nothing thrown into the page', async () => {
      const onFailed = vi.fn();
      const onDrawn = vi.fn();
      // A broken text list: the faces cannot be drawn from it.
      const strings = { ...en, ratings: null as unknown as string[] };
      const options = { doc: document, strings, lang: 'en', dir: 'ltr' as const, theme: {} };
      removeSession = openPromptSession({ ...options, save: async () => 'thanks', onClose() {}, onFailed, onDrawn });
      // In the next task, where a throw would reach the page (and fail this run) as an uncaught error.
      await later();
      expect(onFailed).toHaveBeenCalledWith(expect.any(TypeError));
      expect(onDrawn).not.toHaveBeenCalled();
      expect(document.querySelector(HOST_TAG)).toBeNull();
    });

    it('a scale whose file cannot draw (its styles throw): the widget is gone and the failure told', async () => {
      const onFailed = vi.fn();
      const failure = new DOMException('no constructed style sheets here', 'NotSupportedError');
      const broken = {
        english: enScales,
        createScale() {
          throw failure;
        },
      };
      const options = { doc: document, strings: en, lang: 'en', dir: 'ltr' as const, theme: {} };
      removeSession = openPromptSession({
        ...options,
        instrument: 'effort',
        scale: broken,
        save: async () => 'thanks',
        onClose() {},
        onFailed,
      });
      await later();
      expect(onFailed).toHaveBeenCalledWith(failure);
      expect(document.querySelector(HOST_TAG)).toBeNull();
    });

    it('a throw after the card is drawn (in onDrawn) leaves the card, and is no failure to draw', async () => {
      const onFailed = vi.fn();
      const thrown: unknown[] = [];
      // The scheduler's task is where it goes: to its caller, as an uncaught error would.
      const catching = (draw: () => void) =>
        setTimeout(() => {
          try {
            draw();
          } catch (error) {
            thrown.push(error);
          }
        });
      const options = { doc: document, strings: en, lang: 'en', dir: 'ltr' as const, theme: {} };
      const onDrawn = () => {
        throw new Error('after the draw');
      };
      removeSession = openPromptSession(
        { ...options, save: async () => 'thanks', onClose() {}, onFailed, onDrawn },
        catching,
      );
      await later();
      expect(get('legend').textContent).toBe(en.question);
      expect(onFailed).not.toHaveBeenCalled();
      expect(thrown).toEqual([expect.objectContaining({ message: 'after the draw' })]);
    });

    it('removed before its card is drawn: nothing is drawn, and it says nothing', async () => {
      const { onDrawn, onClose } = openLater();
      removeSession?.();
      await later();
      expect(document.querySelector(HOST_TAG)).toBeNull();
      expect(onDrawn).not.toHaveBeenCalled();
      expect(onClose).not.toHaveBeenCalled();
    });
  });

  it('shows the prompt with the question in a widget on the page', () => {
    open();
    expect(get('legend').textContent).toBe('How was checkout?');
    expect(document.querySelector<HTMLElement>(HOST_TAG)?.style.getPropertyValue('--feelback-brand')).toBe('#123456');
  });

  it('without a question, each instrument asks its own default question', () => {
    const asked = (instrument: 'feeling' | 'effort' | 'satisfaction') => {
      const { remove } = open({ question: undefined, instrument });
      const legend = get('legend').textContent;
      remove();
      return legend;
    };
    expect(asked('feeling')).toBe(en.question);
    expect(asked('effort')).toBe(enScales.effortQuestion);
    expect(asked('satisfaction')).toBe(enScales.satisfactionQuestion);
  });

  it('saves the answer made through the form', async () => {
    const { save } = open();
    chooseFace(4);
    await toggleWord('relieved');
    await typeComment('Quick and clear.');
    send();
    await settle();
    expect(save.mock.calls).toEqual([[{ rating: 4, emotions: ['relieved'], comment: 'Quick and clear.' }]]);
  });

  it('drops words that no longer fit when the face changes', async () => {
    const { save } = open();
    chooseFace(4);
    await toggleWord('relieved');
    chooseFace(1);
    await toggleWord('confused');
    send();
    await settle();
    expect(save.mock.calls[0]?.[0].emotions).toEqual(['confused']);
  });

  it('shows the thanks once saved, and not before', async () => {
    const saving: Deferred<'thanks'> = deferred();
    open({ save: () => saving.promise });
    await answer();
    // The answer is still being stored: the form stays, and nothing says thanks.
    expect(shadow().querySelector('form')).not.toBeNull();
    expect(shadow().textContent).not.toContain(en.thanks);
    saving.resolve('thanks');
    await settle();
    expect(get('[data-focus]').textContent).toBe(en.thanks);
    expect(shadow().querySelector('form')).toBeNull();
  });

  it('shows the saved-offline message when save says so', async () => {
    open({ save: async () => 'saved-offline' });
    await answer();
    expect(get('[data-focus]').textContent).toBe(en.savedOffline);
  });

  it('announces the thanks in the status region', async () => {
    open();
    await answer();
    expect(get('[role="status"]').textContent).toBe(en.thanks);
  });

  it('announces the prompt shortly after it appears', async () => {
    vi.useFakeTimers();
    open();
    expect(get('[role="status"]').textContent).toBe('');
    await vi.advanceTimersByTimeAsync(100);
    expect(get('[role="status"]').textContent).toBe('Survey at the bottom of the page: How was checkout?');
  });

  it('announces a question with $& and $1 in it exactly as written', async () => {
    vi.useFakeTimers();
    open({ question: 'Worth $& or $1?' });
    await vi.advanceTimersByTimeAsync(100);
    expect(get('[role="status"]').textContent).toBe('Survey at the bottom of the page: Worth $& or $1?');
  });

  it.each([
    ['https://shop.example/privacy', true],
    ['javascript:alert(1)', false],
    ['JAVASCRIPT:alert(1)', false],
    ['data:text/html,hi', false],
  ])('links the privacy notice %s only if it is a web page (%s)', async (privacyUrl, linked) => {
    open({ privacyUrl });
    chooseFace(4);
    await followUp('textarea');
    expect(shadow().querySelector('a')?.getAttribute('href') ?? null).toBe(linked ? privacyUrl : null);
  });

  it('saves once when sent twice while saving', async () => {
    const saving: Deferred<'thanks'> = deferred();
    const { save } = open({ save: () => saving.promise });
    chooseFace(4);
    send();
    send();
    await settle();
    expect(save).toHaveBeenCalledTimes(1);
    saving.resolve('thanks');
    await settle();
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('reports the prompt as answered when it is closed while the answer is being saved', async () => {
    const saving: Deferred<'thanks'> = deferred();
    const { onClose } = open({ save: () => saving.promise });
    chooseFace(4);
    send();
    pressEscape();
    saving.resolve('thanks');
    await settle();
    expect(onClose.mock.calls).toEqual([['escape', true]]);
  });

  it('stays on the prompt, ready to send again, when save could not keep the answer', async () => {
    const { save } = open({ save: async () => undefined });
    await answer();
    expect(shadow().querySelector('form')).not.toBeNull();
    send();
    await settle();
    expect(save).toHaveBeenCalledTimes(2);
  });

  it("closes with ('escape', false) on Escape before an answer", () => {
    const { onClose } = open();
    pressEscape();
    expect(onClose.mock.calls).toEqual([['escape', false]]);
    expect(document.querySelector(HOST_TAG)).toBeNull();
  });

  it('closes on Escape pressed inside the widget', () => {
    const { onClose } = open();
    pressEscape(get('input[name="rating"]'));
    expect(onClose.mock.calls).toEqual([['escape', false]]);
  });

  it('leaves Escape in the comment box while it holds the shopper’s words: closing would throw them away', async () => {
    const { onClose } = open();
    chooseFace(2);
    await typeComment('The postcode field kept clearing itself.');
    const box = get<HTMLTextAreaElement>('textarea');
    pressEscape(box);
    expect(onClose).not.toHaveBeenCalled();
    expect(box.value).toBe('The postcode field kept clearing itself.');
    await typeComment('');
    pressEscape(get('textarea'));
    expect(onClose.mock.calls).toEqual([['escape', false]]);
  });

  it('leaves Escape in a text field of the page to the page (it clears a search box); from a button it is ours', () => {
    const { onClose } = open();
    const field = document.body.appendChild(document.createElement('input'));
    pressEscape(field);
    const editable = document.body.appendChild(document.createElement('div'));
    editable.contentEditable = 'true';
    pressEscape(editable);
    expect(onClose).not.toHaveBeenCalled();
    pressEscape(document.body.appendChild(document.createElement('button')));
    expect(onClose.mock.calls).toEqual([['escape', false]]);
  });

  it('leaves Escape to the page’s dialog or popover, which close on it without preventDefault()', () => {
    const { onClose } = open();
    const dialog = document.body.appendChild(document.createElement('dialog'));
    pressEscape(dialog);
    pressEscape(dialog.appendChild(document.createElement('button')));
    const popover = document.body.appendChild(document.createElement('div'));
    popover.setAttribute('popover', '');
    pressEscape(popover.appendChild(document.createElement('button')));
    expect(onClose).not.toHaveBeenCalled();
    // With focus on <html> (a page that focuses it), nothing of the page's is focused: ours.
    pressEscape(document.documentElement);
    expect(onClose.mock.calls).toEqual([['escape', false]]);
  });

  it('leaves Escape on the page to the page when the prompt sits in the page (inline)', () => {
    const slot = document.body.appendChild(document.createElement('div'));
    const { onClose } = open({ placement: 'inline', container: slot });
    pressEscape(document.body);
    expect(onClose).not.toHaveBeenCalled();
    pressEscape(get('input[name="rating"]'));
    expect(onClose.mock.calls).toEqual([['escape', false]]);
  });

  it('leaves Escape alone while an input method is composing: it cancels the composition, not the prompt', () => {
    const { onClose } = open();
    get('input[name="rating"]').dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', isComposing: true, bubbles: true, composed: true }),
    );
    expect(onClose).not.toHaveBeenCalled();
  });

  it('leaves Escape to the page when the page handled it', () => {
    const { onClose } = open();
    const field = document.body.appendChild(document.createElement('input'));
    field.addEventListener('keydown', (event) => event.preventDefault());
    pressEscape(field);
    expect(onClose).not.toHaveBeenCalled();
    expect(document.querySelector(HOST_TAG)).not.toBeNull();
  });

  it("closes with ('escape', true) on Escape after an answer", async () => {
    const { onClose } = open();
    await answer();
    pressEscape();
    expect(onClose.mock.calls).toEqual([['escape', true]]);
  });

  it("closes with ('close', false) from the Close button", () => {
    const { onClose } = open();
    get<HTMLButtonElement>('button[aria-label="Close"]').click();
    expect(onClose.mock.calls).toEqual([['close', false]]);
    expect(document.querySelector(HOST_TAG)).toBeNull();
  });

  it("closes with ('close', true) from the Close button after an answer", async () => {
    const { onClose } = open();
    await answer();
    get<HTMLButtonElement>('button[aria-label="Close"]').click();
    expect(onClose.mock.calls).toEqual([['close', true]]);
  });

  it('ignores keys other than Escape', () => {
    const { onClose } = open();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    expect(onClose).not.toHaveBeenCalled();
  });

  it('closes once, however many times it is asked', () => {
    const { onClose } = open();
    pressEscape();
    pressEscape();
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('the returned function removes the widget without calling onClose', () => {
    const { onClose, remove } = open();
    remove();
    expect(document.querySelector(HOST_TAG)).toBeNull();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('the returned function stops listening for Escape', () => {
    const { onClose, remove } = open();
    remove();
    pressEscape();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('the returned function cancels its timers', () => {
    vi.useFakeTimers();
    const { remove } = open();
    remove();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('closes the thanks by itself after THANKS_MS', async () => {
    vi.useFakeTimers();
    const { onClose } = open();
    await answer();
    await vi.advanceTimersByTimeAsync(THANKS_MS - 1);
    expect(document.querySelector(HOST_TAG)).not.toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    expect(document.querySelector(HOST_TAG)).toBeNull();
    expect(onClose.mock.calls).toEqual([['close', true]]);
    expect(THANKS_MS).toBe(6_000);
  });

  it('keeps the thanks while focus is inside it', async () => {
    vi.useFakeTimers();
    const { onClose } = open();
    await answer();
    get<HTMLElement>('[data-focus]').focus();
    await vi.advanceTimersByTimeAsync(THANKS_MS * 2);
    expect(document.querySelector(HOST_TAG)).not.toBeNull();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('closes the thanks by itself once focus has left it', async () => {
    vi.useFakeTimers();
    const { onClose } = open();
    await answer();
    get<HTMLElement>('[data-focus]').focus();
    await vi.advanceTimersByTimeAsync(THANKS_MS * 2);
    get<HTMLElement>('[data-focus]').blur();
    await vi.advanceTimersByTimeAsync(THANKS_MS);
    expect(document.querySelector(HOST_TAG)).toBeNull();
    expect(onClose.mock.calls).toEqual([['close', true]]);
  });

  it('keeps the thanks while the pointer rests on it, and closes it THANKS_MS after the pointer left', async () => {
    vi.useFakeTimers();
    const { onClose } = open();
    await answer();
    const host = document.querySelector(HOST_TAG) as HTMLElement;
    host.dispatchEvent(new PointerEvent('pointerenter'));
    await vi.advanceTimersByTimeAsync(THANKS_MS * 3);
    expect(onClose).not.toHaveBeenCalled();
    host.dispatchEvent(new PointerEvent('pointerleave'));
    await vi.advanceTimersByTimeAsync(THANKS_MS);
    expect(onClose.mock.calls).toEqual([['close', true]]);
  });

  it('shows Send as soon as a face is chosen; the words and comment join when their file is here', async () => {
    const { save } = open();
    chooseFace(2);
    expect(shadow().querySelector('textarea')).toBeNull();
    expect(get('button[type="submit"]').textContent).toBe(en.send);
    await typeComment('Slow');
    send();
    await settle();
    expect(save.mock.calls).toEqual([[{ rating: 2, emotions: [], comment: 'Slow' }]]);
  });

  it('the follow-up joins without taking keyboard focus from Send or the chosen face', async () => {
    open();
    chooseFace(4);
    const sendButton = get<HTMLButtonElement>('button[type="submit"]');
    sendButton.focus();
    await followUp('textarea');
    expect(shadow().activeElement).toBe(sendButton);
    removeSession?.();
    open();
    const face = get<HTMLInputElement>('input[name="rating"][value="3"]');
    face.focus();
    face.click();
    await followUp('textarea');
    expect(shadow().activeElement).toBe(face);
  });

  /** Sends a rating whose store is still open, once the follow-up's file had time to arrive: none drawn yet. */
  async function sendWhileStoring() {
    const storing: Deferred<'thanks' | undefined> = deferred();
    open({ save: () => storing.promise });
    chooseFace(4);
    send();
    await settle();
    expect(shadow().querySelector('textarea')).toBeNull();
    return storing;
  }

  it('a follow-up that arrives while the answer is stored is not drawn: that write comes first', async () => {
    const storing = await sendWhileStoring();
    storing.resolve('thanks');
    await settle();
    expect(shadow().querySelector('textarea')).toBeNull();
    expect(get('[data-focus]').textContent).toBe(en.thanks);
  });

  it('a follow-up held back while storing is drawn when the store failed and the prompt stays', async () => {
    const storing = await sendWhileStoring();
    storing.resolve(undefined);
    await followUp('textarea');
  });

  it('moves keyboard focus from Send to the thanks', async () => {
    open();
    chooseFace(4);
    get<HTMLButtonElement>('button[type="submit"]').focus();
    send();
    await settle();
    expect(shadow().activeElement).toBe(get('[data-focus]'));
  });

  it('says the thanks once to a keyboard user: focus reads it, the status region does not repeat it', async () => {
    open();
    chooseFace(4);
    get<HTMLButtonElement>('button[type="submit"]').focus();
    send();
    await settle();
    expect(shadow().activeElement?.textContent).toBe(en.thanks);
    // Nor does it keep the question, out of date now.
    expect(get('[role="status"]').textContent).toBe('');
  });

  it('starts in the `initial` state: the follow-up with a face and words chosen', async () => {
    open({ initial: { rating: 2, emotions: ['frustrated'], comment: 'Slow' } });
    expect(get<HTMLInputElement>('input[name="rating"][value="2"]').checked).toBe(true);
    expect((await followUp<HTMLInputElement>('input[name="emotions"][value="frustrated"]')).checked).toBe(true);
    expect(get<HTMLTextAreaElement>('textarea').value).toBe('Slow');
  });

  it('starts in the `initial` state: saved offline', () => {
    open({ initial: { view: 'saved-offline' } });
    expect(get('[data-focus]').textContent).toBe(en.savedOffline);
  });
});

describe('openPromptSession: the slim bar', () => {
  const MINIMIZE_MS = 30_000;
  const host = () => document.querySelector(HOST_TAG) as HTMLElement;
  const reopenButton = () => get<HTMLButtonElement>('button[aria-expanded="false"]');
  const status = () => get('[role="status"]').textContent;

  it('left alone for minimizeAfterMs, the card shrinks to a bar with the question, and says so', async () => {
    vi.useFakeTimers();
    const { onClose } = open({ minimizeAfterMs: MINIMIZE_MS });
    await vi.advanceTimersByTimeAsync(MINIMIZE_MS - 1);
    expect(shadow().querySelector('form')).not.toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    expect(shadow().querySelector('form')).toBeNull();
    expect(reopenButton().textContent).toBe('How was checkout?');
    expect(get('button[aria-label="Close"]')).not.toBeNull();
    expect(status()).toBe(en.minimized);
    expect(onClose).not.toHaveBeenCalled();
  });

  it('reopens from the bar with the answer in progress, and an answer given then is saved once', async () => {
    vi.useFakeTimers();
    const { save } = open({ minimizeAfterMs: MINIMIZE_MS });
    chooseFace(2);
    await toggleWord('frustrated');
    await vi.advanceTimersByTimeAsync(MINIMIZE_MS);
    reopenButton().click();
    expect(get<HTMLInputElement>('input[name="rating"][value="2"]').checked).toBe(true);
    expect(get<HTMLInputElement>('input[name="emotions"][value="frustrated"]').checked).toBe(true);
    send();
    await vi.advanceTimersByTimeAsync(0);
    expect(save.mock.calls).toEqual([[{ rating: 2, emotions: ['frustrated'], comment: '' }]]);
  });

  it('reopened, the status region says the prompt again, so shrinking once more is spoken', async () => {
    vi.useFakeTimers();
    open({ minimizeAfterMs: MINIMIZE_MS });
    await vi.advanceTimersByTimeAsync(MINIMIZE_MS);
    reopenButton().click();
    expect(status()).toBe('Survey at the bottom of the page: How was checkout?');
    await vi.advanceTimersByTimeAsync(MINIMIZE_MS);
    expect(status()).toBe(en.minimized);
  });

  it('shrunk before it was first announced, it is still announced as the prompt, saying what it is', async () => {
    vi.useFakeTimers();
    open({ minimizeAfterMs: 50 });
    await vi.advanceTimersByTimeAsync(50);
    expect(shadow().querySelector('form')).toBeNull();
    expect(status()).toBe('');
    await vi.advanceTimersByTimeAsync(50);
    expect(status()).toBe(`Survey at the bottom of the page: How was checkout? ${en.minimized}`);
    // Reopened with a pointer (a touch screen reader), the change is heard.
    reopenButton().click();
    expect(status()).toBe('Survey at the bottom of the page: How was checkout?');
  });

  it('reopened with the keyboard, the status region empties: focus, moving in, says what opened', async () => {
    vi.useFakeTimers();
    open({ minimizeAfterMs: MINIMIZE_MS });
    await vi.advanceTimersByTimeAsync(MINIMIZE_MS);
    expect(status()).toBe(en.minimized);
    reopenButton().focus();
    host().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    reopenButton().click();
    expect(status()).toBe('');
  });

  it('in a page slot the status region says the question without placing it at the bottom', async () => {
    vi.useFakeTimers();
    open({ placement: 'inline' });
    await vi.advanceTimersByTimeAsync(100);
    expect(status()).toBe('How was checkout?');
  });

  it('reopened with the keyboard, focus moves to the scale', async () => {
    vi.useFakeTimers();
    open({ minimizeAfterMs: MINIMIZE_MS });
    await vi.advanceTimersByTimeAsync(MINIMIZE_MS);
    reopenButton().focus();
    host().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    reopenButton().click();
    expect(shadow().activeElement).toBe(get('input[name="rating"][value="1"]'));
  });

  it('never shrinks while the pointer rests on the card or focus is in it', async () => {
    vi.useFakeTimers();
    open({ minimizeAfterMs: MINIMIZE_MS });
    host().dispatchEvent(new PointerEvent('pointerenter'));
    await vi.advanceTimersByTimeAsync(MINIMIZE_MS * 2);
    expect(shadow().querySelector('form')).not.toBeNull();
    host().dispatchEvent(new PointerEvent('pointerleave'));
    get<HTMLButtonElement>('button[aria-label="Close"]').focus();
    await vi.advanceTimersByTimeAsync(MINIMIZE_MS * 2);
    expect(shadow().querySelector('form')).not.toBeNull();
  });

  it('every change the shopper makes restarts the wait', async () => {
    vi.useFakeTimers();
    open({ minimizeAfterMs: MINIMIZE_MS });
    await vi.advanceTimersByTimeAsync(MINIMIZE_MS - 1_000);
    chooseFace(4);
    await vi.advanceTimersByTimeAsync(MINIMIZE_MS - 1);
    expect(shadow().querySelector('form')).not.toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    expect(shadow().querySelector('form')).toBeNull();
  });

  it('in a page slot it never shrinks: it covers nothing', async () => {
    vi.useFakeTimers();
    open({ minimizeAfterMs: MINIMIZE_MS, placement: 'inline' });
    await vi.advanceTimersByTimeAsync(MINIMIZE_MS * 2);
    expect(shadow().querySelector('form')).not.toBeNull();
  });

  it('minimizeAfterMs 0 keeps the card whole', async () => {
    vi.useFakeTimers();
    open({ minimizeAfterMs: 0 });
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect(shadow().querySelector('form')).not.toBeNull();
  });

  it('closed from the bar, it is a dismissal like any other', async () => {
    vi.useFakeTimers();
    const { onClose } = open({ minimizeAfterMs: MINIMIZE_MS });
    await vi.advanceTimersByTimeAsync(MINIMIZE_MS);
    get<HTMLButtonElement>('button[aria-label="Close"]').click();
    expect(onClose.mock.calls).toEqual([['close', false]]);
  });

  it('idleCloseMs, for sites that want it: an untouched prompt closes as idle, also from the bar', async () => {
    vi.useFakeTimers();
    const { onClose } = open({ minimizeAfterMs: 1_000, idleCloseMs: 5_000 });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(reopenButton()).not.toBeNull();
    await vi.advanceTimersByTimeAsync(4_000);
    expect(onClose.mock.calls).toEqual([['idle', false]]);
  });

  it('idleCloseMs never closes a prompt the shopper touched', async () => {
    vi.useFakeTimers();
    const { onClose } = open({ idleCloseMs: 5_000 });
    chooseFace(3);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(onClose).not.toHaveBeenCalled();
  });

  it('starts as the bar in the `initial` state (the studio shows it)', () => {
    open({ initial: { minimized: true } });
    expect(reopenButton().textContent).toBe('How was checkout?');
  });
});

describe('openPromptSession on the recommend scale', () => {
  it('asks its own question, and sends 0, the lowest point, like any other', async () => {
    const { save } = open({ question: undefined, instrument: 'recommend' });
    expect(get('legend').textContent).toBe(enScales.recommendQuestion);
    chooseFace(0);
    // Send is there for 0 too.
    send();
    await settle();
    expect(save.mock.calls).toEqual([[{ rating: 0, emotions: [], comment: '' }]]);
  });

  it('offers the words of its own valence: 0–6 negative, 7–8 neutral, 9–10 positive', async () => {
    open({ instrument: 'recommend' });
    const words = () =>
      Array.from(shadow().querySelectorAll<HTMLInputElement>('input[name="emotions"]'), (i) => i.value);
    chooseFace(6);
    await followUp('input[name="emotions"]');
    expect(words()).toContain('frustrated');
    chooseFace(7);
    expect(words()).toContain('unsure');
    chooseFace(9);
    expect(words()).toContain('delighted');
  });
});
