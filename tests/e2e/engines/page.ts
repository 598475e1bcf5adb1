import type { StaticServer } from '../../../demo/static-server.js';
import { snippetHtml, type WidgetPageOptions } from '../fixtures.ts';

/**
 * Records, inside the page, what the test must see in every engine: uncaught errors, unhandled
 * rejections, CSP violations, console errors and warnings, and the widget's events. WebDriver
 * classic has no console or error capture, so the page keeps them in `window.__e2e` and the test
 * reads them before the page goes away (see guard.ts). First in <head>, before anything else.
 */
export const GUARD_SCRIPT = `(() => {
  const g = { problems: [], warnings: [], events: [] };
  Object.defineProperty(window, '__e2e', { value: g });
  // Not every engine puts the message in the stack: keep both.
  const one = (a) => (a && a.stack ? (String(a.stack).includes(a.message) ? a.stack : String(a) + '\\n' + a.stack) : String(a));
  const text = (args) => args.map(one).join(' ');
  addEventListener('error', (e) => {
    if (e instanceof ErrorEvent) g.problems.push('window error: ' + e.message + ' at ' + e.filename + ':' + e.lineno);
  });
  addEventListener('unhandledrejection', (e) => g.problems.push('unhandled rejection: ' + text([e.reason])));
  addEventListener('securitypolicyviolation', (e) => g.problems.push('CSP violation: ' + e.violatedDirective + ' blocked ' + e.blockedURI));
  const { error, warn } = console;
  console.error = function (...args) { g.problems.push('console.error: ' + text(args)); return error.apply(this, args); };
  console.warn = function (...args) { g.warnings.push(text(args)); return warn.apply(this, args); };
})();`;

/** Puts every widget event in the guard's record (in the snippet, after init). */
const EVENTS_QUEUE = `['shown', 'answered', 'dismissed', 'delivered', 'error'].forEach(function (name) {
    feelback('on', name, function (payload) { window.__e2e.events.push({ name: name, payload: payload }); });
  });`;

export interface ShopPageOptions extends Omit<WidgetPageOptions, 'events'> {
  /** A script run at the top of <head>, right after the guard: breaks what the scenario breaks. */
  faults?: string;
  /** The page's `<html lang>`. */
  lang?: string;
}

const script = (code: string, nonce?: string) => `<script${nonce ? ` nonce="${nonce}"` : ''}>${code}</script>`;

/** Adds the guard (and faults) at the very top of a page's <head>. */
export function guarded(html: string, { faults, nonce }: { faults?: string; nonce?: string } = {}): string {
  const top = script(GUARD_SCRIPT, nonce) + (faults ? script(faults, nonce) : '');
  return html.replace('<head>', `<head>${top}`);
}

/** The site of one test: its own origin, so no storage is shared with another test. */
export class Site {
  constructor(readonly server: StaticServer) {}

  get origin(): string {
    return this.server.url;
  }

  /** The shop page with the snippet exactly as sites paste it; returns its URL. */
  shop(options: ShopPageOptions): string {
    const queue = [EVENTS_QUEUE, options.queue].filter(Boolean).join('\n  ');
    let html = guarded(snippetHtml({ ...options, queue }), options);
    if (options.lang) html = html.replace('<html lang="en">', `<html lang="${options.lang}">`);
    return this.server.url + this.server.page(html, { headers: options.headers ?? {} });
  }

  /** Another page of the site, without the widget (guarded too). */
  other(title: string, body = ''): string {
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
    return this.server.url + this.server.page(guarded(html));
  }
}
