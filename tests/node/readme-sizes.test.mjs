// Keeps the sizes the README quotes equal to the build (`npm run build` first), the way
// nanostores keeps its size claims honest: a change that grows the bundle must update them.
// `UPDATE_SIZES=1 npm run test:node` rewrites the figures, like a snapshot update.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { it } from 'node:test';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const at = (path) => new URL(`../../${path}`, import.meta.url);
let readme = readFileSync(at('README.md'), 'utf8');
const bytes = (n) => `${n.toLocaleString('en-US')} B`;
const measure = (file) => {
  const content = readFileSync(at(file));
  return [content.length, gzipSync(content, { level: 9 }).length, brotliCompressSync(content).length];
};

for (const file of ['dist/feelback.js', 'dist/feelback-prompt.js', 'dist/esm/index.js', 'dist/esm/ui.js']) {
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

it('README quotes the script tag and prompt gzip sizes in its introduction', () => {
  const kB = (file) => `${(measure(file)[1] / 1000).toFixed(1)} kB`;
  const claim = `${kB('dist/feelback.js')} gzip for the script tag, and ${kB('dist/feelback-prompt.js')} more`;
  const pattern = /[\d.]+ kB gzip for the script tag, and [\d.]+ kB more/;
  if (process.env.UPDATE_SIZES) {
    readme = readme.replace(pattern, claim);
    writeFileSync(at('README.md'), readme);
  }
  assert.ok(readme.includes(claim), `the introduction should say "${claim}"`);
});
