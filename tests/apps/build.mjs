// Builds the example apps with Vite, as an app using the package would (`npm run build` first:
// they import `feelback`, `feelback/react` and `feelback/vue` by name, which resolves to dist/).
// Output goes to test-results/apps/<app>/; the SSR app also gets a server bundle there.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
export const OUT = here('../../test-results/apps/');

/** The apps, each served under its own path (its Vite `base` and its router's). */
export const APPS = ['react', 'vue', 'ssr', 'vite-spa'];

/**
 * Builds one app's browser bundle; `alias` replaces modules (the size check builds an app with
 * an empty stand-in for feelback, to see what feelback adds). Returns Rollup's output.
 */
export async function buildApp(app, { outDir = `${OUT}${app}`, alias = {} } = {}) {
  const [output] = [
    await build({
      configFile: false,
      root: here(`./${app}/`),
      base: `/${app}/`,
      logLevel: 'warn',
      resolve: { alias },
      build: { outDir, emptyOutDir: true, target: 'es2022', rolldownOptions: { onwarn: quietDirectives } },
    }),
  ].flat();
  return output;
}

/** The server-rendered app's render function, bundled for Node beside its browser files. */
async function buildServer() {
  await build({
    configFile: false,
    root: here('./ssr/'),
    logLevel: 'warn',
    build: {
      ssr: 'entry-server.tsx',
      outDir: `${OUT}ssr-server`,
      emptyOutDir: true,
      rolldownOptions: { onwarn: quietDirectives },
    },
  });
}

/** `'use client'` means something to a React server-components bundler only; elsewhere it is a plain string. */
function quietDirectives(warning, warn) {
  if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = Date.now();
  for (const app of APPS) await buildApp(app);
  await buildServer();
  console.log(`built ${APPS.join(', ')} and the SSR server bundle in ${Date.now() - started} ms`);
}
