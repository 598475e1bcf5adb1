// The script tag's files carry a content hash in their names, so a browser or CDN may cache them
// for ever: a file whose content changes must change its name. The styles are put into a file
// after the bundler named it (vite.config.ts, `shadowCss`), so this builds a copy of the sources
// with one style changed, and compares the names with the build of the sources as they are
// (dist/, which `npm test` builds first).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const copy = mkdtempSync(join(tmpdir(), 'feelback-names-'));
after(() => rmSync(copy, { recursive: true, force: true }));
for (const path of ['src', 'vite.config.ts', 'package.json', 'tsconfig.json']) {
  cpSync(join(root, path), join(copy, path), { recursive: true });
}
symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');

/** The script tag's files in `dir`, by what they hold: `{ 'feelback-prompt': 'feelback-prompt.<hash>.js', … }`. */
function builtNames(dir) {
  const names = readdirSync(dir).filter((name) => /^feelback-\w[\w-]*\.[\w-]+\.js$/.test(name));
  return Object.fromEntries(names.map((name) => [name.split('.')[0], name]));
}

/** Builds the copy's script tag and names its files. */
function build() {
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--mode', 'tag', '--logLevel', 'error'],
    {
      cwd: copy,
      stdio: 'pipe',
    },
  );
  return builtNames(join(copy, 'dist'));
}

it('a change to the styles alone renames the files that carry them, and a rebuild renames nothing', () => {
  const first = builtNames(join(root, 'dist'));
  assert.ok(first['feelback-prompt'] && first['feelback-follow-up'], 'dist/ has the prompt and follow-up files');
  // The same sources built again, in another folder: the same names.
  assert.deepEqual(build(), first, 'a build of the same sources names its files alike (is dist/ from these sources?)');
  const styles = join(copy, 'src/ui/follow-up.css.ts');
  writeFileSync(styles, `${readFileSync(styles, 'utf8')}\nglobalStyle('textarea', { minBlockSize: '5em' });\n`);
  const second = build();
  assert.notEqual(second['feelback-follow-up'], first['feelback-follow-up']);
});
