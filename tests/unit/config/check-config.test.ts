// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { checkConfig } from '../../../src/config/check-config.ts';
import { explain } from '../../../src/config/messages.ts';
import type { Problem } from '../../../src/config/problems.ts';

const minimal = { endpoint: 'https://collect.example/answers', site: 'acme-shop' };

/** The checked config (undefined when refused) and the warnings its problems become. */
function parseConfig(input: unknown, base?: string) {
  const problems: Problem[] = [];
  const config = checkConfig(input, (problem) => problems.push(problem), base);
  return { config, warnings: explain(problems) };
}

/** The one warning of a refused config. */
function failure(input: unknown): string {
  const { config, warnings } = parseConfig(input);
  if (config) throw new Error(`expected ${JSON.stringify(input)} to be rejected`);
  expect(warnings).toHaveLength(1);
  return warnings[0] as string;
}

describe('checkConfig', () => {
  it('fills in every default for a minimal config', () => {
    expect(parseConfig(minimal)).toEqual({
      config: {
        ...minimal,
        steps: {},
        theme: {},
        delivery: { batchSize: 250, timeoutMs: 10_000, retryBaseMs: 2_000, retryMaxMs: 300_000, headers: {} },
        etiquette: {
          promptsPerPage: 1,
          cooldownDays: 14,
          reaskAfterDays: 90,
          minimizeAfterMs: 30_000,
          idleCloseMs: 0,
          typingPauseMs: 2_000,
        },
        consent: true,
        page: true,
        dataLayer: false,
        debug: false,
        contact: false,
        partial: true,
      },
      warnings: [],
    });
  });

  it('keeps every option that is given', () => {
    const config = {
      ...minimal,
      locale: 'en-GB',
      question: 'How was it?',
      steps: { checkout: { question: 'How was paying?' } },
      theme: { brand: '#be123c', radius: '6px' },
      delivery: {
        headers: { 'X-Api-Key': 'k' },
        batchSize: 10,
        timeoutMs: 5_000,
        retryBaseMs: 500,
        retryMaxMs: 60_000,
      },
      etiquette: {
        promptsPerPage: 2,
        cooldownDays: 7,
        reaskAfterDays: 30,
        minimizeAfterMs: 5_000,
        idleCloseMs: 60_000,
        typingPauseMs: 1_000,
      },
      consent: false,
      privacyUrl: 'https://shop.example/privacy#feedback',
      page: false,
      dataLayer: true,
      debug: true,
      recovery: { link: '/help', label: 'Get help now', threshold: 1 },
      contact: true,
      partial: false,
    };
    expect(parseConfig(config)).toEqual({ config, warnings: [] });
  });

  it('does not let explicit undefined delivery options override the defaults', () => {
    const result = parseConfig({
      ...minimal,
      delivery: {
        batchSize: undefined,
        timeoutMs: undefined,
        retryBaseMs: 100,
        retryMaxMs: undefined,
        headers: undefined,
      },
    });
    expect(result.config?.delivery).toEqual({
      batchSize: 250,
      timeoutMs: 10_000,
      retryBaseMs: 100,
      retryMaxMs: 300_000,
      headers: {},
    });
  });

  it.each(['https://x.example/a', 'http://127.0.0.1:4174/answers', '/answers'])(
    'accepts the endpoint %s',
    (endpoint) => {
      expect(parseConfig({ ...minimal, endpoint })).toEqual({
        config: expect.objectContaining({ endpoint }),
        warnings: [],
      });
    },
  );

  it.each<[string, unknown, string]>([
    [
      'a missing endpoint',
      { site: 's' },
      'config.endpoint: missing; expected an http(s) URL or a path starting with "/".',
    ],
    [
      'a javascript: endpoint',
      { ...minimal, endpoint: 'javascript:alert(1)' },
      'config.endpoint: expected an http(s) URL',
    ],
    [
      'a protocol-relative endpoint',
      { ...minimal, endpoint: '//evil.com/x' },
      'config.endpoint: expected an http(s) URL',
    ],
    ['an ftp endpoint', { ...minimal, endpoint: 'ftp://x' }, 'config.endpoint: expected an http(s) URL'],
    [
      'a relative endpoint without slash',
      { ...minimal, endpoint: 'answers' },
      'config.endpoint: expected an http(s) URL',
    ],
    ['a missing site', { endpoint: '/a' }, 'config.site: missing; expected text of 1 to 100 characters.'],
    ['an empty site', { ...minimal, site: '' }, 'config.site: expected text of 1 to 100 characters.'],
    ['a site of 101 characters', { ...minimal, site: 'x'.repeat(101) }, 'config.site: expected text of 1 to 100'],
    ['a step name with a space', { ...minimal, steps: { 'check out': {} } }, 'config.steps: expected step names'],
    ['batchSize 0', { ...minimal, delivery: { batchSize: 0 } }, 'config.delivery.batchSize: expected a whole number'],
    [
      'batchSize 501',
      { ...minimal, delivery: { batchSize: 501 } },
      'config.delivery.batchSize: expected a whole number',
    ],
    [
      'batchSize 1.5',
      { ...minimal, delivery: { batchSize: 1.5 } },
      'config.delivery.batchSize: expected a whole number',
    ],
    ['a non-string header', { ...minimal, delivery: { headers: { 'X-Key': 1 } } }, 'config.delivery.headers: expected'],
    [
      'a header with a line break',
      { ...minimal, delivery: { headers: { 'X-Key': 'a\nb' } } },
      'config.delivery.headers: expected',
    ],
    [
      'a header fetch cannot send',
      { ...minimal, delivery: { headers: { 'X-Shop': 'Łódź' } } },
      'config.delivery.headers: expected',
    ],
    [
      'an endpoint with user:password@',
      { ...minimal, endpoint: 'https://user:key@collect.example/answers' },
      'config.endpoint: expected an http(s) URL',
    ],
    [
      'a theme that is not an object',
      { ...minimal, theme: '#be123c' },
      'config.theme: expected theme tokens mapped to CSS values.',
    ],
    [
      'strings that are not an object',
      { ...minimal, strings: ['Danke'] },
      'config.strings: expected languages mapped to texts by name.',
    ],
    ["debug: 'yes'", { ...minimal, debug: 'yes' }, 'config.debug: expected true or false.'],
    ['null', null, 'config: expected object.'],
    ['a string', 'https://collect.example', 'config: expected object.'],
    ['an array', [minimal], 'config: expected object.'],
    [
      'triggers that are not a list',
      { ...minimal, triggers: { step: 'a' } },
      'config.triggers: expected a list of triggers.',
    ],
    [
      'a recovery that is a URL, not an action',
      { ...minimal, recovery: '/help' },
      'config.recovery: expected { link: url }, { phone: "+44 20 7946 0000" } or { event: true }.',
    ],
    ["contact: 'yes'", { ...minimal, contact: 'yes' }, 'config.contact: expected true or false.'],
    ['partial: 0', { ...minimal, partial: 0 }, 'config.partial: expected true or false.'],
    [
      "colorScheme: 'dim'",
      { ...minimal, colorScheme: 'dim' },
      'config.colorScheme: expected "auto", "light" or "dark". The widget stays off.',
    ],
    [
      "placement: 'top'",
      { ...minimal, placement: 'top' },
      'config.placement: expected "bottom-right", "bottom-left", "sheet" or { inline: "<CSS selector>" }. The widget stays off.',
    ],
    [
      'a locale of 36 characters',
      { ...minimal, locale: 'x'.repeat(36) },
      'config.locale: expected text of 1 to 35 characters. The widget stays off.',
    ],
  ])('rejects %s, naming the field and what was expected', (_name, input, message) => {
    expect(failure(input)).toMatch(new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });

  it.each([
    ['promptsPerPage', 101, 'from 0 to 100'],
    ['cooldownDays', 3_651, 'from 0 to 3650'],
    ['reaskAfterDays', 1.5, 'from 0 to 3650'],
    ['minimizeAfterMs', -1, 'from 0 to 3600000'],
    ['idleCloseMs', 3_600_001, 'from 0 to 3600000'],
    ['typingPauseMs', 30_001, 'from 0 to 30000'],
  ])('rejects etiquette.%s %s, naming its own range', (field, value, range) => {
    expect(failure({ ...minimal, etiquette: { [field]: value } })).toBe(
      `config.etiquette.${field}: expected a whole number ${range}. The widget stays off.`,
    );
  });

  it('rejects a delivery option in its own range', () => {
    expect(failure({ ...minimal, delivery: { timeoutMs: 999 } })).toBe(
      'config.delivery.timeoutMs: expected a whole number from 1000 to 120000. The widget stays off.',
    );
  });

  it('reports a misspelt delivery or etiquette option by its path, and keeps the widget on', () => {
    const result = parseConfig({
      ...minimal,
      delivery: { batchsize: 10, timeoutMs: 5_000, headers: {} },
      etiquette: { cooldown: 7, cooldownDays: 7 },
      colour: 'red',
    });
    expect(result.config).toBeDefined();
    expect(result.warnings).toEqual([
      'config: unknown option(s) colour, delivery.batchsize (did you mean "batchSize"?), etiquette.cooldown ignored.',
    ]);
  });

  it.each([
    ['endpont', { endpont: '/a', site: 's' }, 'config.endpoint: missing (is "endpont" a misspelling of it?); expected'],
    ['Endpoint', { Endpoint: '/a', site: 's' }, 'config.endpoint: missing (is "Endpoint" a misspelling of it?)'],
    ['stie', { endpoint: '/a', stie: 's' }, 'config.site: missing (is "stie" a misspelling of it?); expected text'],
    ['no near key', { endpoint: '/a', name: 's' }, 'config.site: missing; expected text of 1 to 100 characters.'],
  ])('a missing required option with a near unknown key (%s) names both', (_name, input, message) => {
    const result = parseConfig(input);
    expect(result.config).toBeUndefined();
    expect(result.warnings).toEqual([expect.stringContaining(message)]);
  });

  it('a refused config names its unknown options in the same one warning', () => {
    expect(failure({ ...minimal, placement: 'middle', colour: 'dark', delivery: { batchsize: 5 } })).toMatch(
      /^config\.placement: expected .+\. The widget stays off\. Also not options: colour, delivery\.batchsize \(did you mean "batchSize"\?\)\.$/,
    );
  });

  it('a missing option names its misspelling once, and the other unknown options beside it', () => {
    expect(failure({ endpoint: '/a', stie: 's', debgu: true })).toBe(
      'config.site: missing (is "stie" a misspelling of it?); expected text of 1 to 100 characters. The widget stays off. Also not options: debgu (did you mean "debug"?).',
    );
  });

  it('suggests the near option for each unknown one, and none where nothing is near', () => {
    const result = parseConfig({ ...minimal, debgu: true, privacyURL: '/p', triggerz: [], zzz: 1 });
    expect(result.config).toBeDefined();
    expect(result.warnings).toEqual([
      'config: unknown option(s) debgu (did you mean "debug"?), privacyURL (did you mean "privacyUrl"?), triggerz (did you mean "triggers"?), zzz ignored.',
    ]);
  });
});

describe('checkConfig: strings', () => {
  it('passes replacement texts on, to be checked text by text (config/check-strings.ts)', () => {
    const strings = {
      en: { thanks: 'Cheers!', ratings: ['Awful', 'Bad', 'Okay', 'Good', 'Great'] },
      'de-DE': { thanks: 3 },
    };
    const result = parseConfig({ ...minimal, strings });
    expect(result.config?.strings).toEqual(strings);
  });
});

describe('checkConfig: a config it cannot trust', () => {
  const PAGE = 'https://shop.example/checkout/pay';

  it('refuses a config that throws as it is read (a getter, a revoked Proxy) with one warning that says so', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const getter = {
      ...minimal,
      get endpoint(): string {
        throw new Error('x');
      },
    };
    expect(failure(getter)).toBe('config could not be read (Error: x); the widget stays off.');
    expect(failure(proxy)).toMatch(/^config could not be read \(TypeError: .*\); the widget stays off\.$/);
  });

  it("reads only the config's own options, never a polluted Object.prototype", () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.privacyUrl = 'javascript:alert(1)';
    proto.question = 'Injected?';
    proto.debug = true;
    try {
      const result = parseConfig({ ...minimal }, PAGE);
      const { config } = result;
      expect(config).toBeDefined();
      if (!config) return;
      expect(Object.hasOwn(config, 'privacyUrl')).toBe(true);
      expect([config.privacyUrl, config.question, config.debug]).toEqual([undefined, undefined, false]);
    } finally {
      delete proto.privacyUrl;
      delete proto.question;
      delete proto.debug;
    }
  });

  it('refuses an http endpoint on an https page, which the browser would block (mixed content), but to this machine', () => {
    const from = (endpoint: string, page: string) => parseConfig({ ...minimal, endpoint }, page);
    const refused = from('http://collect.example/answers', PAGE);
    expect(refused.config).toBeUndefined();
    expect(refused.warnings).toEqual([
      'config.endpoint: expected an https URL, as the page is: the browser blocks its requests to http ones. The widget stays off.',
    ]);
    for (const local of [
      'http://localhost:8080/answers',
      'http://localhost./answers',
      'http://api.localhost:3000/answers',
      'http://127.0.0.1:4174/answers',
      'http://[::1]/answers',
    ])
      expect(from(local, PAGE).config?.endpoint).toBe(local);
    expect(from('http://[::ffff:127.0.0.1]/answers', PAGE).config?.endpoint).toBe('http://[::ffff:7f00:1]/answers');
    expect(from('http://collect.example/answers', 'http://shop.test/').config?.endpoint).toBe(
      'http://collect.example/answers',
    );
    // A host that only starts like this machine's name or address is another one.
    for (const other of ['http://localhost.evil.example/a', 'http://127.evil.example/a', 'http://127.0.0.1.nip.io/a'])
      expect(from(other, PAGE).config).toBeUndefined();
  });

  it('resolves a path endpoint and privacy link against the page', () => {
    const result = parseConfig({ ...minimal, endpoint: '/answers', privacyUrl: '/privacy#feedback' }, PAGE);
    expect([result.config?.endpoint, result.config?.privacyUrl]).toEqual([
      'https://shop.example/answers',
      'https://shop.example/privacy#feedback',
    ]);
  });

  it('resolves a path against the page’s own origin, never a <base href> on another site', () => {
    vi.stubGlobal('location', { href: PAGE, origin: new URL(PAGE).origin });
    vi.stubGlobal('document', { baseURI: 'https://cdn.other.example/assets/' });
    try {
      const { config } = parseConfig({ ...minimal, endpoint: '/answers', privacyUrl: '/privacy' });
      expect([config?.endpoint, config?.privacyUrl]).toEqual([
        'https://shop.example/answers',
        'https://shop.example/privacy',
      ]);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('resolves a path in an about:srcdoc frame against the origin it shares with its parent', () => {
    vi.stubGlobal('location', { href: 'about:srcdoc', origin: 'https://shop.example' });
    try {
      expect(parseConfig({ ...minimal, endpoint: '/answers' }).config?.endpoint).toBe('https://shop.example/answers');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it.each([
    ['a backslash after the slash', '/\\evil.example/privacy'],
    ['a tab between the slashes', '/\t/evil.example/privacy'],
    ['a line break between the slashes', '/\n/evil.example'],
    ['two slashes', '//evil.example/privacy'],
  ])('refuses a "path" with %s, which the URL parser reads as another site', (_name, path) => {
    expect(failure({ ...minimal, endpoint: path })).toMatch(/^config\.endpoint: expected an http\(s\) URL/);
    expect(failure({ ...minimal, privacyUrl: path })).toMatch(/^config\.privacyUrl: expected an http\(s\) URL/);
  });

  it('refuses a javascript: privacy link', () => {
    expect(failure({ ...minimal, privacyUrl: 'javascript:alert(1)' })).toMatch(/^config\.privacyUrl: expected/);
  });

  it.each([[false], [true], [(path: string) => path.replace(/\d+/g, ':id')]])('accepts page: %s', (page) => {
    expect(parseConfig({ ...minimal, page })).toEqual({ config: expect.objectContaining({ page }), warnings: [] });
  });

  it('refuses a page option that is neither a flag nor a function', () => {
    expect(failure({ ...minimal, page: '/:id' })).toBe(
      'config.page: expected false, or a function that maps the page path to what may be sent. The widget stays off.',
    );
  });

  it("copies the delivery headers: a change to the site's object after init changes nothing", () => {
    const headers = { 'X-Key': 'a' };
    const result = parseConfig({ ...minimal, delivery: { headers } });
    headers['X-Key'] = 'b';
    expect(result.config?.delivery.headers).toEqual({ 'X-Key': 'a' });
  });
});
