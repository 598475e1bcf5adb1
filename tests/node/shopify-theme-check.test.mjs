// Shopify's own linter for themes and theme app extensions (`shopify theme check` runs the same
// rules) passes on our app embed (`npm run build:shopify` first: it checks the assets the block loads).
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { check } from '@shopify/theme-check-node';

const extension = fileURLToPath(new URL('../../integrations/shopify/theme-extension', import.meta.url));
const config = join(extension, '.theme-check.yml');
const offenses = async (root) =>
  (await check(root, join(root, '.theme-check.yml'))).map(({ check: name, message }) => `${name}: ${message}`);

it('theme-check finds nothing to report in the theme app extension', async () => {
  assert.deepEqual(await offenses(extension), []);
  assert.match(readFileSync(config, 'utf8'), /theme-check:theme-app-extension/);
});

it('theme-check does look: a block loading an asset the extension lacks is reported', async () => {
  const copy = mkdtempSync(join(tmpdir(), 'feelback-theme-'));
  try {
    cpSync(extension, copy, { recursive: true });
    const block = join(copy, 'blocks', 'feelback.liquid');
    writeFileSync(block, readFileSync(block, 'utf8').replace("'feelback.js' | asset_url", "'gone.js' | asset_url"));
    assert.deepEqual(await offenses(copy), ["MissingAsset: 'assets/gone.js' does not exist"]);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});
