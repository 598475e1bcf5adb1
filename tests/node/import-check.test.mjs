// Checks the built package (`npm run build` first) the way a server would use it, with Node's
// own test runner: `node --test tests/node/`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const inRoot = (path) => fileURLToPath(new URL(path, pathToFileURL(root)));
const packageJson = JSON.parse(readFileSync(inRoot('package.json'), 'utf8'));
const entry = inRoot(packageJson.exports['.'].default);
const schemaEntry = inRoot(packageJson.exports['./schema'].default);

/** Globals a browser has and a server does not; Node 20 has its own fetch and crypto. */
const BROWSER_GLOBALS = [
  'window',
  'document',
  'navigator',
  'location',
  'indexedDB',
  'localStorage',
  'sessionStorage',
  'customElements',
  'HTMLElement',
  'CSSStyleSheet',
  'fetch',
  'crypto',
];

/**
 * Runs `body` (an async function body with `entry` and `output` in scope) in a fresh Node process
 * where every browser global is a getter that records each access. `onTouch` is what the getter
 * does then: throw, or answer undefined as on a server where the name does not exist.
 */
function runIsolated(body, onTouch) {
  const code = `
    const touched = [];
    for (const name of ${JSON.stringify(BROWSER_GLOBALS)}) {
      Object.defineProperty(globalThis, name, {
        configurable: true,
        get() {
          touched.push(name);
          ${onTouch === 'throw' ? "throw new Error('a browser global was touched: ' + name);" : 'return undefined;'}
        },
      });
    }
    const entry = ${JSON.stringify(pathToFileURL(entry).href)};
    const schemaEntry = ${JSON.stringify(pathToFileURL(schemaEntry).href)};
    const output = { touched, warnings: [] };
    console.warn = (...args) => output.warnings.push(args.map(String).join(' '));
    try {
      ${body}
    } catch (error) {
      output.error = String(error?.stack ?? error);
    }
    process.stdout.write(JSON.stringify(output));
  `;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8' });
  assert.equal(result.status, 0, `the child process failed:\n${result.stderr}`);
  return JSON.parse(result.stdout);
}

describe('the built package', () => {
  it('is built', () => {
    assert.ok(existsSync(entry), `${entry} is missing: run npm run build first`);
  });

  it('imports without touching any browser global', () => {
    const output = runIsolated(
      `
      const api = await import(entry);
      output.exports = Object.keys(api).sort();
      output.version = api.WIDGET_VERSION;
      `,
      'throw',
    );
    assert.equal(output.error, undefined);
    assert.deepEqual(output.touched, []);
    assert.deepEqual(output.exports, ['ANSWER_EVENT_TYPE', 'BATCH_CONTENT_TYPE', 'WIDGET_VERSION', 'createFeelback']);
    assert.equal(output.version, packageJson.version);
  });

  it('imports on a page whose Object.prototype was polluted, and adds no global', () => {
    const output = runIsolated(
      `
      Object.prototype.polluted = 'yes';
      const before = Object.getOwnPropertyNames(globalThis);
      const api = await import(entry);
      const instance = api.createFeelback();
      output.added = Object.getOwnPropertyNames(globalThis).filter((name) => !before.includes(name));
      output.methods = Object.keys(instance).length;
      delete Object.prototype.polluted;
      `,
      'undefined',
    );
    assert.equal(output.error, undefined);
    assert.deepEqual(output.added, []);
    assert.equal(output.methods, 10);
  });

  // zod itself looks at `navigator` (to learn whether it runs on Cloudflare Workers); harmless on a server.
  it('validates payloads through feelback/schema on a server', () => {
    const output = runIsolated(
      `
      const { answerEventSchema, answerBatchSchema } = await import(schemaEntry);
      output.results = [answerEventSchema.safeParse({}).success, answerBatchSchema.safeParse([]).success];
      `,
      'undefined',
    );
    assert.equal(output.error, undefined);
    assert.deepEqual(output.results, [false, true]);
  });

  it('creates an instance without a config without touching any browser global', () => {
    const output = runIsolated(
      `
      const { createFeelback } = await import(entry);
      output.methods = Object.keys(createFeelback()).sort();
      `,
      'throw',
    );
    assert.equal(output.error, undefined);
    assert.deepEqual(output.touched, []);
    assert.deepEqual(output.methods, [
      'ask',
      'close',
      'consent',
      'destroy',
      'flush',
      'init',
      'off',
      'on',
      'retryRejected',
      'step',
    ]);
  });

  it('stays off quietly on a server: no throw, no https warning, only a look for a document', () => {
    const output = runIsolated(
      `
      const { createFeelback } = await import(entry);
      const feelback = createFeelback({ endpoint: '/a', site: 's' });
      const off = feelback.on('shown', () => {});
      feelback.step('checkout');
      feelback.ask('checkout');
      feelback.close();
      await feelback.flush();
      await feelback.retryRejected();
      off();
      feelback.destroy();
      `,
      'undefined',
    );
    assert.equal(output.error, undefined);
    assert.deepEqual(
      output.touched.filter((name) => name !== 'document'),
      [],
    );
    assert.deepEqual(output.warnings, []);
  });

  // Vue's own runtime-dom looks for `window`, `document` and `HTMLElement` as it loads (as a server has neither,
  // that is harmless): there, what counts is that the import works and we add no look of our own.
  for (const [subpath, framework, onTouch, vueLooks] of [
    ['./react', 'react', 'throw', []],
    ['./vue', 'vue', 'undefined', ['window', 'document', 'HTMLElement']],
  ]) {
    it(`imports feelback/${framework} on a server without touching any browser global of its own`, () => {
      const file = pathToFileURL(inRoot(packageJson.exports[subpath].default)).href;
      const output = runIsolated(
        `
        const api = await import(${JSON.stringify(file)});
        output.exports = Object.keys(api).sort();
        `,
        onTouch,
      );
      assert.equal(output.error, undefined);
      assert.deepEqual([...new Set(output.touched)].sort(), vueLooks.sort());
      assert.ok(output.exports.includes('useFeelbackStep'), output.exports.join());
    });
  }
});

