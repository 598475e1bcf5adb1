// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { explain } from '../../../src/config/messages.ts';
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
});
