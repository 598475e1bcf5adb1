// The script tag's files carry other packages inside (preact, idb-keyval); their licences go with
// them, in dist/THIRD-PARTY-LICENSES.txt (`npm run build` first).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';

const at = (path) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

it('every package inside the script tag files has its licence text in dist/THIRD-PARTY-LICENSES.txt', () => {
  const notices = readFileSync(at('dist/THIRD-PARTY-LICENSES.txt'), 'utf8');
  // What the files carry, as their source maps name it.
  const packages = new Set(
    readdirSync(at('dist'))
      .filter((name) => name.endsWith('.js.map'))
      .flatMap((name) => JSON.parse(readFileSync(at(`dist/${name}`), 'utf8')).sources)
      .flatMap((source) => source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//)?.[1] ?? []),
  );
  assert.deepEqual([...packages].sort(), ['idb-keyval', 'preact']);
  for (const name of packages) {
    const dir = `node_modules/${name}`;
    const { version, license } = JSON.parse(readFileSync(at(`${dir}/package.json`), 'utf8'));
    const file = readdirSync(at(dir)).find((entry) => /^licen[cs]e/i.test(entry));
    assert.ok(notices.includes(`${name} ${version} (${license})`), `${name} ${version} is not named`);
    assert.ok(notices.includes(readFileSync(at(`${dir}/${file}`), 'utf8').trim()), `${name}'s licence text is missing`);
  }
});
