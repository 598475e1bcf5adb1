// What feelback adds to an app's entry chunk, the part loaded on every page view: the example
// apps (tests/apps/) built with Vite twice, with feelback and with an empty stand-in of the same
// exports; the difference in gzip bytes must stay within 2 kB, and the README quotes it
// (`npm run build` first; `UPDATE_SIZES=1 npm run test:node` rewrites the figures).
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildApp } from '../apps/build.mjs';

const at = (path) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const BUDGET = 2_000;

/** The gzip size of the app's entry chunk, and the names of all chunks. */
async function entry(app, alias) {
  const output = await buildApp(app, {
    outDir: at(`test-results/app-sizes/${app}-${alias ? 'without' : 'with'}`),
    alias,
  });
  const chunks = output.output.filter((file) => file.type === 'chunk');
  const main = chunks.find((chunk) => chunk.isEntry);
  assert.ok(main, `${app} has no entry chunk`);
  return { gzip: gzipSync(main.code, { level: 9 }).length, code: main.code, chunks };
}

const cases = [
  {
    app: 'vite-spa',
    row: '`feelback` in a Vite app',
    alias: [{ find: /^feelback$/, replacement: at('tests/apps/stand-ins/feelback.ts') }],
  },
  {
    app: 'react',
    row: '`feelback/react` in a React 19 app',
    alias: [{ find: /^feelback\/react$/, replacement: at('tests/apps/stand-ins/feelback-react.ts') }],
  },
  {
    app: 'vue',
    row: '`feelback/vue` in a Vue 3 app',
    alias: [{ find: /^feelback\/vue$/, replacement: at('tests/apps/stand-ins/feelback-vue.ts') }],
  },
];

for (const { app, row, alias } of cases) {
  it(`${row}: adds at most 2 kB gzip to the entry chunk; the widget is a chunk of its own`, async () => {
    const [withIt, without] = [await entry(app), await entry(app, alias)];
    const added = withIt.gzip - without.gzip;
    assert.ok(added > 0, `the build with feelback should be the larger (${withIt.gzip} vs ${without.gzip} B)`);
    assert.ok(added <= BUDGET, `feelback adds ${added} B gzip to the ${app} app's entry chunk (budget ${BUDGET} B)`);
    // The widget (its config checker, among the rest) is not in the entry, but split off by the bundler.
    assert.doesNotMatch(withIt.code, /init has not succeeded/);
    assert.ok(
      withIt.chunks.some((chunk) => !chunk.isEntry && chunk.code.includes('init has not succeeded')),
      'a chunk of its own holds the widget',
    );

    const readmePath = at('README.md');
    let readme = readFileSync(readmePath, 'utf8');
    const line = readme.split('\n').find((text) => text.startsWith(`| ${row}`));
    assert.ok(line, `README's sizes have no row for ${row}`);
    const quoted = `| ${added.toLocaleString('en-US')} B |`;
    if (process.env.UPDATE_SIZES) {
      readme = readme.replace(line, line.replace(/\| [\d,]+ B \|/, quoted));
      writeFileSync(readmePath, readme);
    }
    assert.ok(
      readme
        .split('\n')
        .find((text) => text.startsWith(`| ${row}`))
        ?.includes(quoted),
      `README should quote ${added} B for ${row}: run UPDATE_SIZES=1 npm run test:node`,
    );
  });
}
