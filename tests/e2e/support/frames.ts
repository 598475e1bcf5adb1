import type { Frame, Page } from '@playwright/test';
import type { StaticServer } from '../../../demo/static-server.js';
import { snippetHtml, type WidgetPageOptions } from '../fixtures.ts';

export interface FramedShopOptions extends WidgetPageOptions {
  /** The iframe's `sandbox` attribute; none when undefined. */
  sandbox?: string;
  /** Serves the shop page and the widget's files; the host page's server by default. */
  shopServer?: StaticServer;
  /** The shop's origin as the iframe names it, e.g. `http://localhost:PORT` for another site. */
  shopOrigin?: string;
}

/**
 * A host page on `server` that embeds the shop page (the snippet, as sites paste it) in an
 * iframe, as a marketplace or a site with an embedded checkout would. Resolves the shop's frame
 * once the host page has loaded, which waits for the frame and the widget's script in it.
 */
export async function framedShop(page: Page, server: StaticServer, options: FramedShopOptions): Promise<Frame> {
  const shopServer = options.shopServer ?? server;
  const shop = `${options.shopOrigin ?? shopServer.url}${shopServer.page(snippetHtml(options))}`;
  const sandbox = options.sandbox === undefined ? '' : ` sandbox="${options.sandbox}"`;
  const host = server.page(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Marketplace</title></head>
<body><main><h1>Marketplace</h1><a href="#top">Top</a>
<iframe${sandbox} src="${shop}" title="Shop" width="640" height="560"></iframe></main></body></html>`);
  await page.goto(server.url + host);
  const frame = page.frames().find((candidate) => candidate.parentFrame() === page.mainFrame());
  if (!frame) throw new Error('the shop frame is missing');
  return frame;
}

/**
 * Records, inside the shop frame, when Send was pressed (its click, also fired by Enter) and when
 * each widget error came, on the frame's clock, for `sendToErrorMs`. Goes in the snippet's `queue`.
 */
export const TIMING_QUEUE = `feelback('on', 'error', function () { (window.e2eErrorsAt = window.e2eErrorsAt || []).push(performance.now()); });
  addEventListener('click', function (event) { if (event.composedPath()[0].type === 'submit') window.e2eSendAt = performance.now(); }, true);`;

/** How long after Send each widget error came: negative when it came before. */
export const sendToErrorMs = (frame: Frame): Promise<number[]> =>
  frame.evaluate(() => {
    const times = window as unknown as { e2eErrorsAt?: number[]; e2eSendAt?: number };
    return (times.e2eErrorsAt ?? []).map((at) => at - (times.e2eSendAt ?? Number.NaN));
  });
