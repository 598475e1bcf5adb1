/**
 * The candidates: what each one serves, and the page that loads it. The anchors are built from
 * their pinned npm packages at run time (vite, minified IIFE), into a temporary folder.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(here, '..', '..');
const require = createRequire(import.meta.url);

export const versionOf = (name) => require(`${name}/package.json`).version;

/** Bundles one entry of tests/bench/entries into a minified IIFE and returns its text. */
async function bundle(entry, outDir, define = {}) {
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"', ...define },
    build: {
      outDir,
      emptyOutDir: false,
      write: true,
      minify: true,
      sourcemap: false,
      target: 'es2020',
      lib: { entry: join(here, 'entries', entry), formats: ['iife'], name: 'bench', fileName: () => entry },
    },
  });
  return readFile(join(outDir, entry), 'utf8');
}

const js = (body = '') => ({ body, type: 'text/javascript; charset=utf-8', kind: 'code' });

/**
 * Every file of the script tag under the name the build gave it (dist/feelback-files.json lists
 * them): the loader, the widget, the prompt, delivery, triggers and the languages.
 */
async function feelbackFiles() {
  const dist = join(ROOT, 'dist');
  const listed = JSON.parse(await readFile(join(dist, 'feelback-files.json'), 'utf8'));
  const names = Object.entries(listed)
    .filter(([part]) => part !== 'locales')
    .map(([, name]) => name);
  const locales = (await readdir(join(dist, 'locales')))
    .filter((name) => name.endsWith('.js'))
    .map((name) => `locales/${name}`);
  return new Map(
    await Promise.all(
      [...names, ...locales].map(async (name) => [`/assets/${name}`, js(await readFile(join(dist, name), 'utf8'))]),
    ),
  );
}

/**
 * Run by the bench when a prompt was reported shown: a non-empty answer says what is missing, and
 * the load counts as failed. Checks the rating faces are in the page and take up space.
 */
const FEELBACK_PROMPT_CHECK = `__bench.check=function(){
var host=document.querySelector('feelback-widget'),root=host&&host.shadowRoot;
if(!root)return 'no <feelback-widget> with a shadow root in the page';
var faces=root.querySelectorAll('input[name="rating"]');
if(faces.length!==5)return 'expected 5 rating faces in the prompt, found '+faces.length;
var box=root.querySelector('form,section');box=box&&box.getBoundingClientRect();
return box&&box.width>0&&box.height>0?'':'the prompt takes up no space on the page';
};`;

/** The shop page every candidate is loaded into: a little text, so a shift would show. */
export function pageHtml(harness, snippet) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Order confirmed</title>
<script>${harness}</script>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:40rem;padding:1rem}</style>
</head><body>
<main><h1>Thank you for your order</h1>
<p>Order 1042 is confirmed. A confirmation e-mail is on its way.</p>
<p>Your parcel leaves our warehouse tomorrow and should arrive within three working days.</p>
<ul><li>1 × Linen shirt, blue, M</li><li>1 × Canvas tote</li></ul>
<p><a href="/">Continue shopping</a></p></main>
<footer><p>Shop footer · Terms · Privacy</p></footer>
${snippet}
</body></html>`;
}

/**
 * Every candidate: `files` it serves (URL path → response), and `snippet(prompt)`, the HTML a shop
 * puts in its page. `prompt` true: show a prompt as soon as possible after load.
 * Readiness: `__bench.ready()` when loaded and initialised; `__bench.shown()` when a prompt shows.
 */
export async function buildCandidates() {
  const outDir = await mkdtemp(join(tmpdir(), 'feelback-bench-'));
  const sentryDefine = { __SENTRY_DEBUG__: 'false' };
  // Each file on its own: one that cannot be built or read fails only its candidate.
  const settle = (promise) =>
    promise.then(
      (text) => ({ text }),
      (error) => ({ error: String(error?.message ?? error).split('\n')[0] }),
    );
  try {
    const [sentryDocs, sentryAsync, sentryModal, feelback, posthogArray, posthogSurveys] = await Promise.all([
      settle(bundle('sentry-docs.js', outDir)),
      settle(bundle('sentry-async.js', outDir, sentryDefine)),
      settle(bundle('sentry-modal.js', outDir, sentryDefine)),
      feelbackFiles().then(
        (files) => ({ files }),
        (error) => ({ error: String(error?.message ?? error) }),
      ),
      settle(readFile(require.resolve('posthog-js/dist/array.js'), 'utf8')),
      settle(readFile(require.resolve('posthog-js/dist/surveys.js'), 'utf8')),
    ]);
    // Bytes only: the lean lazy path again, built without Sentry's debug-stripping define.
    const sentryAsyncDebug = await settle(bundle('sentry-async.js', join(outDir, 'debug')));
    const sentryModalDebug = await settle(bundle('sentry-modal.js', join(outDir, 'debug')));
    const failed = (...files) => files.find((file) => file.error)?.error;
    const version = (name) => {
      try {
        return versionOf(name);
      } catch {
        return 'not installed';
      }
    };
    const sentryVersion = version('@sentry/browser');
    const posthogVersion = version('posthog-js');
    const sentrySnippet = (file) => (prompt) =>
      `<script>__bench.prompt=${prompt};__bench.sentryDsn=location.protocol+'//public@'+location.host+'/1';</script>
