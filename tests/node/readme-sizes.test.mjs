// Keeps the sizes the README quotes equal to the build (`npm run build` first), the way
// nanostores keeps its size claims honest: a change that grows the bundle must update them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url));
const readme = read('README.md').toString();
const bytes = (n) => `${n.toLocaleString('en-US')} B`;

for (const file of ['dist/feelback.js', 'dist/esm/index.js']) {
  it(`README quotes the raw, gzip and brotli size of ${file}`, () => {
    const content = read(file);
    const sizes = [content.length, gzipSync(content, { level: 9 }).length, brotliCompressSync(content).length];
    const row = readme.split('\n').find((line) => line.startsWith(`| \`${file}\``));
    assert.ok(row, `README has no size row for ${file}`);
    const quoted = row.split('|').slice(2, 5).map((cell) => cell.trim());
    assert.deepEqual(quoted, sizes.map(bytes), `update the README row for ${file} to: ${sizes.map(bytes).join(' | ')}`);
  });
}

it('README quotes the script tag gzip size in its introduction', () => {
  const gzip = gzipSync(read('dist/feelback.js'), { level: 9 }).length;
  const claim = `${(gzip / 1000).toFixed(1)} kB gzip for the whole script tag`;
  assert.ok(readme.includes(claim), `the introduction should say "${claim}"`);
});
