// The script tag's files ship hidden source maps, for error trackers: a place in the minified
// file must map to the source it came from (`npm run build` first). Every string literal the
// sources hold in one file only is a landmark: the map must send it to that file.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const FILES = readdirSync(DIST).filter((name) => /^feelback-[a-z-]+\.[\w-]+\.js$/.test(name));

/** Line and column (0-based) of `index` in `code`. */
function position(code, index) {
  const before = code.slice(0, index);
  const line = before.split('\n').length - 1;
  return [line, index - (before.lastIndexOf('\n') + 1)];
}

it('finds the script tag files to check', () => {
  assert.ok(FILES.length >= 8, `only ${FILES.length} files in dist/: run npm run build`);
});

for (const name of FILES) {
  it(`${name.replace(/\.[\w-]+\.js$/, '')}: its source map sends each landmark to its own source`, () => {
    const code = readFileSync(`${DIST}${name}`, 'utf8');
    const raw = JSON.parse(readFileSync(`${DIST}${name}.map`, 'utf8'));
    const map = new SourceMap(raw);
    const wrong = [];
    let checked = 0;
    for (const match of code.matchAll(/"([^"\\\n]{10,200})"/g)) {
      const text = match[1];
      if (code.split(`"${text}"`).length !== 2) continue;
      // Quoted in its source too (so not the text between two literals, `"a"==typeof b&&"c"`).
      const holders = raw.sources.filter((_, i) =>
        ['"', "'"].some((quote) => raw.sourcesContent[i]?.includes(`${quote}${text}${quote}`)),
      );
      if (holders.length !== 1) continue;
      const [line, column] = position(code, match.index);
      const entry = map.findEntry(line, column);
      checked++;
      if (!entry.originalSource?.endsWith(holders[0].replace(/^(\.\.\/)+/, ''))) {
        wrong.push(`"${text.slice(0, 40)}" maps to ${entry.originalSource ?? 'nothing'}, not ${holders[0]}`);
      }
    }
    assert.deepEqual(wrong, [], `${wrong.length} of ${checked} landmarks map to the wrong source`);
  });
}