<script async src="/assets/${file}" onload="__bench.prompt||__bench.ready()"></script>`;

    return {
      blank: {
        label: 'blank page',
        files: new Map(),
        snippet: () => `<script>addEventListener('load',()=>__bench.ready())</script>`,
      },
      feelback: {
        label: 'feelback',
        version: JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')).version,
        how: 'dist/feelback.js, one async script tag, init queued by the one-line stub; ask() fetches the widget (dist/feelback-core.*.js) and the prompt (dist/feelback-prompt.*.js) side by side; delivery follows in idle time',
        error: failed(feelback) && `dist: ${failed(feelback)} (run npm run build)`,
        files: feelback.files ?? new Map(),
        // An error event (e.g. the prompt file failed to load) fails the load at once.
        snippet: (prompt) => `<script>
window.feelback=typeof feelback==='function'?feelback:function(){(feelback.q=feelback.q||[]).push(arguments)};
feelback('init',{endpoint:'/collect',site:'bench-shop'});
feelback('on','error',function(e){__bench.fail(e.code+': '+e.message)});
${prompt ? `${FEELBACK_PROMPT_CHECK}feelback('on','shown',function(){__bench.shown()});feelback('ask','order_confirmed');` : ''}
</script>
<script async src="/assets/feelback.js" onload="__bench.prompt||__bench.ready()"></script>`,
      },
      posthog: {
        label: 'PostHog',
        version: posthogVersion,
        how: 'dist/array.js through a snippet-style stub (async); dist/surveys.js lazily from the same host, as in production',
        error: failed(posthogArray, posthogSurveys),
        files: new Map([
          ['/ph/static/array.js', js(posthogArray.text)],
          ['/ph/static/surveys.js', js(posthogSurveys.text)],
          [`/ph/static/${posthogVersion}/surveys.js`, js(posthogSurveys.text)],
        ]),
        // Surveys only: analytics capture and recording off, so PostHog does the least it can.
        snippet: (prompt) => `<script>
window.posthog=window.posthog||[];posthog._i=[];posthog.__SV=1;
posthog.init=function(t,c,n){posthog._i.push([t,c,n])};
posthog.init('${prompt ? 'phc_prompt' : 'phc_quiet'}',{api_host:location.origin+'/ph',autocapture:false,capture_pageview:false,capture_pageleave:false,disable_session_recording:true,capture_dead_clicks:false,capture_performance:false,persistence:'localStorage'});
addEventListener('PHSurveyShown',function(){__bench.shown()});
</script>
<script async src="/ph/static/array.js" onload="__bench.prompt||posthog.onSurveysLoaded(function(){__bench.ready()})"></script>`,
      },
      sentryLazy: {
        label: 'Sentry (lean, lazy form)',
        version: sentryVersion,
        how: '@sentry/browser init, no default integrations, debug code stripped + feedbackAsyncIntegration; form loads on open',
        error: failed(sentryAsync, sentryModal),
        files: new Map([
          ['/assets/sentry-async.js', js(sentryAsync.text)],
          [`/${sentryVersion}/feedback-modal.min.js`, js(sentryModal.text)],
        ]),
        snippet: sentrySnippet('sentry-async.js'),
        variants: {
          'debug code kept (no __SENTRY_DEBUG__ define)': [sentryAsyncDebug, sentryModalDebug].map((file) => file.text),
        },
      },
      sentryDocs: {
        label: 'Sentry (docs setup)',
        version: sentryVersion,
        how: '@sentry/browser init with default integrations + feedbackIntegration (form, screenshot bundled); debug code kept',
        error: failed(sentryDocs),
        files: new Map([['/assets/sentry-docs.js', js(sentryDocs.text)]]),
        snippet: sentrySnippet('sentry-docs.js'),
      },
    };
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

/** Candidates measured against feelback, in table order. */
export const ANCHORS = ['posthog', 'sentryLazy', 'sentryDocs'];
