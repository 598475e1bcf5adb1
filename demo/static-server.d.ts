/** A folder served under a URL prefix, e.g. `{ prefix: '/dist/', dir: 'dist' }`. */
export interface StaticRoot {
  prefix: string;
  dir: string;
}

export interface StaticOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Default '127.0.0.1'. */
  host?: string;
  /** The longest matching prefix wins; none means only registered pages are served. */
  roots?: StaticRoot[];
  /**
   * Send files with `Access-Control-Allow-Origin: *`, as package CDNs do (default true). Module
   * imports need it from another origin, including a sandboxed iframe's opaque one.
   */
  cors?: boolean;
}

export interface PageOptions {
  /** Extra response headers, e.g. a Content-Security-Policy or a Referrer-Policy. */
  headers?: Record<string, string>;
}

export interface StaticServer {
  /** Origin, without a trailing slash: `http://127.0.0.1:PORT`. */
  readonly url: string;
  readonly port: number;
  /** Serves `html` at a new path (`/p/<n>.html`) and returns that path. */
  page(html: string, options?: PageOptions): string;
  /**
   * Proxies `<prefix>/…` on this origin, any method, to `target/…` (another local server), so a
   * page can use a same-origin endpoint path. Returns the prefix (`/fwd/<n>` unless `prefix`
   * names one, e.g. `/collector`); with `methods`, any other method gets a 405.
   */
  forward(target: string, options?: { prefix?: string; methods?: string[] }): string;
  /** Stops listening and ends open connections. */
  close(): Promise<void>;
}

export declare function startStatic(options?: StaticOptions): Promise<StaticServer>;