describe('package.json exports', () => {
  const target = (path) => inRoot(path);

  it("points '.' at built types and module", () => {
    const { types, default: module } = packageJson.exports['.'];
    assert.ok(existsSync(target(types)), `${types} is missing`);
    assert.ok(existsSync(target(module)), `${module} is missing`);
  });

  it('resolves the package by its own name to the built module', () => {
    assert.equal(import.meta.resolve(packageJson.name), pathToFileURL(entry).href);
  });

  it("points './feelback.js' at the script tag build", () => {
    assert.ok(existsSync(target(packageJson.exports['./feelback.js'])));
  });

  it("points './schema' at the zod schema for servers, and no browser file at zod", () => {
    assert.ok(existsSync(target(packageJson.exports['./schema'].types)));
    assert.match(readFileSync(schemaEntry, 'utf8'), /from "zod"/);
    const browserFiles = [
      ...readdirSync(inRoot('dist'))
        .filter((name) => name.endsWith('.js'))
        .map((name) => `dist/${name}`),
      ...readdirSync(inRoot('dist/esm'))
        .filter((name) => name.endsWith('.js') && name !== 'schema.js')
        .map((name) => `dist/esm/${name}`),
    ];
    assert.ok(browserFiles.length >= 6, browserFiles.join());
    for (const file of browserFiles) {
      const code = readFileSync(inRoot(file), 'utf8');
      assert.doesNotMatch(code, /from\s*["']zod|import\(["']zod|\$ZodType|ZodError/, `${file} carries zod`);
    }
  });

  it('keeps react and vue out of the main entry: an app that never imports the subpaths needs neither', () => {
    const seen = new Set();
    const visit = (file) => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = readFileSync(file, 'utf8');
      for (const [, specifier] of code.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)) {
        assert.doesNotMatch(specifier, /^(react|react-dom|vue)(\/|$)/, `${file} imports ${specifier}`);
        if (specifier.startsWith('.')) visit(fileURLToPath(new URL(specifier, pathToFileURL(file))));
      }
    };
    visit(entry);
    // The entry, the front, the widget and its chunks were all looked at.
    assert.ok(seen.size >= 5, [...seen].join());
  });

  it('ships the JSON Schema of a request body', () => {
    const path = packageJson.exports['./answer-event.schema.json'];
    assert.equal(path, './dist/answer-event.schema.json');
    const schema = JSON.parse(readFileSync(target(path), 'utf8'));
    assert.equal(schema.type, 'array');
    // Each item is an answer or a recovery, both with an id.
    assert.deepEqual(
      schema.items.oneOf.map((event) => event.properties.type.const),
      ['feelback.answer.v1', 'feelback.recovery.v1'],
    );
    assert.ok(schema.items.oneOf.every((event) => event.required.includes('id')));
  });

  it('keeps main, module and types in step with exports', () => {
    assert.equal(packageJson.main, packageJson.exports['.'].default);
    assert.equal(packageJson.module, packageJson.exports['.'].default);
    assert.equal(packageJson.types, packageJson.exports['.'].types);
  });
});
