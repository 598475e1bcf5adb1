// Checks the built package (`npm run build` first) the way a server would use it, with Node's
// own test runner: `node --test tests/node/`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const inRoot = (path) => fileURLToPath(new URL(path, pathToFileURL(root)));
const packageJson = JSON.parse(readFileSync(inRoot('package.json'), 'utf8'));
const entry = inRoot(packageJson.exports['.'].default);

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
    assert.deepEqual(output.exports, [
      'ANSWER_EVENT_TYPE',
      'BATCH_CONTENT_TYPE',
      'WIDGET_VERSION',
      'answerBatchSchema',
      'answerEventSchema',
      'createFeelback',
    ]);
    assert.equal(output.version, packageJson.version);
  });

  it('validates payloads without touching any browser global', () => {
    const output = runIsolated(
      `
      const { answerEventSchema, answerBatchSchema } = await import(entry);
      output.results = [answerEventSchema.safeParse({}).success, answerBatchSchema.safeParse([]).success];
      `,
      'throw',
    );
    assert.equal(output.error, undefined);
    assert.deepEqual(output.touched, []);
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
      feelback.on('shown', () => {});
      await feelback.flush();
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

  it('ships the JSON Schema of a request body', () => {
    const path = packageJson.exports['./answer-event.schema.json'];
    assert.equal(path, './dist/answer-event.schema.json');
    const schema = JSON.parse(readFileSync(target(path), 'utf8'));
    assert.equal(schema.type, 'array');
    assert.ok(schema.items.required.includes('id'));
  });

  it('keeps main, module and types in step with exports', () => {
    assert.equal(packageJson.main, packageJson.exports['.'].default);
    assert.equal(packageJson.module, packageJson.exports['.'].default);
    assert.equal(packageJson.types, packageJson.exports['.'].types);
  });
});
