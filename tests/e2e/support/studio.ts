import { fileURLToPath } from 'node:url';
import { type StaticServer, startStatic } from '../../../demo/static-server.js';
import { test } from '../fixtures.ts';

const DIST = fileURLToPath(new URL('../../../dist/', import.meta.url));
const DEMO = fileURLToPath(new URL('../../../demo/', import.meta.url));

/**
 * Serves the demo, with the built widget under /dist/, for the spec file that calls this: one
 * server per file (its beforeAll starts it, its afterAll stops it). `url()` is its address.
 */
export function serveDemo(): { url(): string } {
  let demo: StaticServer | undefined;
  test.beforeAll(async () => {
    demo = await startStatic({
      roots: [
        { prefix: '/dist/', dir: DIST },
        { prefix: '/', dir: DEMO },
      ],
    });
  });
  test.afterAll(() => demo?.close());
  return { url: () => demo?.url ?? '' };
}
