/**
 * The collector's read side: the insights page, its script and chart library, its numbers, the
 * exports, and clearing the answers. Same-origin only, on loopback or with the token (access.js).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toCsv, toNdjson } from './exports.js';
import { parseFilters } from './filters.js';
import { insightsPage, PAGE_HEADERS } from './page.js';
import { createQueries } from './queries.js';

const require = createRequire(import.meta.url);
const here = (file) => fileURLToPath(new URL(file, import.meta.url));
/**
 * A file of an installed package whose `exports` name its UMD build only under a "umd" condition;
 * both packages' entries sit one folder deep (d3: dist/, Plot: src/).
 */
const packageFile = (name, file) => join(dirname(require.resolve(name)), '..', file);

/** Scripts the page loads: its own, and Observable Plot with d3 from node_modules (no CDN). */
const ASSETS = {
  '/insights/main.js': here('./client/main.js'),
  '/insights/charts.js': here('./client/charts.js'),
  '/insights/axes.js': here('./client/axes.js'),
  '/insights/tables.js': here('./client/tables.js'),
  '/vendor/d3.js': packageFile('d3', 'dist/d3.min.js'),
  '/vendor/plot.js': packageFile('@observablehq/plot', 'dist/plot.umd.min.js'),
};

const METHODS = {
  '/': ['GET', 'HEAD'],
  '/insights/data': ['GET'],
  '/export.csv': ['GET'],
  '/export.ndjson': ['GET'],
  '/answers': ['GET', 'DELETE', 'POST', 'OPTIONS'],
};

export function createReads({ access, store, clear }) {
  const queries = createQueries(store.db);

  return async function reads(req, url, send) {
    const path = url.pathname;
    if (Object.hasOwn(ASSETS, path) && req.method === 'GET') {
      const script = await readFile(ASSETS[path]);
      return send(200, script, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' });
    }
    const allow = Object.hasOwn(METHODS, path) ? METHODS[path] : undefined;
    if (!allow) return send(404, { error: `no route for ${path}` });
    if (!allow.includes(req.method))
      return send(405, { error: `use ${allow.join(', ')}` }, { Allow: allow.join(', ') });
    const refused = access.refuseRead(req, url.searchParams, { page: path === '/' });
    if (refused) return send(refused[0], { error: refused[1] });

    if (path === '/') return send(200, insightsPage, PAGE_HEADERS);
    if (path === '/answers' && req.method === 'DELETE') {
      clear();
      return send(204);
    }
    if (path === '/answers') return send(200, store.all());
    const filters = parseFilters(url.searchParams);
    if (filters.error) return send(400, { error: filters.error });
    if (path === '/insights/data') return send(200, queries.insights(filters));
    const attachment = (name) => ({ 'Content-Disposition': `attachment; filename="${name}"` });
    if (path === '/export.csv') {
      return send(200, toCsv(queries.answerRows(filters)), {
        'Content-Type': 'text/csv; charset=utf-8',
        ...attachment('answers.csv'),
      });
    }
    return send(200, toNdjson(queries.eventRows(filters)), {
      'Content-Type': 'application/x-ndjson; charset=utf-8',
      ...attachment('events.ndjson'),
    });
  };
}
