// The script tag's files carry a content hash in their names, so a browser or CDN may cache them
// for ever: a file whose content changes must change its name. The styles are put into a file
// after the bundler named it (vite.config.ts, `shadowCss`), so this builds a copy of the sources
// twice, the second time with one style changed, and compares the names.
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

/** The script tag's built files, by what they hold: `{ prompt: 'feelback-prompt.<hash>.js', … }`. */
function build() {
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--mode', 'tag', '--logLevel', 'error'],
    {
      cwd: copy,
      stdio: 'pipe',
    },
  );
  const names = readdirSync(join(copy, 'dist')).filter((name) => /^feelback-\w[\w-]*\.[\w-]+\.js$/.test(name));
  return Object.fromEntries(names.map((name) => [name.split('.')[0], name]));
}

it('a change to the styles alone renames the files that carry them, and a rebuild renames nothing', () => {
  const first = build();
  assert.ok(first['feelback-prompt'] && first['feelback-follow-up'], 'the prompt and follow-up files were built');
  assert.deepEqual(build(), first);
  const styles = join(copy, 'src/ui/follow-up.css.ts');
  writeFileSync(styles, `${readFileSync(styles, 'utf8')}\nglobalStyle('textarea', { minBlockSize: '5em' });\n`);
  const second = build();
  assert.notEqual(second['feelback-follow-up'], first['feelback-follow-up']);
});
