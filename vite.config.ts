import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { vanillaExtractPlugin } from '@vanilla-extract/vite-plugin';
import { Features } from 'lightningcss';
import MagicString from 'magic-string';
import type { LibraryOptions, Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { loadBundledLocale } from './src/i18n/load-bundled-locale.ts';
import { LOCALE_PARTS, localeFile } from './src/i18n/locale-files.ts';
import { answerBatchJsonSchema } from './src/wire/json-schema.ts';

/*
 * One config, three builds (`npm run build` runs them in this order), and vitest:
 * - `tag`: the script tag's widget as ES modules with content-hashed names: feelback-core.*.js,
 *   and the files it imports when needed (prompt, delivery, triggers, help, the config's
 *   messages, one per language);
 * - `loader`: dist/feelback.js, the classic script sites paste, which knows those names;
 * - `npm`: dist/esm/ for bundlers (preact and idb-keyval external), `feelback/schema` with zod.
 */
const CSS_MARK = '__FEELBACK_SHADOW_CSS__';

/** Each language's files, packed as the prompt reads them (see src/i18n/locale-layout.ts). */
const LANGUAGES = readdirSync('src/i18n/locales').map((file) => file.replace(/\.ts$/, ''));
const localeFiles = Object.fromEntries(
  await Promise.all(
    LANGUAGES.flatMap((code) =>
      LOCALE_PARTS.map(async (part) => {
        const file = localeFile(code, part);
        return [file, `export default${JSON.stringify((await loadBundledLocale(file)).default)}`] as const;
      }),
    ),
  ),
);
/** One hash for all of them: the widget names a language's file by it. */
const localesHash = createHash('sha256').update(JSON.stringify(localeFiles)).digest('base64url').slice(0, 6);

/** The tag build's chunks, named after what they hold (and checked: no other chunk may appear). */
const CHUNKS: Record<string, string> = {
  'ui/index.ts': 'prompt',
  'queue/delivery.ts': 'delivery',
  'journey/triggers.ts': 'triggers',
  'ui/help.ts': 'help',
  'config/messages.ts': 'messages',
  'ui/follow-up.ts': 'follow-up',
  'ui/scale.ts': 'scale',
  'instance/optional-checks.ts': 'optional',
};
/** Chunks imported beside the file that needs them (a relative import): the loader needs not know their names. */
const RELATIVE_IMPORTS = ['help', 'follow-up', 'scale', 'optional'];

/** The hashes of the files the tag build wrote, for the loader and feelback-files.json: `{ core: '<hash>', … }`. */
function tagFiles(): Record<string, string> {
  const files: Record<string, string> = { locales: localesHash };
  for (const name of readdirSync('dist')) {
    const [, part, hash] = name.match(/^feelback-([a-z-]+)\.([\w-]+)\.js$/) ?? [];
    if (part && hash) files[part] = hash;
  }
  for (const part of ['core', ...Object.values(CHUNKS)]) {
    if (!files[part]) throw new Error(`dist/feelback-${part}.*.js is missing: run the tag build first`);
  }
  return files;
}

/**
 * The names the loader imports files by (`load('delivery')`): every file but those another file
 * imports under the names the build wrote there (RELATIVE_IMPORTS). Bytes on every page view.
 */
function loaderFiles(): Record<string, string> {
  // The languages' hash is FEELBACK_LOCALES, written once into their path.
  return Object.fromEntries(
    Object.entries(tagFiles()).filter(([part]) => part !== 'locales' && !RELATIVE_IMPORTS.includes(part)),
  );
}

/**
 * A hash of everything the shadow CSS is made from: each `*.css.ts` under src/ and the versions
 * of the packages that turn them into CSS.
 */
function stylesHash(): string {
  const hash = createHash('sha256');
  const sources = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.css.ts'));
  for (const file of sources.sort()) hash.update(file).update(readFileSync(`src/${file}`));
  for (const name of ['@vanilla-extract/css', 'lightningcss', 'vite'])
    hash.update(readFileSync(`node_modules/${name}/package.json`));
  return hash.digest('hex').slice(0, 12);
}

/**
 * Edits a rendered chunk with `edit` and returns it with a source map of the edit, which the
 * bundler chains to the chunk's own: an edit without one leaves the shipped maps pointing at the
 * wrong sources.
 */
function editChunk(code: string, edit: (text: MagicString) => void) {
  const text = new MagicString(code);
  edit(text);
  return { code: text.toString(), map: text.generateMap({ hires: true }) };
}

/**
 * Vite's library mode emits CSS as files of their own, but our styles live inside the shadow root:
 * `virtual:shadow-css` returns a mark that this plugin replaces with the minified vanilla-extract
 * CSS, then drops the files. A lazily fetched file with styles of its own (the help) imports
 * `virtual:shadow-css/<name>` and carries its own CSS, so the prompt's file does not. In dev and
 * vitest, vite puts all the CSS in <style> tags: the main module reads it there, the others add none.
 * The CSS goes in after the source maps are made, so each mark is first put at the end of its
 * line: the long string then moves no mapped column.
 */
function shadowCss(): Plugin {
  const id = 'virtual:shadow-css';
  const markOf = (name: string) => `${CSS_MARK}${name}__`;
  return {
    name: 'feelback-shadow-css',
    resolveId: (source) => (source === id || source.startsWith(`${id}/`) ? `\0${source}` : undefined),
    load(resolved) {
      if (!resolved.startsWith(`\0${id}`)) return;
      const name = resolved.slice(id.length + 2);
      const dev = process.env.VITEST || this.environment?.mode === 'dev';
      // The mark carries a hash of what the styles are made from: the CSS goes in after the files
      // were named, and a file's name must change with its styles (a cache must never mix builds).
      if (name)
        return `export const shadowCss = () => ${dev ? '""' : JSON.stringify(`${markOf(name)}~${stylesHash()}`)};`;
      return dev
        ? `export const shadowCss = () => Array.from(document.querySelectorAll('style[data-vite-dev-id*=".css.ts"]'), (s) => s.textContent).join('\\n');`
        : `export const shadowCss = () => ${JSON.stringify(`${CSS_MARK}~${stylesHash()}`)};`;
    },
    renderChunk: {
      order: 'post',
      handler: (code) =>
        code.includes(CSS_MARK)
          ? editChunk(code, (text) => {
              for (const mark of code.matchAll(new RegExp(`(["'\`])${CSS_MARK}[\\w-]*~\\w+\\1`, 'g')))
                text.appendLeft(mark.index + mark[0].length, '\n');
            })
          : null,
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const css = (names: Iterable<string>) =>
          [...names].map((name) => String((bundle[name] as { source: unknown } | undefined)?.source ?? '')).join('');
        const clean = (text: string) => JSON.stringify(text.replace(/\/\*\$vite\$:\d+\*\//g, '').trim());
        const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
        // The CSS of each file that has a mark of its own; everything else goes to the main mark.
        const own = new Set<string>();
        for (const chunk of chunks) {
          const marked = chunk.code.match(new RegExp(`${CSS_MARK}([\\w-]+)__`));
          const imported = [...(chunk.viteMetadata?.importedCss ?? [])];
          if (!marked?.[1]) continue;
          for (const name of imported) own.add(name);
          chunk.code = chunk.code.replace(new RegExp(`(["'\`])${markOf(marked[1])}~\\w+\\1`, 'g'), () =>
            clean(css(imported)),
          );
        }
        const rest = Object.keys(bundle).filter((name) => name.endsWith('.css') && !own.has(name));
        const main = new RegExp(`(["'\`])${CSS_MARK}~\\w+\\1`, 'g');
        for (const chunk of chunks) chunk.code = chunk.code.replace(main, () => clean(css(rest)));
        for (const name of Object.keys(bundle)) if (name.endsWith('.css')) delete bundle[name];
      },
    },
  };
}

/**
 * The minifier keeps the JSX's pure annotations (an `@__PURE__` comment and a line break before
 * each element), which have done their job once the code is bundled: bytes for every shopper.
 * Runs after the minifier.
 */
function dropAnnotations(): Plugin {
  return {
    name: 'feelback-drop-annotations',
    apply: 'build',
    renderChunk: {
      order: 'post',
      handler: (code) =>
        editChunk(code, (text) => {
          for (const note of code.matchAll(/\/\* @__PURE__ \*\/\n?/g))
            text.remove(note.index, note.index + note[0].length);
        }),
    },
  };
}

/**
 * The licence of every package the script tag's files carry inside (preact's MIT, idb-keyval's
 * Apache-2.0, which asks that its text go with every copy): dist/THIRD-PARTY-LICENSES.txt.
 */
function thirdPartyNotices(moduleIds: string[]): string {
  const names = new Set(moduleIds.flatMap((id) => id.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//)?.[1] ?? []));
  return [...names]
    .sort()
    .map((name) => {
      const dir = `node_modules/${name}`;
      const { version, license } = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
      const file = readdirSync(dir).find((entry) => /^licen[cs]e/i.test(entry));
      if (!file) throw new Error(`${name} has no licence file to ship with the script tag's files`);
      return `${name} ${version} (${license})\n\n${readFileSync(`${dir}/${file}`, 'utf8').trim()}\n`;
    })
    .join('\n----------------------------------------\n\n');
}

/**
 * Writes what the build made besides code: the languages and the bundled packages' licences (tag); the list of the script tag's
 * files (loader: `feelback-files.json`, for tools such as the demo's studio that import a file
 * by itself); and the payload's JSON Schema (npm).
 */
function dataFiles(mode: string): Plugin {
  return {
    name: 'feelback-data-files',
    apply: 'build',
    generateBundle(_options, bundle) {
      if (mode === 'tag') {
        for (const chunk of Object.values(bundle)) {
          const facade = chunk.type === 'chunk' && !chunk.isEntry ? chunk.facadeModuleId : undefined;
          if (chunk.type === 'chunk' && !chunk.isEntry && !Object.keys(CHUNKS).some((id) => facade?.endsWith(id))) {
            throw new Error(
              `an unplanned chunk would cost the first prompt a fetch: ${chunk.fileName} (${chunk.moduleIds.join(', ')})`,
            );
          }
        }
        for (const [file, source] of Object.entries(localeFiles)) {
          this.emitFile({ type: 'asset', fileName: `locales/${file}.${localesHash}.js`, source });
        }
        const modules = Object.values(bundle).flatMap((chunk) => (chunk.type === 'chunk' ? chunk.moduleIds : []));
        this.emitFile({ type: 'asset', fileName: 'THIRD-PARTY-LICENSES.txt', source: thirdPartyNotices(modules) });
      }
      if (mode === 'loader') {
        const { locales, ...hashes } = tagFiles();
        const files = Object.fromEntries(
          Object.entries(hashes).map(([part, hash]) => [part, `feelback-${part}.${hash}.js`]),
        );
        const source = `${JSON.stringify({ loader: 'feelback.js', ...files, locales: `locales/{file}.${locales}.js` }, null, 2)}\n`;
        this.emitFile({ type: 'asset', fileName: 'feelback-files.json', source });
      }
      if (mode === 'npm') {
        const source = `${JSON.stringify(answerBatchJsonSchema(), null, 2)}\n`;
        this.emitFile({ type: 'asset', fileName: 'answer-event.schema.json', source });
      }
    },
  };
}

export default defineConfig(({ mode }) => ({
  plugins: [
    vanillaExtractPlugin({
      // Short, readable class names (`fb-send`); unique because every exported style name is unique here.
      identifiers: ({ hash, debugId }) => (debugId ? `fb-${debugId}` : `fb${hash}`),
    }),
    shadowCss(),
    dataFiles(mode),
    ...(mode === 'npm' ? [] : [dropAnnotations()]),
  ],
  // Classic h() calls: preact's jsx-runtime wrapper would add bytes to every script tag.
  oxc: { jsx: { runtime: 'classic', pragma: 'h', pragmaFrag: 'Fragment' } },
  define: {
    FEELBACK_FLAT: JSON.stringify(mode === 'shopify'),
    FEELBACK_FILES: JSON.stringify(
      mode === 'loader' || mode === 'shopify'
        ? loaderFiles()
        : // vitest: files that stand in for the built ones, in tests/unit/support/.
          { core: 'stub', prompt: 'stub', delivery: 'stub', triggers: 'stub', messages: 'stub' },
    ),
    FEELBACK_LOCALES: JSON.stringify(localesHash),
  },
  // Our `color-scheme` rules made the CSS minifier add its light-dark() polyfill's variables to
  // the dark host rule; the widget uses no light-dark(). 11 B gzip of the prompt's file.
  css: { lightningcss: { exclude: Features.LightDark } },
  build: {
    // `shopify`: the loader again, for a theme app extension's flat assets (integrations/shopify/).
    outDir: mode === 'shopify' ? 'integrations/shopify/theme-extension/assets' : 'dist',
    // The tag build comes first and starts from an empty dist/; the others add to it.
    emptyOutDir: mode === 'tag',
    target: 'es2022',
    // Browsers with logical properties and :focus-visible; older targets make the minifier
    // emulate `inset-inline-end` with long :lang() lists, which also ignore `dir`.
    cssTarget: ['chrome96', 'edge96', 'firefox100', 'safari15.4'],
    // Maps ship beside the files; the script tag's carry no sourceMappingURL comment (bytes for every shopper).
    sourcemap: mode === 'npm' ? true : mode === 'shopify' ? false : 'hidden',
    // One CSS file per JS file, so a lazily fetched file brings its own styles (see shadowCss).
    cssCodeSplit: true,
    cssMinify: true,
    minify: mode === 'npm' || process.env.NOMIN ? false : 'terser',
    terserOptions: {
      compress: { passes: 3, unsafe_arrows: true, pure_getters: true },
      mangle: { toplevel: true },
      format: { comments: false },
    },
    lib: (mode === 'loader' || mode === 'shopify'
      ? { entry: 'src/embed.ts', formats: ['iife'], name: 'feelbackLoader', fileName: () => 'feelback.js' }
      : mode === 'npm'
        ? // `feelback/schema`: the zod schema for servers, an entry of its own so no browser code imports zod.
          // `feelback/react` and `feelback/vue`: entries of their own, so an app without them needs neither;
          // `feelback/event`: the answer's CloudEvent alone, for Shopify's checkout extensions.
          {
            entry: {
              index: 'src/index.ts',
              schema: 'src/wire/index.ts',
              react: 'src/react/index.ts',
              vue: 'src/vue/index.ts',
              event: 'src/event/index.ts',
            },
            formats: ['es'],
            fileName: (_: string, name: string) => `esm/${name}.js`,
          }
        : { entry: { 'feelback-core': 'src/instance/script-tag.ts' }, formats: ['es'] }) as LibraryOptions,
    rolldownOptions:
      mode === 'npm'
        ? {
            external: [/^preact(\/|$)/, /^zod(\/|$)/, /^idb-keyval(\/|$)/, /^react(\/|$)/, /^vue(\/|$)/],
            output: {
              chunkFileNames: (chunk: { facadeModuleId: string | null }) =>
                chunk.facadeModuleId?.includes('/i18n/locales/') ? 'esm/locales/[name].js' : 'esm/[name].js',
            },
          }
        : mode === 'tag'
          ? {
              // The widget's modules that the other files share stay in it (it is always there first),
              // exported for them: no common chunk, so no extra fetch before a prompt.
              preserveEntrySignatures: 'allow-extension',
              output: {
                // V8's compile hint (Chrome 136+): a page that asks runs nearly all of the widget and
                // the prompt at once, so they are compiled whole with the file (which V8 may do off
                // the main thread as it streams), not function by function at first call. With a
                // prompt on load at 4× CPU, loads with a task over 50 ms of our code: 31 of 130
                // without, 8 of 130 with (four runs); script time unchanged; cost 42 B gzip and
                // about 60 kB of heap (code compiled for functions a prompt may never call). On the
                // prompt alone it did not clearly help.
                postBanner: (chunk: { isEntry: boolean; facadeModuleId: string | null }) =>
                  chunk.isEntry || chunk.facadeModuleId?.endsWith('ui/index.ts') ? '//# allFunctionsCalledOnLoad' : '',
                // Six characters of hash (36 bits) tell a file's builds apart; the loader carries
                // each name to every page view (8 cost it 14 B gzip, and as much again in noise).
                entryFileNames: '[name].[hash:6].js',
                chunkFileNames: (chunk: { facadeModuleId: string | null }) => {
                  const id = Object.keys(CHUNKS).find((path) => chunk.facadeModuleId?.endsWith(path));
                  return `feelback-${id ? CHUNKS[id] : 'unplanned'}.[hash:6].js`;
                },
              },
            }
          : {},
  },
  test: {
    environment: 'happy-dom',
    // Worker threads start faster than the default child processes: 40.5 and 40.9 s against
    // 46.7 and 46.9 s, interleaved on two cores.
    pool: 'threads',
    // A worker keeps its modules from file to file: 45 s → 27 s. Safe because the code has no
    // module state (no singletons) and every test undoes what it stubs or pollutes; checked with
    // `--sequence.shuffle`, three runs, all green.
    isolate: false,
    // One worker per core: vitest's default in a run leaves one core to itself, which on this
    // two-core machine meant one worker (64.6 s against 45.8 s with two, and 52.3 s with three).
    maxWorkers: availableParallelism(),
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    // vitest drops CSS by default; the shadow root needs the vanilla-extract output.
    css: { include: [/\.css\.ts/] },
  },
}));
