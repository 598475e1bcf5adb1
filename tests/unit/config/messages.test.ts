// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { debugLine, explain } from '../../../src/config/messages.ts';
import { flag, text, whole } from '../../../src/config/problems.ts';

describe('explain', () => {
  it('words each problem in order, one warning each', () => {
    expect(
      explain([
        ['dark', 'config.theme.dark'],
        ['step', 'config.steps.checkout.delayMs', whole(0, 600_000)],
        ['text', 'config.strings.fr.thanks'],
      ]),
    ).toEqual([
      'config.theme.dark: expected an object of theme tokens; ignored.',
      'config.steps.checkout.delayMs: expected a whole number from 0 to 600000; the default applies.',
      'config.strings.fr.thanks: expected a text, a list of texts, or texts by name; the default is used.',
    ]);
  });

  it('quotes the bounds the rule was checked with', () => {
    expect(explain([['refused', 'config.site', text(7)]])).toEqual([
      'config.site: expected text of 1 to 7 characters. The widget stays off.',
    ]);
  });

  it('names the unknown options in one warning, where the first was found', () => {
    expect(
      explain([
        ['unknown', 'config.debgu', 'debgu', ['debug', 'site']],
        ['cssText', 'config.theme.radius'],
        ['unknown', 'config.delivery.batchsize', 'batchsize', ['batchSize']],
        ['unknown', 'config.zzz', 'zzz', ['debug']],
      ]),
    ).toEqual([
      'config: unknown option(s) debgu (did you mean "debug"?), delivery.batchsize (did you mean "batchSize"?), zzz ignored.',
      'config.theme.radius: expected a CSS value as text of 1 to 200 characters; the default is kept.',
    ]);
  });

  it('names the unknown key a missing option may be misspelt as, and only a near one', () => {
    expect(
      explain([
        ['missing', 'config.endpoint', flag, 'endpoint', ['endpont']],
        ['missing', 'config.site', text(100), 'site', ['zzz']],
      ]),
    ).toEqual([
      'config.endpoint: missing (is "endpont" a misspelling of it?); expected true or false. The widget stays off.',
      'config.site: missing; expected text of 1 to 100 characters. The widget stays off.',
    ]);
  });

  it('says nothing when there is nothing wrong', () => {
    expect(explain([])).toEqual([]);
  });

  it('words what the widget found wrong while running: an inline slot missing, config.page throwing', () => {
    expect(
      explain([
        ['slot', 'config.placement.inline', '#feel-here'],
        ['threw', 'config.page', new Error('bad route')],
      ]),
    ).toEqual([
      'config.placement.inline: no element matches #feel-here; shown in the corner.',
      'config.page threw (Error: bad route); the answer is sent without its page.',
    ]);
  });
});

describe('debugLine', () => {
  it('says a prompt was shown, naming the call', () => {
    expect(debugLine(['shown', 'step(checkout)'])).toBe('step(checkout): prompt shown.');
  });

  it.each<[Parameters<typeof debugLine>[0], string]>([
    [['optOut', 'ask(checkout)'], 'ask(checkout): no prompt — the shopper chose "don’t ask me again".'],
    [['perPage', 'step(checkout)', 1], 'step(checkout): no prompt — 1 prompt(s) already shown on this page.'],
    [
      ['cooldown', 'step(checkout)', 14],
      'step(checkout): no prompt — a prompt was answered or dismissed less than 14 days ago.',
    ],
    [['reask', 'step(checkout)', 90], 'step(checkout): no prompt — this step was asked less than 90 days ago.'],
    [['sample', 'step(basket)', 0.25], 'step(basket): no prompt — not sampled (sample 0.25).'],
    [['open', 'ask(returns)'], 'ask(returns): no prompt — one is already open.'],
    [['typing', 'step(checkout)'], 'step(checkout): no prompt — the shopper kept typing.'],
    [['destroyed', 'step(checkout)'], 'step(checkout): no prompt — the widget was destroyed.'],
    [['closed', 'ask(checkout)'], 'ask(checkout): no prompt — the site closed it.'],
  ])('says why %j did not prompt', (note, line) => {
    expect(debugLine(note)).toBe(line);
  });

  it('says which file could not load, or that the etiquette state could not be stored, with the error', () => {
    const offline = new TypeError('Failed to fetch');
    expect(debugLine(['texts', 'de', offline])).toBe(
      'the de texts could not load (TypeError: Failed to fetch); showing English.',
    );
    expect(debugLine(['delivery', offline])).toBe('the delivery file could not load (TypeError: Failed to fetch).');
    expect(debugLine(['etiquette', new Error('quota')])).toBe('could not store the etiquette state (Error: quota).');
  });
});
