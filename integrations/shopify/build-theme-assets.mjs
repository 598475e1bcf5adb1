// Fills the theme app extension's assets/ from the build (`npm run build` first): the script
// tag's files, flat as Shopify wants them (a language's file is `locales-de.<hash>.js`), and a
// loader built to look for them there. Run by `npm run build:shopify`; the files are not committed.
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const at = (path) => fileURLToPath(new URL(path, import.meta.url));
const root = at('../../');
const dist = at('../../dist/');
const assets = at('./theme-extension/assets/');

rmSync(assets, { recursive: true, force: true });
mkdirSync(assets, { recursive: true });
await build({ root, configFile: at('../../vite.config.ts'), mode: 'shopify', logLevel: 'warn' });
for (const file of readdirSync(dist).filter((name) => /^feelback-[a-z-]+\.[\w-]+\.js$/.test(name))) {
  copyFileSync(`${dist}${file}`, `${assets}${file}`);
}
for (const file of readdirSync(`${dist}locales`).filter((name) => name.endsWith('.js'))) {
  copyFileSync(`${dist}locales/${file}`, `${assets}locales-${file}`);
}
console.log(`theme extension assets: ${readdirSync(assets).length} files`);
