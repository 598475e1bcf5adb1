// The checkout UI extension bundled as Shopify's CLI bundles it (one file per target, everything
// inside: Preact, signals, Shopify's runtime glue, feelback/event), measured against Shopify's
// limit of 64 KB compressed per extension (`npm run build` first: feelback/event is the built one).
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const at = (path) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const SHOPIFY_LIMIT = 64 * 1024;

async function bundle(module) {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    root: at('integrations/shopify/checkout-extension'),
    build: {
      outDir: at(`test-results/shopify-checkout/${module}`),
      emptyOutDir: true,
      target: 'es2022',
      lib: {
        entry: at(`integrations/shopify/checkout-extension/src/${module}.tsx`),
        formats: ['es'],
        fileName: module,
      },
      rolldownOptions: { output: { codeSplitting: false } },
    },
  });
  const [output] = [result].flat();
  const chunks = output.output.filter((file) => file.type === 'chunk');
  assert.equal(chunks.length, 1, `${module} should bundle to one file`);
  return chunks[0].code;
}

for (const module of ['ThankYou', 'OrderStatus']) {
  it(`${module}: one bundle within Shopify's 64 KB, carrying feelback's event builder and no zod`, async () => {
    const code = await bundle(module);
    const compressed = gzipSync(code, { level: 9 }).length;
    assert.ok(compressed < SHOPIFY_LIMIT, `${module} is ${compressed} B compressed`);
    assert.match(code, /feelback\.answer\.v1/);
    assert.doesNotMatch(code, /ZodError|\$ZodType/);
    if (module !== 'ThankYou') return;
    const row = '| `integrations/shopify/checkout-extension` (the Thank you page bundle';
    let readme = readFileSync(at('README.md'), 'utf8');
    const line = readme.split('\n').find((text) => text.startsWith(row));
    assert.ok(line, "README's sizes have no row for the checkout extension");
    const quoted = `| ${compressed.toLocaleString('en-US')} B |`;
    if (process.env.UPDATE_SIZES) {
      readme = readme.replace(line, line.replace(/\| [\d,]+ B \|/, quoted));
      writeFileSync(at('README.md'), readme);
    }
    assert.ok(
      readme
        .split('\n')
        .find((text) => text.startsWith(row))
        ?.includes(quoted),
      `README should quote ${compressed} B: run UPDATE_SIZES=1 npm run test:node`,
    );
  });
}
