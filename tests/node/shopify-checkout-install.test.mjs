// The checkout UI extension installed as docs/shopify.md says: its folder copied into an app's
// extensions/, the packages installed beside it (`npm run build` first: feelback/event is the
// built one). There it must type-check on its own, against the Shopify API version it declares.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';

const at = (path) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const read = (path) => readFileSync(at(path), 'utf8');

it('declares the Shopify API version its types are, and the documented install pins those types', () => {
  const { version } = JSON.parse(read('node_modules/@shopify/ui-extensions/package.json'));
  const [year, month] = version.split('.');
  const declared = read('integrations/shopify/checkout-extension/shopify.extension.toml').match(
    /^api_version = "([^"]+)"$/m,
  )?.[1];
  assert.equal(declared, `${year}-${month.padStart(2, '0')}`);
  for (const doc of ['docs/shopify.md', 'README.md']) {
    const install = read(doc)
      .split('\n')
      .find((line) => line.includes('@shopify/ui-extensions') && line.includes('npm install'));
    assert.ok(install?.includes(` @shopify/ui-extensions@${year}.${month}`), `${doc}: ${install}`);
  }
});

it("type-checks copied into an app's extensions/ folder, with nothing of this repository around it", () => {
  const app = mkdtempSync(join(tmpdir(), 'feelback-shopify-app-'));
  try {
    const extension = join(app, 'extensions/feelback-checkout');
    cpSync(at('integrations/shopify/checkout-extension'), extension, { recursive: true });
    // What `npm install feelback preact @preact/signals @shopify/ui-extensions` puts in the app.
    mkdirSync(join(app, 'node_modules/@shopify'), { recursive: true });
    mkdirSync(join(app, 'node_modules/@preact'), { recursive: true });
    symlinkSync(at(''), join(app, 'node_modules/feelback'), 'dir');
    for (const name of ['preact', '@preact/signals', '@shopify/ui-extensions']) {
      symlinkSync(at(`node_modules/${name}`), join(app, 'node_modules', name), 'dir');
    }
    const tsc = spawnSync(process.execPath, [at('node_modules/typescript/bin/tsc'), '-p', extension], {
      cwd: app,
      encoding: 'utf8',
    });
    assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
  } finally {
    rmSync(app, { recursive: true, force: true });
  }
});
