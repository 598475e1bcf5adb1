import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '../../../src/i18n/en.ts';
import { enScales } from '../../../src/i18n/en-scales.ts';
import { packLocale } from '../../../src/i18n/locale-layout.ts';
import de from '../../../src/i18n/locales/de.ts';
import { promptFor, unpackLocale } from '../../../src/ui/index.ts';
import type { PromptSessionOptions } from '../../../src/ui/prompt-session.ts';
import { get, shadow } from '../support/widget-dom.ts';

let remove: (() => void) | undefined;

afterEach(() => {
  remove?.();
  remove = undefined;
});

const base = (): PromptSessionOptions => ({
  doc: document,
  lang: 'en',
  dir: 'ltr',
  theme: {},
  save: async () => 'thanks',
  onClose() {},
});
/** Opens a prompt, and resolves to its remover once its card is drawn (a task later). */
const drawn = async (open: (options: PromptSessionOptions) => () => void, options: PromptSessionOptions) =>
  new Promise<() => void>((resolve) => {
    const removeIt = open({ ...options, onDrawn: () => resolve(removeIt) });
  });
const points = () => Array.from(shadow().querySelectorAll<HTMLInputElement>('input[name="rating"]'), (i) => i.value);

describe('promptFor', () => {
  it('feeling: five faces, from the prompt’s own file', async () => {
    remove = await drawn(await promptFor('feeling'), base());
    expect(points()).toEqual(['1', '2', '3', '4', '5']);
    expect(get('legend').textContent).toBe(en.question);
  });

  it('effort: the scale’s file draws its seven points and asks its own question', async () => {
    remove = await drawn(await promptFor('effort'), { ...base(), instrument: 'effort' });
    expect(points()).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(get('legend').textContent).toBe(enScales.effortQuestion);
  });

  it('a site’s text for a scale applies where that scale is asked, and is no mistake elsewhere', async () => {
    const onBadOverride = vi.fn();
    const overrides = { effortQuestion: 'Was this easy?', send: 'Go' };
    remove = await drawn(await promptFor('feeling'), { ...base(), overrides, onBadOverride });
    expect(get('legend').textContent).toBe(en.question);
    remove();
    remove = await drawn(await promptFor('effort'), { ...base(), instrument: 'effort', overrides, onBadOverride });
    expect(get('legend').textContent).toBe('Was this easy?');
    expect(onBadOverride).not.toHaveBeenCalled();
  });
});

describe('unpackLocale', () => {
  it('reads a language’s scale part against the scale’s English, fetched with it', async () => {
    const files = [packLocale(de, 'texts'), packLocale(de, 'effort')];
    const strings = await unpackLocale(files, 'effort');
    expect(strings.effortQuestion).toBe(de.effortQuestion);
    expect(strings.effortLabels).toEqual(de.effortLabels);
    expect(strings.send).toBe(de.send);
  });

  it('rejects a scale part that does not fit (the prompt then shows in English)', async () => {
    const effort = packLocale(de, 'effort');
    (effort[1] as string[]).pop();
    await expect(unpackLocale([packLocale(de, 'texts'), effort], 'effort')).rejects.toThrow(
      'effortLabels expected 7 texts',
    );
  });
});
