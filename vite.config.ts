import { readdirSync } from 'node:fs';
import { vanillaExtractPlugin } from '@vanilla-extract/vite-plugin';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { localeFile } from './src/i18n/load-locale-texts.ts';
import { LOCALE_PARTS, packLocale } from './src/i18n/locale-layout.ts';
import { answerBatchJsonSchema } from './src/wire/json-schema.ts';

// One config, six outputs: the script tag's loader (IIFE); the widget's core, its prompt UI, the
// trigger runtime and one file per language (ES modules imported when needed); the npm ESM
// build; and vitest.
const TARGETS = ['iife', 'core', 'prompt', 'triggers', 'locales', 'esm'] as const;
const target = TARGETS.find((name) => name === process.env.FEELBACK_TARGET) ?? 'iife';
const scriptTag = target !== 'esm';
const CSS_MARK = '__FEELBACK_SHADOW_CSS__';

/**
 * `de`, `fr`…: each language but English (built into the prompt UI) ships as `locales/<code>.js`,
 * with the effort and satisfaction scales' texts in `locales/<code>-effort.js` and `-satisfaction.js`.
 */
const LOCALES = readdirSync('src/i18n/locales').map((file) => file.replace(/\.ts$/, ''));

/**
 * Vite's library mode always emits CSS as a separate file, but our styles must live inside the
 * shadow root and the script tag must cost one request. The `virtual:shadow-css` module returns a
 * placeholder that this plugin replaces with the minified vanilla-extract CSS, then drops the asset.
 * In dev and vitest, vite injects the CSS as <style> tags in the document head, so read it from there.
 */
function shadowCss(): Plugin {
  const id = 'virtual:shadow-css';
  return {
    name: 'feelback-shadow-css',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load(resolved) {
      if (resolved !== `\0${id}`) return;
      return process.env.VITEST || this.environment?.mode === 'dev'
        ? `export const shadowCss = () => Array.from(document.querySelectorAll('style[data-vite-dev-id*=".css.ts"]'), (s) => s.textContent).join('\\n');`
        : `export const shadowCss = () => ${JSON.stringify(CSS_MARK)};`;
    },
    // After vite's own CSS plugin has emitted the stylesheet asset.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        let css = '';
        for (const [name, file] of Object.entries(bundle)) {
          if (file.type === 'asset' && name.endsWith('.css')) {
            css += String(file.source).replace(/\/\*\$vite\$:\d+\*\//g, '');
            delete bundle[name];
          }
        }
        const mark = new RegExp(`(["'\`])${CSS_MARK}\\1`, 'g');
        for (const file of Object.values(bundle)) {
          if (file.type === 'chunk') file.code = file.code.replace(mark, JSON.stringify(css.trim()));
        }
      },
    },
  };
}

/** Ships the payload's JSON Schema beside the ESM build, generated from the zod schema itself. */
function payloadJsonSchema(): Plugin {
  return {
    name: 'feelback-payload-json-schema',
    apply: 'build',
    generateBundle() {
      if (target !== 'esm') return;
      this.emitFile({
        type: 'asset',
        fileName: 'answer-event.schema.json',
        source: `${JSON.stringify(answerBatchJsonSchema(), null, 2)}\n`,
      });
    },
  };
}

/**
 * The sources are readable, typed objects; the files list values only, in the order of
 * src/i18n/locale-layout.ts, split into the parts a prompt loads separately. Each language's
 * bundled module is run here to read its texts, then replaced by its packed files.
 */
function packedLocales(): Plugin {
  return {
    name: 'feelback-packed-locales',
    apply: 'build',
    async generateBundle(_options, bundle) {
      if (target !== 'locales') return;
      for (const [name, file] of Object.entries(bundle)) {
        if (file.type !== 'chunk' || !file.isEntry) continue;
        delete bundle[name];
        delete bundle[`${name}.map`];
        const source = `data:text/javascript;base64,${Buffer.from(file.code).toString('base64')}`;
        const { default: strings } = await import(source);
        for (const part of LOCALE_PARTS) {
          this.emitFile({
            type: 'asset',
            fileName: `locales/${localeFile(file.name, part)}.js`,
            source: `export default${JSON.stringify(packLocale(strings, part))}`,
          });
        }
      }
    },
  };
}

export default defineConfig({
  plugins: [
    vanillaExtractPlugin({
      // Short, readable class names (`fb-send`); unique because every exported style name is unique here.
      identifiers: ({ hash, debugId }) => (debugId ? `fb-${debugId}` : `fb${hash}`),
    }),
    shadowCss(),
    payloadJsonSchema(),
    packedLocales(),
  ],
  // Classic h() calls: preact's jsx-runtime wrapper would add bytes to every script tag.
  oxc: { jsx: { runtime: 'classic', pragma: 'h', pragmaFrag: 'Fragment' } },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2020',
    // Browsers with logical properties and :focus-visible; older targets make the minifier
    // emulate `inset-inline-end` with long :lang() lists, which also ignore `dir`.
    cssTarget: ['chrome96', 'edge96', 'firefox100', 'safari15.4'],
    // Maps ship beside the files; the script tag carries no sourceMappingURL comment (bytes for every shopper).
    sourcemap: scriptTag ? 'hidden' : true,
    cssCodeSplit: false,
    cssMinify: true,
    minify: process.env.NOMIN ? false : scriptTag ? 'terser' : false,
    terserOptions: {
      compress: { passes: 3, unsafe_arrows: true, pure_getters: true },
      mangle: { toplevel: true },
      format: { comments: false },
    },
    lib: {
      iife: {
        entry: 'src/embed.ts',
        formats: ['iife' as const],
        name: 'feelbackBundle',
        fileName: () => 'feelback.js',
      },
      core: { entry: 'src/embed-core.ts', formats: ['es' as const], fileName: () => 'feelback-core.js' },
      prompt: { entry: 'src/ui/index.ts', formats: ['es' as const], fileName: () => 'feelback-prompt.js' },
      triggers: { entry: 'src/journey/triggers.ts', formats: ['es' as const], fileName: () => 'feelback-triggers.js' },
      // One entry per language; they import nothing, so each file stands alone (no shared chunk).
      // Their maps are dropped with them: the packed files are data, not code to debug.
      locales: {
        entry: Object.fromEntries(LOCALES.map((code) => [code, `src/i18n/locales/${code}.ts`])),
        formats: ['es' as const],
        fileName: (_: string, code: string) => `locales/${code}.js`,
      },
      esm: {
        // `feelback/schema`: the zod schema for servers, an entry of its own so no browser code imports zod.
        entry: { index: 'src/index.ts', schema: 'src/wire/index.ts' },
        formats: ['es' as const],
        fileName: (_: string, name: string) => `esm/${name}.js`,
      },
    }[target],
    rolldownOptions:
      target === 'esm'
        ? {
            external: [/^preact(\/|$)/, /^zod(\/|$)/, /^idb-keyval(\/|$)/],
            output: {
              chunkFileNames: (chunk) =>
                chunk.facadeModuleId?.includes('/i18n/locales/') ? 'esm/locales/[name].js' : 'esm/[name].js',
            },
          }
        : {},
  },
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    // vitest drops CSS by default; the shadow root needs the vanilla-extract output.
    css: { include: [/\.css\.ts/] },
  },
});
