import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

/** The script tag's files under their content-hashed names, as the build listed them. */
interface DistFiles {
  loader: string;
  core: string;
  prompt: string;
  delivery: string;
  triggers: string;
  help: string;
  messages: string;
  'follow-up': string;
  scale: string;
  optional: string;
  /** `locales/{file}.<hash>.js` */
  locales: string;
}

let files: DistFiles | undefined;

/** dist/feelback-files.json, read once (`npm run build` writes it). */
export function distFiles(): DistFiles {
  files ??= JSON.parse(
    readFileSync(new URL('../../../dist/feelback-files.json', import.meta.url), 'utf8'),
  ) as DistFiles;
  return files;
}

/** The path a page fetches a file of the widget at: `/dist/feelback-core.<hash>.js`. */
export const distPath = (part: Exclude<keyof DistFiles, 'locales'>) => `/dist/${distFiles()[part]}`;

/** The path of one language file, `de` or `de-effort`: `/dist/locales/de.<hash>.js`. */
export const localePath = (file: string) => `/dist/${distFiles().locales.replace('{file}', file)}`;

/** Every request for the file at `path`, its retries under a fresh URL (`?retry=…`) included. */
export const anyRequestFor = (path: string) => new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\?|$)`);

/**
 * A network blip: the first request for the file at `path` fails, the ones after it are served.
 * Resolves to how many were refused so far (0 until that first request came).
 */
export async function failFirstRequestFor(page: Page, path: string): Promise<() => number> {
  let refused = 0;
  await page.route(anyRequestFor(path), async (route) => {
    if (refused) return route.continue();
    await route.abort();
    refused++;
  });
  return () => refused;
}

/** The paths `page` requests from now on, in order (a list that grows as it does). */
export function pathsRequested(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => paths.push(new URL(request.url()).pathname));
  return paths;
}
