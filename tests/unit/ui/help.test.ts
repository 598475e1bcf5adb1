import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '../../../src/i18n/en.ts';
import { enHelp } from '../../../src/i18n/en-help.ts';
import { packLocale } from '../../../src/i18n/locale-layout.ts';
import de from '../../../src/i18n/locales/de.ts';
import { mergeStrings } from '../../../src/i18n/merge-strings.ts';
import { unpackPart } from '../../../src/i18n/unpack-locale.ts';
import { helpStrings } from '../../../src/ui/help-kit.ts';
import { openPromptSession, type PromptSessionOptions, THANKS_MS } from '../../../src/ui/prompt-session.ts';
import type { HelpOffer } from '../../../src/ui/state.ts';
import { settle } from '../support/fixtures.ts';
import { chooseFace, get, host, send, shadow, typeComment } from '../support/widget-dom.ts';

const PARTS = { mergeStrings, unpackPart };

let removeSession: (() => void) | undefined;

afterEach(() => {
  removeSession?.();
  removeSession = undefined;
  vi.useRealTimers();
});

const LINK: HelpOffer = { action: 'link', to: 'https://shop.example/help', threshold: 2 };

/** Draws at once: the task between host and card is tested on its own. */
const now = (draw: () => void) => draw();

function open(overrides: Partial<PromptSessionOptions> = {}) {
  const save = vi.fn<PromptSessionOptions['save']>(overrides.save ?? (async () => 'thanks'));
  const onClose = vi.fn<PromptSessionOptions['onClose']>();
  const onRecover = vi.fn<NonNullable<PromptSessionOptions['onRecover']>>();
  removeSession = openPromptSession(
    {
      doc: document,
      question: 'How was checkout?',
      strings: undefined,
      lang: 'en',
      dir: 'ltr',
      theme: {},
      help: LINK,
      ...overrides,
      save,
      onClose,
      onRecover,
    },
    now,
  );
  return { save, onClose, onRecover };
}

