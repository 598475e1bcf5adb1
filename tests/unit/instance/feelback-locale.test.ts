import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { loadBundledLocale } from '../../../src/i18n/load-bundled-locale.ts';
import de from '../../../src/i18n/locales/de.ts';
import he from '../../../src/i18n/locales/he.ts';
import type { Environment } from '../../../src/instance/environment.ts';
import { createFeelback } from '../../../src/instance/feelback.ts';
import type { Feelback } from '../../../src/instance/feelback-api.ts';
import * as promptModule from '../../../src/ui/index.ts';
import { loadMessages, testEnvironment } from '../support/environment.ts';
import { get, host, typeComment } from '../support/widget-dom.ts';

// The language plumbing of src/feelback.ts: which texts the prompt gets, and from where.
const config = { endpoint: 'https://collect.example/answers', site: 'acme-shop' };
const instances: Feelback[] = [];
let warn: MockInstance<Console['warn']>;
let info: MockInstance<Console['info']>;

beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  info = vi.spyOn(console, 'info').mockImplementation(() => {});
});

afterEach(() => {
  for (const instance of instances.splice(0)) instance.destroy();
  document.documentElement.removeAttribute('lang');
});

function setup(input: object = {}, loadLocale: Environment['loadLocale'] = loadBundledLocale) {
  const load = vi.fn(loadLocale);
  const loadPrompt = vi.fn(async () => promptModule);
  const fb = createFeelback(
    { ...config, ...input },
    () => testEnvironment({ loadPrompt, loadLocale: load }),
    loadMessages,
  );
  instances.push(fb);
  return { fb, load, loadPrompt };
}

/** Asks, then waits until the prompt is on the page. */
async function shown(fb: Feelback) {
  fb.ask('checkout');
  await vi.waitFor(() => get('form'));
}

const legend = () => get('legend').textContent;
const warnings = () => warn.mock.calls.map((call) => String(call[0]));
const debugLines = () => info.mock.calls.map((call) => String(call[0]));

describe('the prompt language', () => {
  it('follows the page lang, loading that language only when a prompt shows', async () => {
    document.documentElement.lang = 'de-AT';
    const { fb, load } = setup();
    expect(load).not.toHaveBeenCalled();
    await shown(fb);
    expect(load.mock.calls).toEqual([['de']]);
    expect(legend()).toBe(de.question);
    expect([host()?.getAttribute('lang'), host()?.getAttribute('dir')]).toEqual(['de-AT', 'ltr']);
  });

  it('prefers the config locale to the page lang', async () => {
    document.documentElement.lang = 'de';
    const { fb } = setup({ locale: 'he-IL' });
    await shown(fb);
    expect(legend()).toBe(he.question);
    expect([host()?.getAttribute('lang'), host()?.getAttribute('dir')]).toEqual(['he-IL', 'rtl']);
  });

  it('keeps an English shopper’s region in lang, with nothing to load', async () => {
    const { fb, load } = setup({ locale: 'en-GB' });
    await shown(fb);
    expect(load).not.toHaveBeenCalled();
    expect([host()?.getAttribute('lang'), host()?.getAttribute('dir')]).toEqual(['en-GB', 'ltr']);
  });

  it('is English, without loading anything or warning, for a language we do not ship', async () => {
    const { fb, load } = setup({ locale: 'zh-CN' });
    await shown(fb);
    expect(load).not.toHaveBeenCalled();
    expect(legend()).toBe('How did this make you feel?');
    expect(host()?.getAttribute('lang')).toBe('en');
    expect(warnings()).toEqual([]);
  });

  it('falls back to English, with one debug line and no warning, when the file fails to load', async () => {
    const { fb, load } = setup({ locale: 'ar', debug: true }, () => Promise.reject(new Error('offline')));
    await shown(fb);
    expect(load).toHaveBeenCalledWith('ar');
    expect(legend()).toBe('How did this make you feel?');
    expect([host()?.getAttribute('lang'), host()?.getAttribute('dir')]).toEqual(['en', 'ltr']);
    // Worded by the messages file, fetched because debug output is on.
    await vi.waitFor(() =>
      expect(debugLines()).toEqual([
        '[feelback] the ar texts could not load (Error: offline); showing English.',
        '[feelback] ask(checkout): prompt shown.',
      ]),
    );
    expect(warnings()).toEqual([]);
  });

  it('loads a scale’s own texts only for a step that asks on it', async () => {
    const { fb, load } = setup({ locale: 'de', steps: { checkout: { instrument: 'effort' } } });
    await shown(fb);
    expect(load.mock.calls).toEqual([['de'], ['de-effort']]);
    expect(legend()).toBe(de.effortQuestion);
    expect(get('input[value="7"]').getAttribute('aria-label')).toBe(`7 – ${de.effortLabels[6]}`);
  });

  it('falls back to English when a file does not fit, with one debug line and no warning', async () => {
    const stale = async (file: string) =>
      file === 'de' ? { default: ['Feedback', 'Wie war es?'] } : loadBundledLocale(file);
    const { fb } = setup({ locale: 'de', debug: true }, stale);
    await shown(fb);
    expect(legend()).toBe('How did this make you feel?');
    expect([host()?.getAttribute('lang'), host()?.getAttribute('dir')]).toEqual(['en', 'ltr']);
    await vi.waitFor(() =>
      expect(debugLines()[0]).toMatch(
        /^\[feelback\] the de texts could not load \(Error: expected \d+ texts\); showing English\.$/,
      ),
    );
    expect(warnings()).toEqual([]);
  });

  it('keeps the site question over the language default', async () => {
    const { fb } = setup({ locale: 'de', question: 'Wie war der Checkout?' });
    await shown(fb);
    expect(legend()).toBe('Wie war der Checkout?');
  });
});

describe('config strings', () => {
  it('replaces texts of the language shown, and only of that language', async () => {
    const { fb } = setup({
      locale: 'de',
      strings: { de: { send: 'Abschicken', question: 'Wie fanden Sie das?' }, en: { send: 'Submit' } },
    });
    await shown(fb);
    expect(legend()).toBe('Wie fanden Sie das?');
    get<HTMLInputElement>('input[value="4"]').click();
    await vi.waitFor(() => expect(get('button[type="submit"]').textContent).toBe('Abschicken'));
  });

  it('uses the default for a replacement without its placeholder, warning once however often it shows', async () => {
    const { fb } = setup({ strings: { en: { charactersLeft: { one: 'One left', other: 'A few left' } } } });
    for (let i = 0; i < 2; i++) {
      await shown(fb);
      get<HTMLInputElement>('input[value="4"]').click();
      await typeComment('x'.repeat(990));
      await vi.waitFor(() => expect(get('#fb-n').textContent).toBe('10 characters left'));
      get<HTMLButtonElement>('button[aria-label="Close"]').click();
      expect(host()).toBeNull();
    }
    expect(warnings()).toEqual([
      '[feelback] config.strings.en.charactersLeft expected the placeholder {count}; the default is used.',
    ]);
  });
});
