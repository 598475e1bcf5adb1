// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as messages from '../../../src/config/messages.ts';
import { flag, whole } from '../../../src/config/problems.ts';
import { debugSayer, type MessagesModule, problemWarner } from '../../../src/config/warn-problems.ts';

/** A messages file that arrives when the test says so, and how often it was asked for. */
function slowMessages(module: MessagesModule = messages) {
  const loads: Array<(module: MessagesModule | Error) => void> = [];
  const load = () =>
    new Promise<MessagesModule>((resolve, reject) =>
      loads.push((result) => (result instanceof Error ? reject(result) : resolve(result))),
    );
  const arrive = async (result: MessagesModule | Error = module) => {
    loads.shift()?.(result);
    // The warner's continuation after its await, and its writing of the lines.
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { load, arrive, loads };
}

describe('problemWarner', () => {
  it('warns only once the messages file arrived: the problems noted until then, in order, with one load', async () => {
    const warnings: string[] = [];
    const { load, arrive, loads } = slowMessages();
    const note = problemWarner(load, (line) => warnings.push(line));
    note(['dark', 'config.theme.dark']);
    note(['refused', 'config.debug', flag]);
    expect(loads).toHaveLength(1);
    expect(warnings).toEqual([]);
    await arrive();
    expect(warnings).toEqual([
      'config.theme.dark: expected an object of theme tokens; ignored.',
      'config.debug: expected true or false. The widget stays off.',
    ]);
  });

  it('says a later problem in a warning of its own', async () => {
    const warnings: string[] = [];
    const { load, arrive, loads } = slowMessages();
    const note = problemWarner(load, (line) => warnings.push(line));
    note(['dark', 'config.theme.dark']);
    await arrive();
    note(['text', 'config.strings.de.thanks']);
    expect(loads).toHaveLength(1);
    await arrive();
    expect(warnings).toEqual([
      'config.theme.dark: expected an object of theme tokens; ignored.',
      'config.strings.de.thanks: expected a text, a list of texts, or texts by name; the default is used.',
    ]);
  });

  it('without its messages file, still warns once per problem, naming the option', async () => {
    const warnings: string[] = [];
    const { load, arrive } = slowMessages();
    const note = problemWarner(load, (line) => warnings.push(line));
    note(['step', 'config.steps.checkout.delayMs', whole(0, 600_000)]);
    note(['refused', 'config.delivery.batchSize', whole(1, 500)]);
    await arrive(new Error('offline'));
    expect(warnings).toEqual([
      'config.steps.checkout.delayMs is not valid; see the README.',
      'config.delivery.batchSize is not valid; see the README. The widget stays off.',
    ]);
  });

  it('falls back the same way when a load throws, or the file cannot word a problem', async () => {
    const warnings: string[] = [];
    const throwing = problemWarner(
      () => {
        throw new Error('blocked');
      },
      (line) => warnings.push(line),
    );
    throwing(['missing', 'config.site', flag, 'site', []]);
    const broken: MessagesModule = {
      ...messages,
      explain: () => {
        throw new TypeError('no words for this problem');
      },
    };
    const { load, arrive } = slowMessages(broken);
    problemWarner(load, (line) => warnings.push(line))(['action', 'config.recovery']);
    await arrive();
    expect(warnings).toEqual([
      'config.site is not valid; see the README. The widget stays off.',
      'config.recovery is not valid; see the README.',
    ]);
  });
});

describe('debugSayer', () => {
  it('with debug output off, fetches nothing and says nothing', async () => {
    const lines: string[] = [];
    const { load, loads } = slowMessages();
    const say = debugSayer(
      load,
      (line) => lines.push(line),
      () => false,
    );
    say(['shown', 'step(checkout)']);
    say(['delivery', new Error('offline')]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(loads).toHaveLength(0);
    expect(lines).toEqual([]);
  });

  it('says each line once the messages file arrived, in the order noted, a later one after the earlier', async () => {
    const lines: string[] = [];
    const { load, arrive, loads } = slowMessages();
    const say = debugSayer(
      load,
      (line) => lines.push(line),
      () => true,
    );
    say(['sample', 'step(browse)', 0]);
    say(['shown', 'step(checkout)']);
    expect(loads).toHaveLength(1);
    expect(lines).toEqual([]);
    await arrive();
    say(['open', 'ask(returns)']);
    await arrive();
    expect(lines).toEqual([
      'step(browse): no prompt — not sampled (sample 0).',
      'step(checkout): prompt shown.',
      'ask(returns): no prompt — one is already open.',
    ]);
  });

  it('without its messages file, still says each line, as the data it was noted with', async () => {
    const lines: string[] = [];
    const { load, arrive } = slowMessages();
    const say = debugSayer(
      load,
      (line) => lines.push(line),
      () => true,
    );
    say(['cooldown', 'step(checkout)', 14]);
    say(['delivery', new TypeError('Failed to fetch')]);
    await arrive(new Error('offline'));
    expect(lines).toEqual(['cooldown step(checkout) 14', 'delivery TypeError: Failed to fetch']);
  });
});