/** The help's file is imported when a low rating is chosen: wait for what it draws. */
const appears = <E extends HTMLElement = HTMLElement>(selector: string) => vi.waitFor(() => get<E>(selector));
const helpCard = () => appears('a[href="https://shop.example/help"]');
const consentBox = () => get<HTMLInputElement>('input[name="contact"]');
function typeEmail(text: string) {
  const field = get<HTMLInputElement>('#fb-m');
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('the help after a low answer', () => {
  it('says, warmly and briefly, that help is there, with the one action: a link that opens apart', async () => {
    open();
    chooseFace(2);
    send();
    const link = await helpCard();
    expect(get('[data-focus]').textContent).toBe(enHelp.helpThanks);
    expect(link.textContent).toBe('Get help');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener');
    expect(get('[role="status"]').textContent).toBe(enHelp.helpThanks);
    expect(shadow().querySelectorAll('a, button:not([aria-label="Close"])')).toHaveLength(1);
  });

  it('says the help once to a keyboard user: focus reads it, the status region does not repeat it', async () => {
    open();
    chooseFace(2);
    get<HTMLButtonElement>('button[type="submit"]').focus();
    send();
    await helpCard();
    expect(shadow().activeElement?.textContent).toBe(enHelp.helpThanks);
    expect(get('[role="status"]').textContent).not.toContain(enHelp.helpThanks);
  });

  it('stays until the shopper closes it: nothing vanishes on a timer', async () => {
    vi.useFakeTimers();
    const { onClose } = open();
    chooseFace(1);
    send();
    await vi.waitFor(() => get('a[href="https://shop.example/help"]'));
    await vi.advanceTimersByTimeAsync(THANKS_MS * 10);
    expect(host()).not.toBeNull();
    expect(onClose).not.toHaveBeenCalled();
    get<HTMLButtonElement>('button[aria-label="Close"]').click();
    expect(onClose).toHaveBeenCalledWith('close', true);
  });

  it('counts the help taken once, however often the link is followed', async () => {
    const { onRecover } = open();
    chooseFace(2);
    send();
    const link = await helpCard();
    link.addEventListener('click', (event) => event.preventDefault());
    link.click();
    link.click();
    expect(onRecover).toHaveBeenCalledTimes(1);
    expect(onRecover.mock.calls[0]?.[0]).toBe('link');
    expect(host()).not.toBeNull();
  });

  it('a phone number is a tel: link that reads the number left to right, even in a right-to-left language', async () => {
    open({ lang: 'ar', dir: 'rtl', help: { action: 'phone', to: '+44 (0)20 7946-0000', threshold: 2 } });
    chooseFace(1);
    send();
    const call = await appears('a[href^="tel:"]');
    expect(call.getAttribute('href')).toBe('tel:+442079460000');
    expect(call.textContent).toBe('Call us: +44 (0)20 7946-0000');
    expect(call.querySelector('[dir="ltr"]')?.textContent).toBe('+44 (0)20 7946-0000');
    // …inside a card that reads right to left.
    expect(host()?.getAttribute('dir')).toBe('rtl');
  });

  it('the site’s own help is a button: taking it hands over (the card closes) and is counted', async () => {
    const { onRecover, onClose } = open({ help: { action: 'event', threshold: 2, label: 'Chat with Sam' } });
    chooseFace(2);
    send();
    const button = await appears<HTMLButtonElement>('button:not([aria-label="Close"]):not([type="submit"])');
    expect(button.textContent).toBe('Chat with Sam');
    button.click();
    expect(onRecover.mock.calls.map(([action]) => action)).toEqual(['event']);
    expect(onClose).toHaveBeenCalledWith('close', true);
    expect(host()).toBeNull();
  });

  it('nothing changes for an answer above the threshold: the plain thanks, which closes by itself', async () => {
    vi.useFakeTimers();
    const { onClose } = open();
    chooseFace(3);
    send();
    await vi.advanceTimersByTimeAsync(0);
    expect(get('[data-focus]').textContent).toBe(en.thanks);
    await vi.advanceTimersByTimeAsync(THANKS_MS);
    expect(onClose).toHaveBeenCalledWith('close', true);
  });

  it('offline and saved, says so, and still offers the help', async () => {
    open({ save: async () => 'saved-offline' });
    chooseFace(1);
    send();
    await helpCard();
    expect(get('[data-focus]').textContent).toBe(en.savedOffline);
  });

  it('the help of a prompt in another language speaks it; English, said to be English, when its file fails', async () => {
    open({ strings: { send: 'Senden' }, lang: 'de', loadTexts: async () => packLocale(de, 'help') });
    chooseFace(1);
    send();
    expect((await helpCard()).textContent).toBe(de.helpLink);
    removeSession?.();
    open({ strings: { send: 'Senden' }, lang: 'de', loadTexts: () => Promise.reject(new Error('offline')) });
    chooseFace(1);
    send();
    const link = await helpCard();
    expect(link.textContent).toBe('Get help');
    expect(link.closest('[lang]')?.getAttribute('lang')).toBe('en');
  });
});

describe('the contact question, after a low answer', () => {
  it('is offered only with contact on, only after a low rating: an unticked box, the address once ticked', async () => {
    open({ help: undefined, contactUpTo: 2 });
    chooseFace(3);
    await settle();
    expect(shadow().querySelector('input[name="contact"]')).toBeNull();
    chooseFace(2);
    await appears('input[name="contact"]');
    expect(consentBox().checked).toBe(false);
    expect(shadow().querySelector('input[type="email"]')).toBeNull();
    consentBox().click();
    const field = get<HTMLInputElement>('input[type="email"]');
    expect(field.getAttribute('autocomplete')).toBe('email');
    expect(field.value).toBe('');
    expect(get(`label[for="${field.id}"]`).textContent).toBe(enHelp.helpEmail);
    // The comment's "leave out personal details" now says how the address is used.
    expect(get('#fb-h').textContent).toBe(enHelp.helpEmailHint);
    expect(field.getAttribute('aria-describedby')).toBe('fb-h');
  });

  it('unticked, sends no address, even one typed before it was unticked', async () => {
    const { save } = open({ help: undefined, contactUpTo: 2 });
    chooseFace(1);
    await appears('input[name="contact"]');
    consentBox().click();
    typeEmail('sam@example.com');
    consentBox().click();
    send();
    await settle();
    expect(save.mock.calls[0]?.[0]).not.toHaveProperty('contact');
  });

  it('ticked, sends the address with the answer', async () => {
    const { save } = open({ help: undefined, contactUpTo: 2 });
    chooseFace(1);
    await appears('input[name="contact"]');
    consentBox().click();
    typeEmail(' sam@example.com ');
    await typeComment('The card was refused');
    send();
    await settle();
    expect(save.mock.calls).toEqual([
      [{ rating: 1, emotions: [], comment: 'The card was refused', contact: 'sam@example.com' }],
    ]);
  });

  it.each(['', 'sam', 'sam@', 'sam @example.com'])(
    'ticked with %j: Send says what is wrong on the field, focuses it, and sends nothing',
    async (typed) => {
      const { save } = open({ help: undefined, contactUpTo: 2 });
      chooseFace(1);
      await appears('input[name="contact"]');
      consentBox().click();
      typeEmail(typed);
      send();
      await settle();
      expect(save).not.toHaveBeenCalled();
      const field = get<HTMLInputElement>('#fb-m');
      expect(field.getAttribute('aria-invalid')).toBe('true');
      expect(field.getAttribute('aria-describedby')).toBe('fb-h fb-e');
      expect(get('#fb-e').textContent).toBe(enHelp.helpEmailInvalid);
      expect(shadow().activeElement).toBe(field);
      // Typing again clears the message.
      typeEmail('sam@example.com');
      expect(shadow().querySelector('#fb-e')).toBeNull();
    },
  );

  it('sent with Enter from the field (focus already there): the status region says what is wrong', async () => {
    const { save } = open({ help: undefined, contactUpTo: 2 });
    chooseFace(1);
    await appears('input[name="contact"]');
    consentBox().click();
    typeEmail('sam@');
    get<HTMLInputElement>('#fb-m').focus();
    send();
    await settle();
    expect(save).not.toHaveBeenCalled();
    expect(get('[role="status"]').textContent).toBe(enHelp.helpEmailInvalid);
  });

  it('sent with Enter again with the same address: the status region changes, so it speaks again', async () => {
    open({ help: undefined, contactUpTo: 2 });
    chooseFace(1);
    await appears('input[name="contact"]');
    consentBox().click();
    typeEmail('sam@');
    get<HTMLInputElement>('#fb-m').focus();
    const said: string[] = [];
    for (let times = 0; times < 3; times++) {
      send();
      await settle();
      said.push(get('[role="status"]').textContent ?? '');
    }
    for (const words of said) expect(words.trim()).toBe(enHelp.helpEmailInvalid);
    expect(said[1]).not.toBe(said[0]);
    expect(said[2]).not.toBe(said[1]);
  });

  it('without a comment box, the field carries the hint itself', async () => {
    open({ help: undefined, contactUpTo: 2, comment: false });
    chooseFace(1);
    await appears('input[name="contact"]');
    consentBox().click();
    expect(get('#fb-h').textContent).toBe(enHelp.helpEmailHint);
    expect(get('#fb-m').getAttribute('aria-describedby')).toBe('fb-h');
  });
});

describe('helpStrings', () => {
  it('reads the help part of a language, with the site’s replacements over it', () => {
    const warn = vi.fn();
    expect(helpStrings(PARTS, packLocale(de, 'help'), { helpLink: 'Hilfe holen' }, warn)).toEqual({
      strings: {
        ...Object.fromEntries(Object.keys(enHelp).map((key) => [key, de[key as keyof typeof enHelp]])),
        helpLink: 'Hilfe holen',
      },
      english: false,
    });
    expect(warn).not.toHaveBeenCalled();
  });

  it('is English when there is no file or it does not fit, and a replacement without {phone} keeps the default', () => {
    const warn = vi.fn();
    expect(helpStrings(PARTS, ['Danke'], { helpPhone: 'Ruf an' }, warn)).toEqual({ strings: enHelp, english: true });
    expect(warn).toHaveBeenCalledWith('helpPhone', 'expected the placeholder {phone}; the default is used');
  });
});
