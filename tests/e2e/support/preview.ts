import type { Page } from '@playwright/test';
import type { StaticServer } from '../../../demo/static-server.js';
import { scriptJson } from '../fixtures.ts';
import { distPath } from './dist-files.ts';

/** The widget's states reachable in preview mode (the prompt's `initial`, see src/ui/prompt-session.ts). */
export const PREVIEW_STATES = {
  prompt: {},
  'follow-up': { rating: 2, emotions: ['frustrated'], comment: 'The delivery date was not clear' },
  thanks: { view: 'thanks' },
  'saved-offline': { view: 'saved-offline' },
  'slim-bar': { minimized: true },
} as const;

export interface PreviewOptions {
  state: keyof typeof PREVIEW_STATES;
  colorScheme?: 'auto' | 'light' | 'dark';
  dir?: 'ltr' | 'rtl';
}

/**
 * A page that shows the prompt UI (dist/feelback-prompt.*.js) in one state, as the studio does. The
 * page has a light and a dark look, so `colorScheme: 'auto'` follows the shopper's system setting.
 * `<html lang dir>` follows `dir`, so RTL is checked as a right-to-left page shows it.
 */
export async function previewPage(page: Page, server: StaticServer, options: PreviewOptions): Promise<void> {
  const dir = options.dir ?? 'ltr';
  const lang = dir === 'rtl' ? 'he' : 'en';
  const session = {
    lang: 'en',
    dir,
    theme: {},
    colorScheme: options.colorScheme ?? 'auto',
    initial: PREVIEW_STATES[options.state],
  };
  const path = server.page(`<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="color-scheme" content="light dark"><title>Preview</title></head>
<body><main><h1>Order confirmed</h1><p>Your order is on its way.</p></main>
<script type="module">
  import { promptFor } from '${distPath('prompt')}';
  (await promptFor('feeling'))({ doc: document, ...${scriptJson(session)}, save: async () => 'thanks', onClose() {} });
</script></body></html>`);
  await page.goto(`${server.url}${path}`);
  // A state with a rating is drawn whole once the follow-up's file is here.
  if ('rating' in PREVIEW_STATES[options.state]) await page.locator('feelback-widget textarea').waitFor();
}
