// Keeps the sizes the README quotes equal to the build (`npm run build` first), the way
// nanostores keeps its size claims honest: a change that grows the bundle must update them.
// `UPDATE_SIZES=1 npm run test:node` rewrites the figures, like a snapshot update.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { it } from 'node:test';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const at = (path) => new URL(`../../${path}`, import.meta.url);
let readme = readFileSync(at('README.md'), 'utf8');
const bytes = (n) => `${n.toLocaleString('en-US')} B`;
/** The one file a name stands for; `*` is a content hash (`dist/feelback-core.*.js`). */
const resolve = (pattern) => {
  const dir = pattern.slice(0, pattern.lastIndexOf('/') + 1);
  const name = new RegExp(`^${pattern.slice(dir.length).replace(/\./g, '\\.').replace('*', '[\\w-]+')}$`);
  const found = readdirSync(at(dir)).filter((file) => name.test(file));
  assert.equal(
    found.length,
    1,
    `expected one file for ${pattern}, found ${found.join(', ') || 'none'}: run npm run build`,
  );
  return dir + found[0];
};
const measure = (pattern) => {
  const content = readFileSync(at(resolve(pattern)));
  return [content.length, gzipSync(content, { level: 9 }).length, brotliCompressSync(content).length];
};

for (const file of [
  'dist/feelback.js',
  'dist/feelback-core.*.js',
  'dist/feelback-prompt.*.js',
  'dist/feelback-delivery.*.js',
  'dist/feelback-triggers.*.js',
  'dist/feelback-help.*.js',
  'dist/feelback-messages.*.js',
  'dist/feelback-follow-up.*.js',
  'dist/feelback-scale.*.js',
  'dist/feelback-optional.*.js',
  'dist/esm/index.js',
  'dist/esm/create-feelback.js',
  'dist/esm/npm-widget.js',
  'dist/esm/ui.js',
  'dist/esm/react.js',
  'dist/esm/vue.js',
  'dist/esm/event.js',
]) {
  it(`README quotes the raw, gzip and brotli size of ${file}`, () => {
    const expected = measure(file).map(bytes);
    const row = readme.split('\n').find((line) => line.startsWith(`| \`${file}\``));
    assert.ok(row, `README has no size row for ${file}`);
    const cells = row.split('|');
    if (process.env.UPDATE_SIZES) {
      cells.splice(2, 3, ...expected.map((cell) => ` ${cell} `));
      readme = readme.replace(row, cells.join('|'));
      writeFileSync(at('README.md'), readme);
    }
    const quoted = readme
      .split('\n')
      .find((line) => line.startsWith(`| \`${file}\``))
      ?.split('|')
      .slice(2, 5);
    assert.deepEqual(
      quoted?.map((cell) => cell.trim()),
      expected,
      `run UPDATE_SIZES=1 npm run test:node`,
    );
  });
}

it('README quotes the raw, gzip and brotli size of the largest locale file, and names it', () => {
  const files = readdirSync(at('dist/locales/')).filter((name) => name.endsWith('.js'));
  assert.ok(files.length > 0, 'dist/locales/ has no locale files: run npm run build');
  const [largest] = files
    .map((name) => [name.replace(/\.[\w-]+\.js$/, '.*.js'), measure(`dist/locales/${name}`)])
    .sort((a, b) => b[1][1] - a[1][1]);
  const [name, sizes] = largest;
  const prefix = '| `dist/locales/*.js`';
  const row = readme.split('\n').find((line) => line.startsWith(prefix));
  assert.ok(row, 'README has no size row for dist/locales/*.js');
  const cells = row.split('|');
  if (process.env.UPDATE_SIZES) {
    cells[1] = cells[1].replace(/largest: `[\w.*-]+\.js`/, `largest: \`${name}\``);
    cells.splice(2, 3, ...sizes.map((n) => ` ${bytes(n)} `));
    readme = readme.replace(row, cells.join('|'));
    writeFileSync(at('README.md'), readme);
  }
  const quoted = readme.split('\n').find((line) => line.startsWith(prefix)) ?? '';
  assert.ok(quoted.includes(`largest: \`${name}\``), `the row should name ${name} as the largest`);
  assert.deepEqual(
    quoted
      .split('|')
      .slice(2, 5)
      .map((cell) => cell.trim()),
    sizes.map(bytes),
    'run UPDATE_SIZES=1 npm run test:node',
  );
});

it('README quotes the loader, widget and prompt gzip sizes in its introduction', () => {
  const kB = (file) => `${(measure(file)[1] / 1000).toFixed(1)} kB`;
  const claim = `a loader of ${kB('dist/feelback.js')} gzip. The widget (${kB('dist/feelback-core.*.js')} gzip) comes only
  when there is something to do on the page (a step, an ask, answers waiting from an earlier
  visit), and the prompt's UI (${kB('dist/feelback-prompt.*.js')} gzip:`;
  const pattern = /a loader of [\d.]+ kB gzip\. The widget \([\d.]+ kB gzip\) comes only\n.*\n.*UI \([\d.]+ kB gzip:/;
  if (process.env.UPDATE_SIZES) {
    readme = readme.replace(pattern, claim);
    writeFileSync(at('README.md'), readme);
  }
  assert.ok(readme.includes(claim), `the introduction should say "${claim}"`);
});

it('README quotes the budgets of package.json (size-limit) in its budget column', () => {
  const { 'size-limit': limits } = JSON.parse(readFileSync(at('package.json'), 'utf8'));
  const quote = (limit) => `${limit.replace(/KB$/, 'kB')} gzip`;
  const budgetOf = (file) =>
    readme
      .split('\n')
      .find((line) => line.startsWith(`| \`${file}\``))
      ?.split('|')[5]
      ?.trim();
  for (const { path, limit } of limits.filter(({ path }) => !path.startsWith('dist/locales/'))) {
    assert.equal(budgetOf(path), quote(limit), `README's budget for ${path}`);
  }
  // One row stands for the languages' files: their budgets are one figure.
  const languages = new Set(
    limits.filter(({ path }) => /^dist\/locales\/[a-z]+\.\*\.js$/.test(path)).map((l) => l.limit),
  );
  assert.equal(languages.size, 1, 'the languages have one budget');
  assert.equal(budgetOf('dist/locales/*.js'), quote([...languages][0]), "README's budget for a language's file");
});
